import { describe, expect, it } from 'vitest';
import type { Box } from '../../../src/core/face-box';
import {
  createFaceTracker,
  greyOf,
  meanAbsDiff,
  shouldRedetect,
  THUMB_SIDE,
  TRACKING,
} from '../../../src/core/face-track';

// A synthetic camera: a 64x48 grey picture with a textured 16x16 "face" (or none) at a position.
const W = 64;
const H = 48;
type Scene = { x: number; y: number } | null;
function render(scene: Scene): Uint8Array {
  const px = new Uint8Array(W * H).fill(40);
  if (scene)
    for (let y = 0; y < 16; y++)
      for (let x = 0; x < 16; x++) px[(scene.y + y) * W + scene.x + x] = 120 + ((x * 7 + y * 13) % 5) * 25;
  return px;
}
/** The fake detector: the bounding box of the bright pixels. */
function detect(px: Uint8Array): { box: Box }[] {
  let [x0, y0, x1, y1] = [W, H, -1, -1];
  for (let y = 0; y < H; y++)
    for (let x = 0; x < W; x++)
      if ((px[y * W + x] ?? 0) > 100)
        [x0, y0, x1, y1] = [Math.min(x0, x), Math.min(y0, y), Math.max(x1, x), Math.max(y1, y)];
  return x1 < 0 ? [] : [{ box: { x: x0, y: y0, width: x1 - x0 + 1, height: y1 - y0 + 1 } }];
}
/** What the canvas does in the pipeline: the region scaled to THUMB_SIDE square (nearest pixel). */
function thumb(px: Uint8Array, r: Box): Uint8Array {
  const out = new Uint8Array(THUMB_SIDE * THUMB_SIDE);
  for (let y = 0; y < THUMB_SIDE; y++)
    for (let x = 0; x < THUMB_SIDE; x++)
      out[y * THUMB_SIDE + x] =
        px[
          Math.floor(r.y + (y * r.height) / THUMB_SIDE) * W + Math.floor(r.x + (x * r.width) / THUMB_SIDE)
        ] ?? 0;
  return out;
}
/** The pipeline's loop over the scenes: which frames ran the detector, and the box each frame read. */
function run(scenes: Scene[]) {
  const tracker = createFaceTracker<{ box: Box }>(TRACKING);
  return scenes.map((scene) => {
    const px = render(scene);
    const region = tracker.region();
    const reused = region ? tracker.reuse(thumb(px, region)) : null;
    if (reused) return { detected: false, box: reused[0]?.box ?? null };
    const faces = detect(px);
    const box = faces[0]?.box ?? null;
    tracker.detected(faces, box, box ? thumb(px, box) : null);
    return { detected: true, box };
  });
}
const still = (n: number): Scene[] => Array.from({ length: n }, () => ({ x: 10, y: 10 }));

describe('detector skipping', () => {
  it.each([
    // age, change, re-detect?
    [1, 0, false],
    [TRACKING.redetectEvery - 1, TRACKING.maxChange, false],
    [TRACKING.redetectEvery, 0, true],
    [1, TRACKING.maxChange + 0.1, true],
    [1, Number.NaN, true],
  ])('age %d, change %f: re-detect %s', (age, change, want) => {
    expect(shouldRedetect(age, change)).toBe(want);
  });

  it('a still face is detected once every N frames, and its box reused in between', () => {
    const frames = run(still(2 * TRACKING.redetectEvery + 1));
    const detections = frames.flatMap((f, i) => (f.detected ? [i] : []));
    expect(detections).toEqual([0, TRACKING.redetectEvery, 2 * TRACKING.redetectEvery]);
    for (const f of frames) expect(f.box).toEqual({ x: 10, y: 10, width: 16, height: 16 });
  });

  it.each([
    ['moves by a few pixels', { x: 13, y: 11 }],
    ['moves across the frame', { x: 40, y: 25 }],
  ])('a face that %s is re-detected on the next frame and found where it is', (_, to) => {
    const frames = run([...still(2), to, to]);
    expect(frames.map((f) => f.detected)).toEqual([true, false, true, false]);
    expect(frames[2]?.box).toEqual({ ...to, width: 16, height: 16 });
  });

  it('a face that appears is found on its first frame; one that leaves is let go at once', () => {
    const frames = run([null, null, { x: 30, y: 20 }, { x: 30, y: 20 }, null, null]);
    expect(frames.map((f) => f.detected)).toEqual([true, true, true, false, true, true]);
    expect(frames.map((f) => f.box !== null)).toEqual([false, false, true, true, false, false]);
  });

  it('grey and difference', () => {
    expect(Array.from(greyOf([255, 255, 255, 255, 0, 0, 0, 255]))).toEqual([255, 0]);
    expect(meanAbsDiff([1, 2, 3], [3, 2, 1])).toBeCloseTo(4 / 3);
    expect(meanAbsDiff([1], [1, 2])).toBe(Number.POSITIVE_INFINITY);
  });
});
