// Colour pixels. Grey from colour is defined once here: ITU-R BT.601 luma. FER2013's faces are grey, so
// the classifier sees grey; the brightness check and the trackers' thumbnails use the same weights.

/** Red, green and blue weights; they sum to 1, so white stays 255. */
export const LUMA = [0.299, 0.587, 0.114] as const;

export function luma(r: number, g: number, b: number): number {
  return LUMA[0] * r + LUMA[1] * g + LUMA[2] * b;
}

/**
 * The luma of `pixels` RGBA pixels into `out` (at least `pixels` long), as float32 with no rounding: the
 * same values the classifier's tensor ops gave from RGB (float32 products summed), to a float32 rounding.
 */
export function lumaOfRgba(rgba: ArrayLike<number>, pixels: number, out: Float32Array): Float32Array {
  for (let i = 0, j = 0; j < pixels; i += 4, j++)
    out[j] = luma(rgba[i] as number, rgba[i + 1] as number, rgba[i + 2] as number);
  return out;
}

/** The largest difference of any red, green or blue value between two RGBA arrays (alpha ignored). */
export function maxChannelDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length) return Number.POSITIVE_INFINITY;
  let worst = 0;
  for (let i = 0; i < a.length; i++) {
    if (i % 4 === 3) continue;
    const d = Math.abs((a[i] as number) - (b[i] as number));
    if (d > worst) worst = d;
  }
  return worst;
}
