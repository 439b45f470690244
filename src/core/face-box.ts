/** A rectangle in pixels of the frame it was found in. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export function area(box: Box): number {
  return Math.max(0, box.width) * Math.max(0, box.height);
}

/** Intersection over union of two boxes: 1 for the same box, 0 for boxes that do not touch. */
export function overlap(a: Box, b: Box): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  const both = w > 0 && h > 0 ? w * h : 0;
  const either = area(a) + area(b) - both;
  return either > 0 ? both / either : 0;
}

/** The largest face wins: in a shared room it is most likely the person at the keyboard. */
export function largestBox<T extends { box: Box }>(faces: readonly T[]): T | null {
  let best: T | null = null;
  for (const face of faces) if (!best || area(face.box) > area(best.box)) best = face;
  return best;
}

/**
 * A square crop around the face, grown by `margin` of its side on every side, kept inside the frame.
 * Square, because the models were trained on square faces: a stretched face reads as another emotion.
 */
export function squareCrop(face: Box, margin: number, frameWidth: number, frameHeight: number): Box {
  const cx = face.x + face.width / 2;
  const cy = face.y + face.height / 2;
  const wanted = Math.max(face.width, face.height) * (1 + 2 * margin);
  const side = Math.max(1, Math.min(wanted, frameWidth, frameHeight));
  const x = clamp(cx - side / 2, 0, frameWidth - side);
  const y = clamp(cy - side / 2, 0, frameHeight - side);
  return { x, y, width: side, height: side };
}

function clamp(v: number, lo: number, hi: number): number {
  return Math.min(Math.max(v, lo), hi);
}

/**
 * The whole pixels that a bilinear crop of `box` reads (tfjs cropAndResize samples from `x` to
 * `x + width - 1`), plus one pixel each side where the frame has it, so that rounding never samples
 * outside. Converting only this region to a tensor, and the box shifted into it, gives the same crop as
 * the whole frame does.
 */
export function cropRegion(box: Box, frameWidth: number, frameHeight: number): Box {
  const x = Math.max(0, Math.floor(box.x) - 1);
  const y = Math.max(0, Math.floor(box.y) - 1);
  const right = Math.min(frameWidth, Math.ceil(box.x + box.width - 1) + 2);
  const bottom = Math.min(frameHeight, Math.ceil(box.y + box.height - 1) + 2);
  return { x, y, width: Math.max(1, right - x), height: Math.max(1, bottom - y) };
}
