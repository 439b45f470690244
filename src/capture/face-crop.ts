// What every classifier is given, in a leaf file that the classifier and its graph models both import
// (so neither imports the other for a type): the face to classify, and the fetch that loads model files.
import type * as tf from '@tensorflow/tfjs-core';
import type { Box } from '../core/face-box';

/** A face to classify: the frame it is in (HxWxC, 0-255) and the square crop around it. */
export interface FaceCrop {
  frame: tf.Tensor3D;
  box: Box;
}

export type FetchLike = (url: string) => Promise<Response>;
