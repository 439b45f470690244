// One frame in, one Reading out: brightness check, face detection, crop, emotion.
import * as tf from '@tensorflow/tfjs-core';
import { largestBox, squareCrop } from '../core/face-box';
import { isTooDark, meanLuma } from '../core/frame-quality';
import type { Reading } from '../core/mood';
import type { EmotionClassifier } from './classifier';
import type { FaceDetector } from './face-detector';

export interface Pipeline {
  analyse(video: HTMLVideoElement): Promise<Reading>;
}

/** Brightness needs only a thumbnail: 32x24 pixels average the same as 640x480 do. */
const THUMB = { width: 32, height: 24 };

export function createPipeline(detector: FaceDetector, classifier: EmotionClassifier): Pipeline {
  // A DOM canvas (the camera page has a document): tfjs's fromPixels takes it, OffscreenCanvas it does not type.
  const frame = document.createElement('canvas');
  const frameCtx = frame.getContext('2d', { willReadFrequently: true });
  const thumb = new OffscreenCanvas(THUMB.width, THUMB.height);
  const thumbCtx = thumb.getContext('2d', { willReadFrequently: true });
  if (!frameCtx || !thumbCtx) throw new Error('no 2D canvas available for camera frames');

  return {
    async analyse(video) {
      const at = Date.now();
      frame.width = video.videoWidth;
      frame.height = video.videoHeight;
      frameCtx.drawImage(video, 0, 0);
      thumbCtx.drawImage(frame, 0, 0, THUMB.width, THUMB.height);
      const luma = meanLuma(thumbCtx.getImageData(0, 0, THUMB.width, THUMB.height).data);
      const perf = { detectMs: 0, classifyMs: 0, tensors: 0 };
      if (isTooDark(luma))
        return { kind: 'too-dark', at, luma, perf: { ...perf, tensors: tf.memory().numTensors } };

      const t0 = performance.now();
      const faces = await detector.detect(frame);
      perf.detectMs = performance.now() - t0;
      const face = largestBox(faces);
      if (!face) return { kind: 'no-face', at, perf: { ...perf, tensors: tf.memory().numTensors } };

      const t1 = performance.now();
      const box = squareCrop(face.box, classifier.manifest.cropMargin, frame.width, frame.height);
      const pixels = tf.browser.fromPixels(frame);
      try {
        const scores = await classifier.classify({ frame: pixels, box });
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

/** Reads the WebGL renderer, so that `auto` can tell a real GPU from a software rasteriser. */
export function glRenderer(): string | null {
  const gl = new OffscreenCanvas(1, 1).getContext('webgl2') ?? new OffscreenCanvas(1, 1).getContext('webgl');
  if (!gl) return null;
  const info = gl.getExtension('WEBGL_debug_renderer_info');
  return String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
}
