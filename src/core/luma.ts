// Grey thumbnails straight from a camera frame's luma (Y) plane. Converting the frame to RGB on a canvas
// (drawImage of the video) is the dearest step of a frame the models skip (about 5 ms at 480 x 360 here);
// copying the frame's planes costs a third of that, and the Y plane is already the grey picture that the
// skip checks compare. See src/capture/grey-frame.ts for where the plane comes from.
import type { Box } from './face-box';

/** One plane of 8-bit samples: `data[offset + y * stride + x]`. */
export interface LumaPlane {
  data: Uint8Array;
  offset: number;
  stride: number;
  width: number;
  height: number;
  /** Full range (0-255), or video range (16-235, as most cameras send it). */
  fullRange: boolean;
}

/**
 * The region (plane pixels; clamped to the plane) area-averaged down to `width` x `height`, as
 * full-range grey: the levels of BT.601 luma computed from the RGB a canvas would give (within 2-3 levels
 * of a canvas thumbnail in test/e2e/grey-frame.test.ts), so that thresholds set on canvas thumbnails
 * (face-track.ts, score-reuse.ts) hold here.
 */
export function shrinkLuma(plane: LumaPlane, region: Box, width: number, height: number): Uint8Array {
  const out = new Uint8Array(width * height);
  const x0 = Math.max(0, region.x);
  const y0 = Math.max(0, region.y);
  const rw = Math.min(plane.width, region.x + region.width) - x0;
  const rh = Math.min(plane.height, region.y + region.height) - y0;
  if (!(rw > 0 && rh > 0)) return out;
  const { data, offset, stride } = plane;
  for (let ty = 0; ty < height; ty++) {
    const ya = Math.floor(y0 + (ty * rh) / height);
    const yb = Math.max(ya + 1, Math.floor(y0 + ((ty + 1) * rh) / height));
    for (let tx = 0; tx < width; tx++) {
      const xa = Math.floor(x0 + (tx * rw) / width);
      const xb = Math.max(xa + 1, Math.floor(x0 + ((tx + 1) * rw) / width));
      let sum = 0;
      for (let y = ya; y < yb; y++) {
        const row = offset + y * stride;
        for (let x = xa; x < xb; x++) sum += data[row + x] ?? 0;
      }
      const mean = sum / ((yb - ya) * (xb - xa));
      const level = plane.fullRange ? mean : ((mean - 16) * 255) / 219;
      // A Uint8Array wraps what it cannot hold: clamp (video-range black can dip under 16).
      out[ty * width + tx] = Math.min(255, Math.max(0, Math.round(level)));
    }
  }
  return out;
}
