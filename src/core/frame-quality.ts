import { luma } from './colour';

/**
 * Mean luma (0-255, BT.601 weights) of RGBA pixels. The offscreen page samples a small downscaled copy
 * of the frame, so this runs on a few thousand pixels.
 */
export function meanLuma(rgba: ArrayLike<number>): number {
  const pixels = Math.floor(rgba.length / 4);
  if (pixels === 0) return 0;
  let sum = 0;
  for (let i = 0; i < pixels * 4; i += 4) {
    sum += luma(rgba[i] ?? 0, rgba[i + 1] ?? 0, rgba[i + 2] ?? 0);
  }
  return sum / pixels;
}

/**
 * Below this mean luma (about 12 % of full scale) a webcam frame is mostly sensor noise: any emotion read
 * from it would be a guess, so the user is told to add light instead. A tunable guess, not a measurement.
 */
export const TOO_DARK_LUMA = 30;

export function isTooDark(luma: number, threshold = TOO_DARK_LUMA): boolean {
  return luma < threshold;
}
