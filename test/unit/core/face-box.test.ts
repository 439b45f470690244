import { describe, expect, it } from 'vitest';
import { cropRegion, largestBox, squareCrop } from '../../../src/core/face-box';

describe('face boxes', () => {
  it('the largest face wins', () => {
    const faces = [
      { box: { x: 0, y: 0, width: 10, height: 10 }, id: 'a' },
      { box: { x: 50, y: 50, width: 40, height: 30 }, id: 'b' },
    ];
    expect(largestBox(faces)?.id).toBe('b');
    expect(largestBox([])).toBeNull();
  });
  it.each([
    [{ x: 100, y: 100, width: 100, height: 80 }, 0.2, { x: 80, y: 70, width: 140, height: 140 }],
    [{ x: 0, y: 0, width: 100, height: 100 }, 0.2, { x: 0, y: 0, width: 140, height: 140 }],
    [{ x: 600, y: 400, width: 60, height: 60 }, 0, { x: 580, y: 400, width: 60, height: 60 }],
    [{ x: 0, y: 0, width: 600, height: 600 }, 0.5, { x: 60, y: 0, width: 480, height: 480 }],
  ])('square crop of %o with margin %f in 640x480 is %o', (box, margin, want) => {
    const got = squareCrop(box, margin, 640, 480);
    expect(got.x).toBeCloseTo(want.x);
    expect(got.y).toBeCloseTo(want.y);
    expect(got.width).toBeCloseTo(want.width);
    expect(got.height).toBeCloseTo(want.height);
  });

  // The pixels a bilinear crop reads (x .. x + width - 1), one more each side where the frame has them.
  it.each([
    [
      'inside',
      { x: 101.3, y: 57.8, width: 190.4, height: 190.4 },
      { x: 100, y: 56, width: 193, height: 194 },
    ],
    ['whole pixels', { x: 10, y: 20, width: 100, height: 100 }, { x: 9, y: 19, width: 102, height: 102 }],
    ['at the top left', { x: 0, y: 0, width: 50, height: 50 }, { x: 0, y: 0, width: 51, height: 51 }],
    [
      'at the bottom right',
      { x: 590, y: 430, width: 50, height: 50 },
      { x: 589, y: 429, width: 51, height: 51 },
    ],
  ])('the region around a crop, %s', (_, box, want) => {
    expect(cropRegion(box, 640, 480)).toEqual(want);
  });
});
