/**
 * Mean grey level (0-255) of a frame's grey thumbnail (face-track.ts SCENE): its brightness. 32 x 24
 * area-averaged pixels average the same as the whole frame does.
 */
export function meanGrey(grey: ArrayLike<number>): number {
  if (grey.length === 0) return 0;
  let sum = 0;
  for (let i = 0; i < grey.length; i++) sum += grey[i] ?? 0;
  return sum / grey.length;
}

/**
 * Below this mean luma (about 12 % of full scale) a webcam frame is mostly sensor noise: any emotion read
 * from it would be a guess, so the user is told to add light instead. A tunable guess, not a measurement.
 */
export const TOO_DARK_LUMA = 30;

export function isTooDark(luma: number, threshold = TOO_DARK_LUMA): boolean {
  return luma < threshold;
}
