// Detector skipping. A face at a laptop mostly sits still, and the detector is about half of a frame's
// cost: so the last detection's boxes are reused while the face's region looks the same as when it was
// detected, and the detector runs again every few frames anyway, or as soon as that region changes
// (the face moved, left, turned, or the light changed).
import type { Box } from './face-box';

export interface TrackParams {
  /** The detector runs at least once in this many frames, however still the picture. */
  redetectEvery: number;
  /** Mean absolute difference (0-255 grey) of the face region's thumbnail above which it re-detects. */
  maxChange: number;
}

/**
 * Every 5th frame: at the default one frame a second a face that appears beside a still one is found
 * within 5 s. 6 grey levels: in the unit tests a face that moves by 3 px of 16 changes its thumbnail by far
 * more. Sensor noise on a real webcam was not measured here; noise above the threshold only makes the
 * detector run more often (the safe side), never keeps a moved face's old box.
 */
export const TRACKING: TrackParams = { redetectEvery: 5, maxChange: 6 };

/** Side of the grey thumbnail of the face region that is compared between frames. */
export const THUMB_SIDE = 16;

/** BT.601 luma of RGBA pixels (a canvas's ImageData), one byte per pixel. */
export function greyOf(rgba: ArrayLike<number>): Uint8Array {
  const out = new Uint8Array(Math.floor(rgba.length / 4));
  for (let i = 0; i < out.length; i++)
    out[i] = 0.299 * (rgba[4 * i] ?? 0) + 0.587 * (rgba[4 * i + 1] ?? 0) + 0.114 * (rgba[4 * i + 2] ?? 0);
  return out;
}

export function meanAbsDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length || a.length === 0) return Number.POSITIVE_INFINITY;
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += Math.abs((a[i] ?? 0) - (b[i] ?? 0));
  return sum / a.length;
}

/** `age`: frames since the last detection, this one included. */
export function shouldRedetect(age: number, change: number, p: TrackParams = TRACKING): boolean {
  return age >= p.redetectEvery || !(change <= p.maxChange);
}

export interface FaceTracker<F> {
  /** The region to thumbnail on this frame, or null: nothing to reuse, run the detector. */
  region(): Box | null;
  /** The faces to reuse given the region's thumbnail now, or null: run the detector. */
  reuse(thumb: Uint8Array): F[] | null;
  /** After the detector ran: its faces, the region of the face that is read, and that region's thumbnail. */
  detected(faces: F[], region: Box | null, thumb: Uint8Array | null): void;
  /** Forget the last detection (a dark frame, a new camera): the next frame detects. */
  reset(): void;
}

export function createFaceTracker<F>(p: TrackParams = TRACKING): FaceTracker<F> {
  let last: { faces: F[]; region: Box; thumb: Uint8Array; age: number } | null = null;
  return {
    region: () => last?.region ?? null,
    reuse(thumb) {
      if (!last) return null;
      const age = last.age + 1;
      if (shouldRedetect(age, meanAbsDiff(thumb, last.thumb), p)) return null;
      last.age = age;
      return last.faces;
    },
    detected(faces, region, thumb) {
      // No face: nothing to hold on to, so every frame looks for one (a new face is found at once).
      last = region && thumb ? { faces, region, thumb, age: 0 } : null;
    },
    reset() {
      last = null;
    },
  };
}
