// One frame in, one Reading out: brightness check, face detection (or the tracked box, core/face-track.ts),
// crop, emotion (or the last scores while the crop looks the same, core/score-reuse.ts).
//
// The skip checks compare grey thumbnails, read from the frame's luma plane (grey-frame.ts) where the
// browser gives it: then the frame is drawn in colour only when a model runs. Otherwise (no WebCodecs
// frame) every frame is drawn on a canvas and the thumbnails are taken from there.
import * as tf from '@tensorflow/tfjs-core';
import type { Scores } from '../core/emotions';
import { type Box, cropRegion, largestBox, squareCrop } from '../core/face-box';
import { createFaceTracker, greyOf, SCENE, THUMB_SIDE } from '../core/face-track';
import { isTooDark, meanGrey } from '../core/frame-quality';
import type { Reading } from '../core/mood';
import { createScoreReuse, scoresAgree } from '../core/score-reuse';
import type { EmotionClassifier } from './classifier';
import type { DetectedFace, FaceDetector } from './face-detector';
import { createGreyReader, type GreyFrame } from './grey-frame';

export interface Pipeline {
  analyse(video: HTMLVideoElement): Promise<Reading>;
}

/** One frame's pixels: grey thumbnails of any region, and the colour frame on `frame` once asked for. */
interface Pixels {
  thumb(region: Box, width: number, height: number): Uint8Array;
  drawn(): void;
}

export function createPipeline(detector: FaceDetector, classifier: EmotionClassifier): Pipeline {
  // A DOM canvas (the camera page has a document): tfjs's fromPixels takes it, OffscreenCanvas it does not type.
  const frame = document.createElement('canvas');
  const frameCtx = frame.getContext('2d', { willReadFrequently: true });
  // Thumbnails when they come from the canvas: one scratch canvas per size (scene 32x24, face 16x16).
  const scratch = new Map<string, OffscreenCanvasRenderingContext2D>();
  if (!frameCtx) throw new Error('no 2D canvas available for camera frames');
  const canvasThumb = (r: Box, width: number, height: number) => {
    const key = `${width}x${height}`;
    let ctx = scratch.get(key);
    if (!ctx) {
      const made = new OffscreenCanvas(width, height).getContext('2d', { willReadFrequently: true });
      if (!made) throw new Error('no 2D canvas available for camera frames');
      // Averaging, not point sampling, when a picture shrinks to a thumbnail: sensor noise then mostly cancels.
      made.imageSmoothingQuality = 'high';
      scratch.set(key, made);
      ctx = made;
    }
    ctx.drawImage(frame, r.x, r.y, r.width, r.height, 0, 0, width, height);
    return greyOf(ctx.getImageData(0, 0, width, height).data);
  };
  const greyReader = createGreyReader();
  // Thumbnails compared across frames must come from the same source: a switch forgets the last ones.
  let source: 'luma' | 'canvas' | null = null;
  const tracker = createFaceTracker<DetectedFace>();
  const lastScores = createScoreReuse<Scores>(THUMB_SIDE, scoresAgree);
  const forget = () => {
    tracker.reset();
    lastScores.reset();
  };
  const pixelsOf = (video: HTMLVideoElement, grey: GreyFrame | null): Pixels => {
    let drawn = false;
    const draw = () => {
      if (drawn) return;
      if (grey) grey.draw(frameCtx);
      else frameCtx.drawImage(video, 0, 0);
      drawn = true;
    };
    if (!grey) draw();
    return { thumb: grey ? grey.thumb : canvasThumb, drawn: draw };
  };
  /** The faces in the frame: the last detection's while the picture looks the same, else the detector's. */
  const findFaces = async (px: Pixels, scene: Uint8Array): Promise<DetectedFace[]> => {
    const region = tracker.region();
    const faceThumb = (r: Box | null) => (r ? px.thumb(r, THUMB_SIDE, THUMB_SIDE) : null);
    const reused = tracker.reuse({ thumb: faceThumb(region), scene });
    if (reused) return reused;
    px.drawn();
    const faces = await detector.detect(frame);
    const box = largestBox(faces)?.box ?? null;
    tracker.detected(faces, box, { thumb: faceThumb(box), scene });
    return faces;
  };

  const analyseFrame = async (at: number, px: Pixels): Promise<Reading> => {
    const whole = { x: 0, y: 0, width: frame.width, height: frame.height };
    const scene = px.thumb(whole, SCENE.width, SCENE.height);
    const luma = meanGrey(scene);
    const perf = { detectMs: 0, classifyMs: 0, tensors: 0 };
    if (isTooDark(luma)) {
      forget();
      return { kind: 'too-dark', at, luma, perf: { ...perf, tensors: tf.memory().numTensors } };
    }

    // Finding the face, with the check whether the last box still holds: "detection" in the figures.
    const t0 = performance.now();
    const faces = await findFaces(px, scene);
    perf.detectMs = performance.now() - t0;
    const face = largestBox(faces);
    if (!face) {
      lastScores.reset();
      return { kind: 'no-face', at, perf: { ...perf, tensors: tf.memory().numTensors } };
    }

    // Classifying, or the check that the crop still looks as it did: "classification" in the figures.
    const t1 = performance.now();
    const box = squareCrop(face.box, classifier.manifest.cropMargin, frame.width, frame.height);
    const cropThumb = px.thumb(box, THUMB_SIDE, THUMB_SIDE);
    const reused = lastScores.reuse(cropThumb, t1);
    if (reused) {
      perf.classifyMs = performance.now() - t1;
      const tensors = tf.memory().numTensors;
      return { kind: 'face', at, scores: reused, faceCount: faces.length, perf: { ...perf, tensors } };
    }
    px.drawn();
    const crop = cropRegion(box, frame.width, frame.height);
    // Only the crop's pixels become a tensor (not the whole frame): the same crop, in its own coordinates.
    const pixels = tf.browser.fromPixels(frameCtx.getImageData(crop.x, crop.y, crop.width, crop.height));
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
  };

  return {
    async analyse(video) {
      const at = Date.now();
      const grey = await greyReader.read(video);
      try {
        // Resizing a canvas reallocates and clears it: only when the camera's size changed (renegotiated),
        // and then the last boxes are in the old size's pixels.
        if (frame.width !== video.videoWidth || frame.height !== video.videoHeight) {
          frame.width = video.videoWidth;
          frame.height = video.videoHeight;
          forget();
        }
        if (source !== (grey ? 'luma' : 'canvas')) forget();
        source = grey ? 'luma' : 'canvas';
        return await analyseFrame(at, pixelsOf(video, grey));
      } finally {
        grey?.close();
      }
    },
  };
}
