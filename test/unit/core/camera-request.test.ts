import { describe, expect, it } from 'vitest';
import { cameraRequestFor, sameRequest, videoConstraints } from '../../../src/core/camera-request';
import { CAPTURE_INTERVAL_LIMITS } from '../../../src/shared/settings';

describe('what the camera is asked for', () => {
  it.each([
    // interval ms, width, height, fps
    [CAPTURE_INTERVAL_LIMITS.min, 640, 480, 8],
    [500, 640, 480, 5],
    [999, 640, 480, 5],
    [1000, 480, 360, 5],
    [CAPTURE_INTERVAL_LIMITS.max, 480, 360, 5],
    [100, 640, 480, 15],
  ])('every %d ms: %d x %d at %d fps', (intervalMs, width, height, frameRate) => {
    expect(cameraRequestFor(intervalMs)).toEqual({ width, height, frameRate });
  });

  it.each([
    [1000, 2000, true],
    [250, 1000, false],
    [500, 999, true],
    [250, 500, false],
  ])('from %d ms to %d ms keeps the camera as it is: %s', (a, b, same) => {
    expect(sameRequest(cameraRequestFor(a), cameraRequestFor(b))).toBe(same);
  });

  it('asks with ideals, so that a camera without that mode still opens', () => {
    expect(videoConstraints({ width: 480, height: 360, frameRate: 5 })).toEqual({
      width: { ideal: 480 },
      height: { ideal: 360 },
      frameRate: { ideal: 5 },
    });
  });
});
