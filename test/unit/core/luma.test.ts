import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeGrayPng } from '../../../scripts/lib/png';
import { type LumaPlane, shrinkLuma } from '../../../src/core/luma';

/** A plane `width` x `height` at `offset` in a buffer with `stride` bytes a row; padding bytes are 255. */
function plane(
  width: number,
  height: number,
  at: (x: number, y: number) => number,
  fullRange = true,
): LumaPlane {
  const [offset, stride] = [7, width + 5];
  const data = new Uint8Array(offset + stride * height).fill(255);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) data[offset + y * stride + x] = at(x, y);
  return { data, offset, stride, width, height, fullRange };
}
const all = (p: LumaPlane) => ({ x: 0, y: 0, width: p.width, height: p.height });

describe('grey thumbnails from a luma plane', () => {
  it('area-averages, inside the rows (padding and the offset never count)', () => {
    const p = plane(8, 4, (x) => (x < 4 ? 0 : 100));
    expect(Array.from(shrinkLuma(p, all(p), 2, 1))).toEqual([0, 100]);
    expect(Array.from(shrinkLuma(p, all(p), 1, 1))).toEqual([50]);
    expect(Array.from(shrinkLuma(p, { x: 2, y: 0, width: 4, height: 4 }, 2, 2))).toEqual([0, 100, 0, 100]);
  });

  it('maps video range (16-235) onto full range, clamping rather than wrapping', () => {
    const levels = [16, 235, 125, 4, 250];
    const p = plane(5, 1, (x) => levels[x] ?? 0, false);
    expect(Array.from(shrinkLuma(p, all(p), 5, 1))).toEqual([0, 255, 127, 0, 255]);
  });

  it('clamps a region that reaches past the frame, and gives zeros for one wholly outside', () => {
    const p = plane(4, 4, () => 80);
    expect(Array.from(shrinkLuma(p, { x: -2, y: -2, width: 8, height: 8 }, 2, 2))).toEqual([80, 80, 80, 80]);
    expect(Array.from(shrinkLuma(p, { x: 10, y: 10, width: 4, height: 4 }, 2, 2))).toEqual([0, 0, 0, 0]);
  });

  it('a real face in video range reads as the full-range picture it came from, to a level', () => {
    const face = decodeGrayPng(
      readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'frames', 'calm-face.png')),
    );
    const full = plane(face.width, face.height, (x, y) => face.pixels[y * face.width + x] ?? 0);
    const video = plane(
      face.width,
      face.height,
      (x, y) => 16 + ((face.pixels[y * face.width + x] ?? 0) * 219) / 255,
      false,
    );
    const region = { x: 170, y: 90, width: 300, height: 300 };
    const a = shrinkLuma(full, region, 16, 16);
    const b = shrinkLuma(video, region, 16, 16);
    expect(Math.max(...a.map((v, i) => Math.abs(v - (b[i] ?? 0))))).toBeLessThanOrEqual(1);
    expect(Math.max(...a) - Math.min(...a)).toBeGreaterThan(50);
  });
});
