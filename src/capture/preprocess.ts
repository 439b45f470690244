// Face crop -> model input. The SAME function runs in the extension and in `npm run eval` (Node),
// so the accuracy measured offline is the accuracy of what users run.
import * as tf from '@tensorflow/tfjs-core';
import { LUMA } from '../core/colour';
import type { Box } from '../core/face-box';
import type { ModelManifest } from '../core/model-manifest';

/** Luma of an RGB(A) batch. RGB as it comes (the colour reader's) is weighted whole: slicing would only copy it. */
function toGrey(pixels: tf.Tensor4D, channels: number): tf.Tensor4D {
  const rgb = channels === 3 ? pixels : tf.slice(pixels, [0, 0, 0, 0], [-1, -1, -1, 3]);
  return tf.sum(tf.mul(rgb, tf.tensor1d([...LUMA])), 3, true);
}

/**
 * `frame` is HxWx1 or HxWx3 with values 0-255; `crop` is a box in its pixels. Returns a 1xSxSxC float
 * tensor normalised as the manifest says. Downscaling goes through a k-times larger bilinear resize and a
 * k x k average, so that a 300 px webcam face is area-averaged like FER2013's 48 px faces, not aliased.
 */
export function preprocessFace(frame: tf.Tensor3D, crop: Box, input: ModelManifest['input']): tf.Tensor4D {
  return tf.tidy(() => {
    const [height, width, channels] = frame.shape;
    const k = Math.max(1, Math.min(4, Math.floor(crop.width / input.size)));
    const side = input.size * k;
    const box = [
      crop.y / Math.max(1, height - 1),
      crop.x / Math.max(1, width - 1),
      (crop.y + crop.height - 1) / Math.max(1, height - 1),
      (crop.x + crop.width - 1) / Math.max(1, width - 1),
    ];
    // Crop first, then convert to gray: both are linear, so the order does not change the result, and
    // converting a side x side crop is far cheaper than converting the whole 640x480 frame.
    const resized = tf.image.cropAndResize(tf.expandDims(frame, 0) as tf.Tensor4D, [box], [0], [side, side]);
    let face: tf.Tensor4D = channels === 1 ? resized : toGrey(resized, channels);
    if (k > 1) face = tf.avgPool(face, k, k, 'valid');
    const normalised = tf.div(tf.sub(tf.div(face, 255), input.mean), input.std) as tf.Tensor4D;
    // Grey into three equal channels: a broadcast multiply by ones, which wasm runs natively. Its Concat
    // on the last axis copies element by element in JavaScript (2.8 ms for 112 x 112, against 0.05 ms),
    // and its Tile was dearer still (docs/performance.md, eighth round).
    return input.channels === 3 ? (tf.mul(normalised, tf.ones([1, 1, 1, 3])) as tf.Tensor4D) : normalised;
  });
}
