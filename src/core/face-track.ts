// Detector skipping. A face at a laptop mostly sits still, and the detector is about half of a frame's
// cost: so the last detection's boxes are reused while the face's region looks the same as when it was
// detected, and the detector runs again as soon as that region changes (the face moved, left, turned, or
// the light changed), and every few frames anyway. That safety run backs off while it keeps finding the
// same faces, and then any change in the whole picture (someone came into view) runs it at once too.

import { luma } from './colour';
import { type Box, overlap } from './face-box';
import { maxBlockChange } from './score-reuse';

export interface TrackParams {
  /** The detector runs at least once in this many frames, however still the picture. */
  redetectEvery: number;
  /** ...doubling up to this many while each such safety run finds the faces it replaces. */
  maxRedetectEvery: number;
  /** Mean absolute difference (0-255 grey) of the face region's thumbnail above which it re-detects. */
  maxChange: number;
  /** The same for any block of the whole frame's thumbnail (SCENE_SIDE x ..., SCENE_BLOCK blocks). */
  maxSceneChange: number;
}

/**
 * Every 5th frame at first, then every 10th and 20th while the safety runs find the same faces (as many,
 * the largest where it was). 6 grey levels: in the unit tests a face that moves by 3 px of 16 changes its
 * thumbnail by far more. 12 levels in any block of the scene: a face coming into view beside a still
 * one changed its most changed block by 30.2 (unit test, on the FER fixtures); a whole-frame mean would
 * dilute it. Sensor noise on a real webcam was not measured here; noise above either threshold only makes
 * the detector run more often (the safe side), never keeps a moved face's old box.
 */
export const TRACKING: TrackParams = {
  redetectEvery: 5,
  maxRedetectEvery: 20,
  maxChange: 6,
  maxSceneChange: 12,
};

/** The whole frame's grey thumbnail (also what brightness is measured on): 32 x 24, blocks of 4 x 4. */
export const SCENE = { width: 32, height: 24, block: 4 } as const;

/** Side of the grey thumbnail of the face region that is compared between frames. */
export const THUMB_SIDE = 16;

/** BT.601 luma of RGBA pixels (a canvas's ImageData), one byte per pixel. */
export function greyOf(rgba: ArrayLike<number>): Uint8Array {
  const out = new Uint8Array(Math.floor(rgba.length / 4));
  for (let i = 0; i < out.length; i++)
    // Rounded: a Uint8Array would truncate, and grey 128 computes as 127.99999.
    out[i] = Math.round(luma(rgba[4 * i] ?? 0, rgba[4 * i + 1] ?? 0, rgba[4 * i + 2] ?? 0));
  return out;
}

export function meanAbsDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length || a.length === 0) return Number.POSITIVE_INFINITY;
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += Math.abs((a[i] ?? 0) - (b[i] ?? 0));
  return sum / a.length;
}

/** Whether the picture changed enough to look again: the face region's or the scene's thumbnail. */
export function changed(face: number, scene: number, p: TrackParams = TRACKING): boolean {
  return !(face <= p.maxChange) || !(scene <= p.maxSceneChange);
}

export function sceneChange(a: Uint8Array, b: Uint8Array): number {
  return maxBlockChange(a, b, SCENE.width, SCENE.block, SCENE.height);
}

/** What a frame shows the tracker: the tracked face region's thumbnail (if any) and the whole frame's. */
export interface Look {
  thumb: Uint8Array | null;
  scene: Uint8Array;
}

export interface FaceTracker<F> {
  /** The face region to thumbnail on this frame, or null: no face is tracked. */
  region(): Box | null;
  /** The faces to reuse (none, when none were found) given this frame's thumbnails, or null: detect. */
  reuse(look: Look): F[] | null;
  /** After the detector ran: its faces, the region of the face that is read, and the frame's thumbnails. */
  detected(faces: F[], region: Box | null, look: Look): void;
  /** Forget the last detection (a dark frame, a new camera): the next frame detects. */
  reset(): void;
}

export function createFaceTracker<F>(p: TrackParams = TRACKING): FaceTracker<F> {
  let last: { faces: F[]; region: Box | null; look: Look; age: number } | null = null;
  let every = p.redetectEvery;
  // Why the last reuse() said no: only a run for age alone may lengthen the wait.
  let askedForAge = false;
  const faceChange = (look: Look, before: Look) =>
    before.thumb ? meanAbsDiff(look.thumb ?? [], before.thumb) : 0;
  return {
    region: () => last?.region ?? null,
    reuse(look) {
      askedForAge = false;
      if (!last) return null;
      // The whole picture is watched only where the wait leans on it: with no face to watch, and once the
      // safety runs have backed off. At the first wait a change elsewhere (a panning camera, someone
      // passing behind) would only add detections; a face that comes is found within 5 frames anyway.
      const watchScene = last.region === null || every > p.redetectEvery;
      const scene = watchScene ? sceneChange(look.scene, last.look.scene) : 0;
      if (changed(faceChange(look, last.look), scene, p)) return null;
      const age = last.age + 1;
      if (age >= every) {
        askedForAge = true;
        return null;
      }
      last.age = age;
      return last.faces;
    },
    detected(faces, region, look) {
      const same =
        last !== null &&
        faces.length === last.faces.length &&
        (region && last.region ? overlap(region, last.region) >= 0.8 : region === last.region);
      every = askedForAge && same ? Math.min(p.maxRedetectEvery, 2 * every) : p.redetectEvery;
      askedForAge = false;
      last = { faces, region, look, age: 0 };
    },
    reset() {
      last = null;
      every = p.redetectEvery;
      askedForAge = false;
    },
  };
}
