// A lighter reconfigure: a new interval only reschedules the frames and a new model only swaps the
// classifier. The camera track and the stable mood both survive; only a backend change reopens the page.
import { afterEach, describe, expect, it } from 'vitest';
import { y4m } from '../../scripts/lib/browser/fixtures';
import { type Extension, grantCamera, launchExtension } from '../../scripts/lib/browser/harness';
import { atNextFrame, offscreenDocument } from '../../scripts/lib/browser/offscreen';
import { PAGES } from '../../src/shared/pages';

let ext: Extension | null = null;
afterEach(async () => {
  await ext?.close();
  ext = null;
});

/** Resolves with the state of the camera track of the next frame the page reads (kept in a page global). */
const grabTrack = (name: string) => atNextFrame(`globalThis.${name} = track; return track.readyState;`);

describe('changing capture options while a face is in view', () => {
  it('a new interval and a new model keep the camera track and the stable mood', async () => {
    ext = await launchExtension({ camera: y4m('photo-smile') });
    await grantCamera(ext);
    const before = await ext.waitForSnapshot((s) => s.status === 'ok' && s.mood === 'happy');
    const doc = await offscreenDocument(ext);
    expect(await doc.evaluate(grabTrack('__trackBefore'))).toBe('live');

    const options = await ext.open(PAGES.options);
    await options.evaluate(() => Object.assign(globalThis, { seen: [] }));
    await options.evaluate(() =>
      chrome.storage.onChanged.addListener((changes, area) => {
        const s = (changes.moodSnapshot?.newValue as { value?: { status: string } } | undefined)?.value;
        if (area === 'session' && s) (globalThis as unknown as { seen: string[] }).seen.push(s.status);
      }),
    );
    await options.getByLabel(/Analyse a frame every/).fill('2000');

    await expect
      .poll(() =>
        options.evaluate(async () => (await chrome.storage.local.get('captureIntervalMs')).captureIntervalMs),
      )
      .toEqual({ v: 1, value: 2000 });
    const changed = Date.now();
    // Readings go on at the new interval...
    const a = await ext.waitForSnapshot((s) => (s.lastReadingAt ?? 0) > changed + 1000, 10_000);
    const b = await ext.waitForSnapshot((s) => (s.lastReadingAt ?? 0) > (a.lastReadingAt ?? 0), 10_000);
    expect((b.lastReadingAt ?? 0) - (a.lastReadingAt ?? 0)).toBeGreaterThanOrEqual(1800);
    // ...from the same camera track, in the same page, with the same mood held since before.
    expect(
      await doc.evaluate(
        `${grabTrack('__trackAfter')}.then(() => globalThis.__trackAfter === globalThis.__trackBefore)`,
      ),
    ).toBe(true);
    expect(b).toMatchObject({ status: 'ok', mood: 'happy', moodSince: before.moodSince });

    // A new model swaps the classifier only.
    await options.getByLabel('Emotion model').selectOption('human-emotion');
    const c = await ext.waitForSnapshot(
      (s) => s.model === 'human-emotion' && (s.lastReadingAt ?? 0) > (b.lastReadingAt ?? 0),
    );
    expect(c).toMatchObject({ status: 'ok', mood: 'happy', moodSince: before.moodSince });
    expect(
      await doc.evaluate(
        `${grabTrack('__trackModel')}.then(() => globalThis.__trackModel === globalThis.__trackBefore)`,
      ),
    ).toBe(true);
    // Never "Starting" on the way: nothing was reopened.
    const seen = await options.evaluate(() => (globalThis as unknown as { seen: string[] }).seen);
    expect(seen.length).toBeGreaterThan(2);
    expect(seen).not.toContain('starting');
    await doc.detach();
  });

  it('the camera is opened at what the interval needs, and renegotiated on the same track when it changes', async () => {
    ext = await launchExtension({ camera: y4m('photo-smile') });
    await grantCamera(ext);
    await ext.waitForSnapshot((s) => s.status === 'ok');
    const doc = await offscreenDocument(ext);
    await doc.evaluate(grabTrack('__track'));
    const settings = () =>
      doc.evaluate(
        '(({ width, height, frameRate }) => ({ width, height, frameRate }))(globalThis.__track.getSettings())',
      );
    // The default interval reads one frame a second.
    expect(await settings()).toEqual({ width: 480, height: 360, frameRate: 5 });
    await ext.inExtension(() => chrome.storage.local.set({ captureIntervalMs: { v: 1, value: 250 } }), null);
    await expect.poll(settings, { timeout: 15_000 }).toEqual({ width: 640, height: 480, frameRate: 8 });
    expect(await doc.evaluate('globalThis.__track.readyState')).toBe('live');
    await doc.detach();
  });
});
