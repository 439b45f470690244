// A canvas's pixels as a tensor, the same as tf.browser.fromPixels gives, without its cost on wasm.
// There, fromPixels allocates a fresh Int32Array for every call (2 MB for a 480 x 360 frame) and fills
// it: 9.3 ms of a detection's ~18 ms in a plain page on this machine, nearly all of it the allocation.
// The same loop into a buffer kept across frames takes 2.5 ms, getImageData included, with the same
// values (docs/performance.md, fifth round).
import * as tf from '@tensorflow/tfjs-core';

export interface Region {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Reads a canvas, or a region of it, as an int32 [height, width, 3] tensor of its RGB. */
export type PixelReader = (canvas: HTMLCanvasElement, region?: Region) => tf.Tensor3D;

export function createPixelReader(): PixelReader {
  let buffer = new Int32Array(0);
  return (canvas, region) => {
    const r = region ?? { x: 0, y: 0, width: canvas.width, height: canvas.height };
    // The frame canvas is made with willReadFrequently, so this is a copy from memory, not a GPU read.
    const context = canvas.getContext('2d', { willReadFrequently: true });
    if (!context) throw new Error('no 2D context on the frame canvas');
    // Only wasm copies a new tensor's values into its own memory at once. The cpu backend keeps the
    // array itself and the GPU backends upload it later, so a reused buffer would change under them;
    // the GPU backends also read a canvas faster with their own FromPixels kernel.
    if (tf.getBackend() !== 'wasm')
      return tf.browser.fromPixels(region ? context.getImageData(r.x, r.y, r.width, r.height) : canvas);
    const image = context.getImageData(r.x, r.y, r.width, r.height);
    const rgba = image.data;
    const pixels = image.width * image.height;
    // Grown, never shrunk: a face's crop changes size by a pixel from frame to frame.
    if (buffer.length < pixels * 3) buffer = new Int32Array(pixels * 3);
    const values = buffer.subarray(0, pixels * 3);
    for (let i = 0, j = 0; i < pixels * 4; i += 4, j += 3) {
      values[j] = rgba[i] as number;
      values[j + 1] = rgba[i + 1] as number;
      values[j + 2] = rgba[i + 2] as number;
    }
    return tf.tensor3d(values, [image.height, image.width, 3], 'int32');
  };
}
