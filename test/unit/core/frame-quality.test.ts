import { describe, expect, it } from 'vitest';
import { greyOf } from '../../../src/core/face-track';
import { isTooDark, meanGrey } from '../../../src/core/frame-quality';

describe('frame quality', () => {
  const rgba = (v: number, n = 16) =>
    Uint8ClampedArray.from({ length: n * 4 }, (_, i) => (i % 4 === 3 ? 255 : v));
  it.each([
    [0, true],
    [20, true],
    [29, true],
    [30, false],
    [128, false],
  ])('grey %i is too dark: %s', (v, dark) => {
    expect(meanGrey(greyOf(rgba(v)))).toBeCloseTo(v);
    expect(isTooDark(meanGrey(greyOf(rgba(v))))).toBe(dark);
  });
  it('a thumbnail half black, half at 64 has brightness 32', () => {
    expect(meanGrey([0, 0, 64, 64])).toBe(32);
    expect(meanGrey([])).toBe(0);
  });
  it('grey weights green most, blue least (BT.601)', () => {
    const [g, r, b] = greyOf([0, 255, 0, 255, 255, 0, 0, 255, 0, 0, 255, 255]);
    expect(g).toBeGreaterThan(r ?? 0);
    expect(r).toBeGreaterThan(b ?? 0);
  });
});
