import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeGrayPng } from '../../../scripts/lib/png';
import type { Box } from '../../../src/core/face-box';
import {
  changed,
  createFaceTracker,
  greyOf,
  meanAbsDiff,
  SCENE,
  sceneChange,
  THUMB_SIDE,
  TRACKING,
} from '../../../src/core/face-track';

// A synthetic camera: a 64x48 grey picture with textured 16x16 "faces" (or none) at positions.
const W = 64;
const H = 48;
type Spot = { x: number; y: number };
type Scene = Spot | Spot[] | null;
function render(scene: Scene): Uint8Array {
  const px = new Uint8Array(W * H).fill(40);
  for (const at of scene === null ? [] : Array.isArray(scene) ? scene : [scene])
    for (let y = 0; y < 16; y++)
      for (let x = 0; x < 16; x++) px[(at.y + y) * W + at.x + x] = 120 + ((x * 7 + y * 13) % 5) * 25;
  return px;
}
/** The whole picture area-averaged down to SCENE's size, as the canvas does with smoothing. */
function sceneOf(pixels: Uint8Array, width: number, height: number): Uint8Array {
  const out = new Uint8Array(SCENE.width * SCENE.height);
  const [sx, sy] = [width / SCENE.width, height / SCENE.height];
  for (let ty = 0; ty < SCENE.height; ty++)
    for (let tx = 0; tx < SCENE.width; tx++) {
      let [sum, n] = [0, 0];
      for (let y = Math.floor(ty * sy); y < Math.floor((ty + 1) * sy); y++)
        for (let x = Math.floor(tx * sx); x < Math.floor((tx + 1) * sx); x++) {
          sum += pixels[y * width + x] ?? 0;
          n++;
        }
      out[ty * SCENE.width + tx] = Math.round(sum / n);
    }
  return out;
}
/** The fake detector: the bright 16x16 squares, found by their top left corners. */
function detect(px: Uint8Array): { box: Box }[] {
  const faces: { box: Box }[] = [];
  const bright = (x: number, y: number) => x >= 0 && y >= 0 && (px[y * W + x] ?? 0) > 100;
  for (let y = 0; y < H; y++)
    for (let x = 0; x < W; x++)
      if (bright(x, y) && !bright(x - 1, y) && !bright(x, y - 1))
        faces.push({ box: { x, y, width: 16, height: 16 } });
  return faces;
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
    const look = (r: Box | null) => ({ thumb: r ? thumb(px, r) : null, scene: sceneOf(px, W, H) });
    const reused = tracker.reuse(look(tracker.region()));
    if (reused) return { detected: false, box: reused[0]?.box ?? null, count: reused.length };
    const faces = detect(px);
    const box = faces[0]?.box ?? null;
    tracker.detected(faces, box, look(box));
    return { detected: true, box, count: faces.length };
  });
}
const still = (n: number): Scene[] => Array.from({ length: n }, () => ({ x: 10, y: 10 }));

const detectedAt = (frames: { detected: boolean }[]) => frames.flatMap((f, i) => (f.detected ? [i] : []));

describe('detector skipping', () => {
  it.each([
    // face region change, scene change, look again?
    [0, 0, false],
    [TRACKING.maxChange, TRACKING.maxSceneChange, false],
    [TRACKING.maxChange + 0.1, 0, true],
    [0, TRACKING.maxSceneChange + 0.1, true],
    [Number.NaN, 0, true],
    [0, Number.POSITIVE_INFINITY, true],
  ])('face change %f, scene change %f: re-detect %s', (face, scene, want) => {
    expect(changed(face, scene)).toBe(want);
  });

  it('a still face is detected every 5th frame, then every 10th and 20th while it stays where it was', () => {
    const frames = run(still(60));
    const first = TRACKING.redetectEvery;
    expect(detectedAt(frames)).toEqual([0, first, 3 * first, 3 * first + 4 * first, 3 * first + 8 * first]);
    expect(4 * first).toBe(TRACKING.maxRedetectEvery);
    for (const f of frames) expect(f.box).toEqual({ x: 10, y: 10, width: 16, height: 16 });
  });

  it('after a change the safety run is back to every 5th frame', () => {
    const moved = Array.from({ length: 12 }, () => ({ x: 30, y: 20 }));
    const frames = run([...still(20), ...moved]);
    expect(detectedAt(frames)).toEqual([0, 5, 15, 20, 25]);
  });

  it('a face that comes into view beside a still one is found on its first frame', () => {
    const two = [
      { x: 10, y: 10 },
      { x: 40, y: 24 },
    ];
    const frames = run([...still(20), two, two]);
    expect(frames[20]).toMatchObject({ detected: true, count: 2 });
    expect(frames[21]).toMatchObject({ detected: false, count: 2 });
  });

  it('at the first wait only the face region counts: a change elsewhere adds no detection', () => {
    const two = [
      { x: 10, y: 10 },
      { x: 40, y: 24 },
    ];
    const frames = run([...still(2), two, two, two]);
    expect(detectedAt(frames)).toEqual([0]);
    // ...until the 5th frame's safety run, which finds both.
    expect(run([...still(2), two, two, two, two])[5]).toMatchObject({ detected: true, count: 2 });
  });

  it('with nobody in view the detector backs off too, and a face that comes is found at once', () => {
    const frames = run([...Array.from({ length: 16 }, () => null), { x: 30, y: 20 }]);
    expect(detectedAt(frames)).toEqual([0, 5, 15, 16]);
    expect(frames[16]?.box).toEqual({ x: 30, y: 20, width: 16, height: 16 });
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
    expect(frames.map((f) => f.detected)).toEqual([true, false, true, false, true, false]);
    expect(frames.map((f) => f.box !== null)).toEqual([false, false, true, true, false, false]);
  });

  // Real faces: one of the e2e's FER fixtures (a 300 px face at (170, 90) of 640 x 480) with another's
  // face, a third the size, pasted beside it as someone coming into view behind the user.
  it('a real face coming into view changes the scene far over the threshold', () => {
    const frames = join(import.meta.dirname, '..', '..', 'fixtures', 'frames');
    const load = (name: string) => decodeGrayPng(readFileSync(join(frames, `${name}.png`)));
    const user = load('neutral-face');
    const other = load('surprise-face');
    const both = Uint8Array.from(user.pixels);
    for (let y = 0; y < 100; y++)
      for (let x = 0; x < 100; x++)
        both[(250 + y) * user.width + 500 + x] = other.pixels[(90 + 3 * y) * other.width + 170 + 3 * x] ?? 0;
    const before = sceneOf(user.pixels, user.width, user.height);
    const after = sceneOf(both, user.width, user.height);
    expect(sceneChange(before, before)).toBe(0);
    expect(sceneChange(before, after)).toBeGreaterThan(2 * TRACKING.maxSceneChange);
  });

  it('grey and difference', () => {
    expect(Array.from(greyOf([255, 255, 255, 255, 0, 0, 0, 255]))).toEqual([255, 0]);
    expect(meanAbsDiff([1, 2, 3], [3, 2, 1])).toBeCloseTo(4 / 3);
    expect(meanAbsDiff([1], [1, 2])).toBe(Number.POSITIVE_INFINITY);
  });
});
