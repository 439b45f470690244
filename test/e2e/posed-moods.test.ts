// Every mood, not only calm and happy (issue 16): a frown and a surprised face on the fake camera read as
// such through the whole pipeline (detector, crop, the default classifier, smoothing), and a calm face
// still reads neutral. The frown (test/fixtures/frames/angry-face.png) is the kind the previous default
// called neutral; the frames are FER2013 PrivateTest faces (test/fixtures/README.md).
import { afterEach, describe, expect, it } from 'vitest';
import { type Frame, y4m } from '../../scripts/lib/browser/fixtures';
import { type Extension, grantCamera, launchExtension } from '../../scripts/lib/browser/harness';
import type { Emotion } from '../../src/core/emotions';

let ext: Extension | null = null;
afterEach(async () => {
  await ext?.close();
  ext = null;
});

describe('posed moods through the whole pipeline, in real Chromium with a fake camera', () => {
  it.each<[Frame, Emotion]>([
    ['angry-face', 'angry'],
    ['surprise-face', 'surprise'],
    ['neutral-face', 'neutral'],
  ])('%s reads %s', async (frame, mood) => {
    ext = await launchExtension({ camera: y4m(frame) });
    await grantCamera(ext);
    const first = await ext.waitForSnapshot((s) => s.status === 'ok' && s.mood !== null);
    // A few readings later the smoothed mood has settled: it must be this one, and clearly ahead.
    const settled = await ext.waitForSnapshot(
      (s) => (s.lastReadingAt ?? 0) >= (first.lastReadingAt ?? 0) + 3000,
      30_000,
    );
    expect(settled.mood).toBe(mood);
    expect(settled.unclear).toBe(false);
  });
});
