// The worker under a burst: 1,000 readings sent at once (as after a stall, or a busy camera page) are
// applied one by one, in the order sent, and none is lost (core of mood-store's queue).
import { afterEach, describe, expect, it } from 'vitest';
import { y4m } from '../../scripts/lib/browser/fixtures';
import { type Extension, launchExtension } from '../../scripts/lib/browser/harness';
import { EMOTIONS, type Scores } from '../../src/core/emotions';
import { applyReading, initialSnapshot, type Reading } from '../../src/core/mood';
import { seededRandom } from '../../src/core/music/bandit';
import { PAGES } from '../../src/shared/pages';
import { envelope } from '../../src/shared/protocol';

let ext: Extension | null = null;
afterEach(async () => {
  await ext?.close();
  ext = null;
});

const N = 1000;

describe('a burst of readings', () => {
  it(`${N} readings at once: every one applied, in order`, async () => {
    ext = await launchExtension({ camera: y4m('photo-smile') });
    const page = await ext.context.newPage();
    await page.goto(ext.url(PAGES.options));
    const t0 = 1_800_000_000_000;
    // Varied scores: the smoothed result depends on every reading and on their order, so a lost or
    // reordered reading shows in the final snapshot.
    const random = seededRandom(42);
    const readings: Reading[] = Array.from({ length: N }, (_, i) => {
      const raw = EMOTIONS.map(() => random() ** 3);
      const sum = raw.reduce((a, b) => a + b);
      const scores = Object.fromEntries(EMOTIONS.map((e, j) => [e, (raw[j] ?? 0) / sum])) as Scores;
      return {
        kind: 'face',
        scores,
        faceCount: 1,
        at: t0 + i,
        perf: { detectMs: 1, classifyMs: 1, tensors: i },
      };
    });
    const messages = readings.map((r) => envelope('camera/reading', r));
    const expected = readings.reduce((s, r) => applyReading(s, r), initialSnapshot());
    const seen = await page.evaluate(async (all) => {
      const applied: number[] = [];
      chrome.storage.onChanged.addListener((changes, area) => {
        const v = (changes.moodSnapshot?.newValue as { value?: { lastReadingAt?: number } } | undefined)
          ?.value;
        if (area === 'session' && typeof v?.lastReadingAt === 'number') applied.push(v.lastReadingAt);
      });
      const replies = await Promise.all(all.map((m) => chrome.runtime.sendMessage(m)));
      await new Promise((r) => setTimeout(r, 500));
      return { applied, failed: replies.filter((r) => !(r as { ok?: boolean })?.ok).length };
    }, messages);
    expect(seen.failed).toBe(0);
    expect(seen.applied).toEqual(messages.map((m) => (m.data as Reading).at));
    const final = await ext.snapshot();
    expect(final.lastReadingAt).toBe(t0 + N - 1);
    const { mood, moodSince, challenger, challengerStreak, confidence, scores } = expected;
    expect(final).toMatchObject({ mood, moodSince, challenger, challengerStreak, confidence, scores });
  });
});
