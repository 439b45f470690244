// The frame's pixels as tensors: the detector's whole frame in colour, the classifier's crop in grey.
// On wasm, tf.browser.fromPixels allocates a fresh Int32Array for every call (2 MB for a 480 x 360
// frame) and fills it: 9.3 ms of a detection's ~18 ms in a plain page on this machine, nearly all of it
// the allocation. The same loop into a buffer kept across frames takes a fraction of that, with the same
// values (docs/performance.md, fifth round).
import * as tf from '@tensorflow/tfjs-core';
import { lumaOfRgba } from '../core/colour';
import type { FramePixels, Region } from './frame-pixels';

/** Reads the frame, or a region of it, as a [height, width, channels] tensor. */
export type PixelReader = (frame: FramePixels, region?: Region) => tf.Tensor3D;

/**
 * Only wasm copies a new tensor's values into its own memory at once. The cpu backend keeps the array
 * itself and the GPU backends upload it later, so a buffer reused under them would change their tensor.
 */
const copiesAtOnce = () => tf.getBackend() === 'wasm';

/** The RGB, int32 [height, width, 3]: the detector's frame. */
export function createPixelReader(): PixelReader {
  let buffer = new Int32Array(0);
  return (frame, region) => {
    // The GPU backends read a canvas faster with their own FromPixels kernel.
    if (!copiesAtOnce()) {
      if (!region) return tf.browser.fromPixels(frame.canvas);
      const context = frame.canvas.getContext('2d', { willReadFrequently: true });
      if (!context) throw new Error('no 2D context on the frame canvas');
      return tf.browser.fromPixels(context.getImageData(region.x, region.y, region.width, region.height));
    }
    const { data, width, height, offset, stride } = frame.rgba(region);
    // Grown, never shrunk: a face's crop changes size by a pixel from frame to frame.
    if (buffer.length < width * height * 3) buffer = new Int32Array(width * height * 3);
    const values = buffer.subarray(0, width * height * 3);
    let j = 0;
    for (let row = 0; row < height; row++) {
      const end = offset + row * stride + width * 4;
      for (let i = offset + row * stride; i < end; i += 4, j += 3) {
        values[j] = data[i] as number;
        values[j + 1] = data[i + 1] as number;
        values[j + 2] = data[i + 2] as number;
      }
    }
    return tf.tensor3d(values, [height, width, 3], 'int32');
  };
}

/**
 * The luma, float32 [height, width, 1]: the classifier's crop. Every model takes grey, and converting
 * here, in the loop that copies the pixels anyway, spares the backend a three-channel resize and a
 * multiply per model input (docs/performance.md, eighth round).
 */
export function createGreyReader(): PixelReader {
  let buffer = new Float32Array(0);
  return (frame, region) => {
    const { data, width, height, offset, stride } = frame.rgba(region);
    const pixels = width * height;
    if (!copiesAtOnce()) buffer = new Float32Array(pixels);
    else if (buffer.length < pixels) buffer = new Float32Array(pixels);
    for (let row = 0; row < height; row++) {
      const start = offset + row * stride;
      lumaOfRgba(
        data.subarray(start, start + width * 4),
        width,
        buffer.subarray(row * width, (row + 1) * width),
      );
    }
    return tf.tensor3d(buffer.subarray(0, pixels), [height, width, 1], 'float32');
  };
}
