// The worker under a burst: 1,000 readings sent at once (as after a stall, or a busy camera page) are
// applied one by one, in the order sent, and none is lost (core of mood-store's queue).
import { afterEach, describe, expect, it } from 'vitest';
import { type Extension, launchExtension } from '../../scripts/lib/browser/harness';
import { EMOTIONS, type Scores } from '../../src/core/emotions';
import { applyReading, type Reading } from '../../src/core/mood';
import { seededRandom } from '../../src/core/music/bandit';
import { envelope } from '../../src/shared/protocol';

let ext: Extension | null = null;
afterEach(async () => {
  await ext?.close();
  ext = null;
});

const N = 1000;

describe('a burst of readings', () => {
  it(`${N} readings at once: every one applied, in order`, async () => {
    // No camera, so the only readings are the burst; the switch is on, as readings are kept only then
    // (a reading that arrives with the switch off is dropped: camera off means off).
    ext = await launchExtension({ camera: 'none' });
    await ext.inExtension(() => chrome.storage.local.set({ cameraEnabled: { v: 1, value: true } }), null);
    // The camera page's own report (no camera) comes first, so the burst alone moves the mood after it.
    const start = await ext.waitForSnapshot((s) => s.status === 'no-camera');
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
        perf: { readMs: 1, detectMs: 1, classifyMs: 1, tensors: i },
      };
    });
    const messages = readings.map((r) => envelope('media-bg-camera-reading', r));
    const expected = readings.reduce((s, r) => applyReading(s, r), start);
    const seen = await ext.inExtension(async (all) => {
      const applied: number[] = [];
      type Stored = { value?: { lastReadingAt?: number } } | undefined;
      chrome.storage.onChanged.addListener((changes, area) => {
        const v = (changes.moodSnapshot?.newValue as Stored)?.value;
        const was = (changes.moodSnapshot?.oldValue as Stored)?.value;
        // A reading moves lastReadingAt; the camera page's own state changes (here: no camera) do not.
        if (
          area === 'session' &&
          typeof v?.lastReadingAt === 'number' &&
          v.lastReadingAt !== was?.lastReadingAt
        )
          applied.push(v.lastReadingAt);
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
