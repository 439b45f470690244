import { describe, expect, it } from 'vitest';
import { isTooDark, meanLuma } from '../../../src/core/frame-quality';

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
    expect(meanLuma(rgba(v))).toBeCloseTo(v);
    expect(isTooDark(meanLuma(rgba(v)))).toBe(dark);
  });
  it('weights green most, blue least (BT.601)', () => {
    expect(meanLuma([0, 255, 0, 255])).toBeGreaterThan(meanLuma([255, 0, 0, 255]));
    expect(meanLuma([255, 0, 0, 255])).toBeGreaterThan(meanLuma([0, 0, 255, 255]));
    expect(meanLuma([])).toBe(0);
  });
});
