// Face detection with Human's BlazeFace, nothing else of Human: we only need boxes, and every other
// model Human could run costs time on each frame.
import * as tf from '@tensorflow/tfjs-core';
import { Human } from '@vladmandic/human';
import type { BackendName } from '../core/backend-choice';
import type { Box } from '../core/face-box';
import type { FramePixels } from './frame-pixels';
import { createPixelReader } from './pixels';

export interface DetectedFace {
  box: Box;
  score: number;
}

export interface FaceDetector {
  /** The tfjs backend in use now. */
  readonly backend: string;
  /**
   * Moves the one tfjs engine to another backend (the backend check's fallback). Human's init sets it up
   * (wasm paths, flags); the detector's weights move over on their next use, without a reload.
   */
  useBackend(backend: BackendName): Promise<void>;
  detect(frame: FramePixels): Promise<DetectedFace[]>;
  dispose(): void;
}

/**
 * `modelBaseUrl` holds the detector's manifest.json (which names its model file); `wasmBaseUrl` holds
 * tfjs's .wasm files. Both point inside the extension so that nothing is fetched from the network.
 */
export async function createFaceDetector(opts: {
  backend: BackendName;
  modelBaseUrl: string;
  wasmBaseUrl: string;
}): Promise<FaceDetector> {
  const manifestUrl = new URL('manifest.json', opts.modelBaseUrl).href;
  const response = await fetch(manifestUrl);
  if (!response.ok) throw new Error(`face detector manifest ${manifestUrl}: HTTP ${response.status}`);
  const { modelFile } = (await response.json()) as { modelFile?: unknown };
  if (typeof modelFile !== 'string') throw new Error(`face detector manifest ${manifestUrl}: no modelFile`);
  const human = new Human({
    backend: opts.backend,
    modelBasePath: opts.modelBaseUrl,
    wasmPath: opts.wasmBaseUrl,
    debug: false,
    async: true,
    warmup: 'none',
    cacheSensitivity: 0,
    // Human's backend setup (each init) turns on WEBGL_USE_SHAPES_UNIFORMS for fewer shader compiles: a
    // flag of the one tfjs engine that the classifier shares. With it, a reduction shader compiled for
    // BlazeFace was reused for the classifier's luma sum with other shapes and summed wrong values: the
    // smiling fixture read angry 51 % on webgl (docs/performance.md, fourth round, "The cause"; tfjs
    // issues 6478, 6822 and 7430 are the same class of fault on real GPUs). Human applies these flags
    // after its own. Off, each shader is keyed by its shapes, as tfjs does by default.
    flags: { WEBGL_USE_SHAPES_UNIFORMS: false },
    filter: { enabled: false },
    face: {
      enabled: true,
      detector: {
        modelPath: modelFile,
        rotation: false,
        maxDetected: 5,
        // Measured on the e2e frames: a bare staircase scores a "face" at 0.5-0.7, while the real faces
        // (one close, four small ones in a group) all pass 0.7 and some fail 0.85.
        minConfidence: 0.7,
        // The raw detector box: our crop margin comes from each emotion model's manifest.
        scale: 1,
        square: false,
        return: false,
      },
      mesh: { enabled: false },
      iris: { enabled: false },
      attention: { enabled: false },
      description: { enabled: false },
      emotion: { enabled: false },
      antispoof: { enabled: false },
      liveness: { enabled: false },
      gear: { enabled: false },
    },
    body: { enabled: false },
    hand: { enabled: false },
    object: { enabled: false },
    gesture: { enabled: false },
    segmentation: { enabled: false },
  });
  // Human only logs a backend it could not set up, and tfjs then takes another (even its slow cpu one):
  // fail here instead, so that the caller can fall back on purpose and say so.
  const setUp = async (backend: BackendName) => {
    human.config.backend = backend;
    await human.init();
    const now = human.tf.getBackend();
    if (now !== backend) throw new Error(`tfjs backend ${backend} could not be set up (got ${now})`);
  };
  await setUp(opts.backend);
  await human.load();
  const read = createPixelReader();
  return {
    get backend() {
      return human.tf.getBackend() as string;
    },
    useBackend: setUp,
    async detect(frame) {
      // The frame as a tensor, not the canvas: Human then skips copying it onto canvases of its own, ~15 %
      // of a detection on wasm with the same boxes and scores (docs/performance.md, fourth round).
      const input = tf.tidy(() => tf.expandDims(read(frame), 0));
      let result: Awaited<ReturnType<typeof human.detect>>;
      try {
        result = await human.detect(input);
      } finally {
        input.dispose();
      }
      if (result.error) throw new Error(`face detection failed: ${result.error}`);
      return result.face.map((f) => ({
        box: { x: f.box[0], y: f.box[1], width: f.box[2], height: f.box[3] },
        score: f.boxScore,
      }));
    },
    dispose() {
      for (const model of Object.values(human.models.models)) model?.dispose();
    },
  };
}
