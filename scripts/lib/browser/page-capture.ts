// The page bundle's entry (page-bundle.ts): the capture code as the extension runs it, for a plain page.
import * as tf from '@tensorflow/tfjs-core';
import { checkBackend, loadProbe, probeScores } from '../../../src/capture/backend-check';
import { createClassifier } from '../../../src/capture/classifier';
import { createFaceDetector } from '../../../src/capture/face-detector';
import { createFrameFeed } from '../../../src/capture/frame-feed';
import { createFrameCanvas } from '../../../src/capture/frame-pixels';
import { createGreyReader, createPixelReader } from '../../../src/capture/pixels';

export {
  checkBackend,
  createClassifier,
  createFaceDetector,
  createFrameCanvas,
  createFrameFeed,
  createGreyReader,
  createPixelReader,
  loadProbe,
  probeScores,
  tf,
};
