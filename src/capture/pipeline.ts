// One frame in, one Reading out: brightness check, face detection (or the tracked box, core/face-track.ts),
// crop, emotion (or the last scores while the crop looks the same, core/score-reuse.ts).
import * as tf from '@tensorflow/tfjs-core';
import type { Scores } from '../core/emotions';
import { type Box, cropRegion, largestBox, squareCrop } from '../core/face-box';
import { createFaceTracker, greyOf, SCENE, THUMB_SIDE } from '../core/face-track';
import { isTooDark, meanLuma } from '../core/frame-quality';
import type { Reading } from '../core/mood';
import { createScoreReuse, scoresAgree } from '../core/score-reuse';
import type { EmotionClassifier } from './classifier';
import type { DetectedFace, FaceDetector } from './face-detector';
import { createFrameCanvas, type FrameSource } from './frame-pixels';
import { createGreyReader } from './pixels';

export interface Pipeline {
  analyse(source: FrameSource): Promise<Reading>;
}

export function createPipeline(detector: FaceDetector, classifier: EmotionClassifier): Pipeline {
  const frame = createFrameCanvas();
  // The whole frame, 32x24: brightness (it averages the same as 480x360 does) and the tracker's scene.
  const thumb = new OffscreenCanvas(SCENE.width, SCENE.height);
  const thumbCtx = thumb.getContext('2d', { willReadFrequently: true });
  // The face region, small and grey, to tell a still face (reuse its box) from a moved one (detect).
  const faceThumb = new OffscreenCanvas(THUMB_SIDE, THUMB_SIDE);
  const faceThumbCtx = faceThumb.getContext('2d', { willReadFrequently: true });
  if (!thumbCtx || !faceThumbCtx) throw new Error('no 2D canvas available for camera frames');
  // Averaging, not point sampling, when the face region shrinks to 16x16: sensor noise then mostly cancels.
  // The scene thumbnail keeps the default: its 4x4 blocks average the noise (face-track.ts), and
  // smoothing the whole frame down costs on every frame.
  faceThumbCtx.imageSmoothingQuality = 'high';
  const readGrey = createGreyReader();
  const tracker = createFaceTracker<DetectedFace>();
  const lastScores = createScoreReuse<Scores>(THUMB_SIDE, scoresAgree);
  const forget = () => {
    tracker.reset();
    lastScores.reset();
  };
  const thumbOf = (r: Box) => {
    faceThumbCtx.drawImage(frame.canvas, r.x, r.y, r.width, r.height, 0, 0, THUMB_SIDE, THUMB_SIDE);
    return greyOf(faceThumbCtx.getImageData(0, 0, THUMB_SIDE, THUMB_SIDE).data);
  };
  /** The faces in the frame: the last detection's while the face region looks the same, else the detector's. */
  const findFaces = async (scene: Uint8Array): Promise<DetectedFace[]> => {
    const region = tracker.region();
    const reused = tracker.reuse({ thumb: region ? thumbOf(region) : null, scene });
    if (reused) return reused;
    const faces = await detector.detect(frame);
    const box = largestBox(faces)?.box ?? null;
    tracker.detected(faces, box, { thumb: box ? thumbOf(box) : null, scene });
    return faces;
  };

  return {
    async analyse(source) {
      const at = Date.now();
      const perf = { readMs: 0, detectMs: 0, classifyMs: 0, tensors: 0 };
      const t = performance.now();
      const { width, height } = frame.canvas;
      await frame.draw(source);
      // The camera's size changed (renegotiated): the last boxes are in the old size's pixels.
      if (frame.canvas.width !== width || frame.canvas.height !== height) forget();
      thumbCtx.drawImage(frame.canvas, 0, 0, SCENE.width, SCENE.height);
      // The canvas draws when it is read: reading the thumbnail is what the frame's draw costs.
      const small = thumbCtx.getImageData(0, 0, SCENE.width, SCENE.height).data;
      perf.readMs = performance.now() - t;
      const luma = meanLuma(small);
      if (isTooDark(luma)) {
        forget();
        return { kind: 'too-dark', at, luma, perf: { ...perf, tensors: tf.memory().numTensors } };
      }

      // Finding the face, with the check whether the last box still holds: "detection" in the figures.
      const t0 = performance.now();
      const faces = await findFaces(greyOf(small));
      perf.detectMs = performance.now() - t0;
      const face = largestBox(faces);
      if (!face) {
        lastScores.reset();
        return { kind: 'no-face', at, perf: { ...perf, tensors: tf.memory().numTensors } };
      }

      // Classifying, or the check that the crop still looks as it did: "classification" in the figures.
      const t1 = performance.now();
      const box = squareCrop(
        face.box,
        classifier.manifest.cropMargin,
        frame.canvas.width,
        frame.canvas.height,
      );
      const cropThumb = thumbOf(box);
      const reused = lastScores.reuse(cropThumb, t1);
      if (reused) {
        perf.classifyMs = performance.now() - t1;
        const tensors = tf.memory().numTensors;
        return { kind: 'face', at, scores: reused, faceCount: faces.length, perf: { ...perf, tensors } };
      }
      const crop = cropRegion(box, frame.canvas.width, frame.canvas.height);
      // Only the crop's pixels become a tensor (not the whole frame), in grey as every model takes them:
      // the same crop, in its own coordinates.
      const pixels = readGrey(frame, crop);
      try {
        const inCrop = { ...box, x: box.x - crop.x, y: box.y - crop.y };
        const scores = await classifier.classify({ frame: pixels, box: inCrop });
        lastScores.classified(scores, cropThumb, t1);
        perf.classifyMs = performance.now() - t1;
        return { kind: 'face', at, scores, faceCount: faces.length, perf };
      } finally {
        // Runs before the reading is handed back, so the count includes this frame's clean-up.
        pixels.dispose();
        perf.tensors = tf.memory().numTensors;
      }
    },
  };
}
