// Face crop -> model input. The SAME function runs in the extension and in `npm run eval` (Node),
// so the accuracy measured offline is the accuracy of what users run.
import * as tf from '@tensorflow/tfjs-core';
import type { Box } from '../core/face-box';
import type { ModelManifest } from '../core/model-manifest';

/** ITU-R BT.601 luma: FER2013 faces are grayscale, so colour frames are converted the usual way. */
const LUMA = [0.299, 0.587, 0.114];

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
    // RGB as it comes (the frame reader's three channels) is weighted whole: slicing it would only copy it.
    const rgb = channels === 3 ? resized : tf.slice(resized, [0, 0, 0, 0], [-1, -1, -1, 3]);
    let face: tf.Tensor4D = channels === 1 ? resized : tf.sum(tf.mul(rgb, tf.tensor1d(LUMA)), 3, true);
    if (k > 1) face = tf.avgPool(face, k, k, 'valid');
    const normalised = tf.div(tf.sub(tf.div(face, 255), input.mean), input.std) as tf.Tensor4D;
    // Grey into three equal channels: a concat, which wasm runs natively (its Tile is three times dearer).
    return input.channels === 3
      ? (tf.concat([normalised, normalised, normalised], 3) as tf.Tensor4D)
      : normalised;
  });
}
