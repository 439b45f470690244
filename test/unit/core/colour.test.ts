import { describe, expect, it } from 'vitest';
import { LUMA, luma, lumaOfRgba, maxChannelDiff } from '../../../src/core/colour';

describe('luma', () => {
  it('weighs red, green and blue by BT.601, white staying 255', () => {
    expect(luma(255, 0, 0)).toBeCloseTo(76.245, 6);
    expect(luma(0, 255, 0)).toBeCloseTo(149.685, 6);
    expect(luma(0, 0, 255)).toBeCloseTo(29.07, 6);
    expect(luma(255, 255, 255)).toBeCloseTo(255, 9);
    expect(LUMA.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  });

  it('converts RGBA pixels into the given array, skipping alpha and leaving the rest of it alone', () => {
    const out = new Float32Array([7, 7, 7]);
    const got = lumaOfRgba([10, 20, 30, 0, 200, 100, 50, 255], 2, out);
    expect(got).toBe(out);
    expect(got[0]).toBeCloseTo(0.299 * 10 + 0.587 * 20 + 0.114 * 30, 4);
    expect(got[1]).toBeCloseTo(0.299 * 200 + 0.587 * 100 + 0.114 * 50, 4);
    expect(got[2]).toBe(7);
  });
});

describe('maxChannelDiff', () => {
  it('is the largest red, green or blue difference, alpha left out', () => {
    expect(maxChannelDiff([1, 2, 3, 0, 9, 9, 9, 255], [1, 2, 3, 255, 9, 4, 9, 0])).toBe(5);
    expect(maxChannelDiff([1, 2, 3, 4], [1, 2, 3, 4])).toBe(0);
    expect(maxChannelDiff([1, 2, 3, 4], [1, 2, 3])).toBe(Number.POSITIVE_INFINITY);
  });
});
