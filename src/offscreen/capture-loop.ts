// The camera loop: owns the stream, the models and the timer. Used by Chrome's offscreen document and
// by Firefox's visible camera page alike; it talks to the outside only through `report`.
import * as tf from '@tensorflow/tfjs-core';
import { pickBackend } from '../core/backend-choice';
import type { CameraEvent, Reading } from '../core/mood';
import { type ModelId, manifestPath } from '../shared/models';
import type { CaptureOptions } from '../shared/protocol';
import { closeCamera, openCamera } from './camera';
import { createClassifier, type EmotionClassifier } from './classifier';
import { createFaceDetector, type FaceDetector } from './face-detector';
import { createPipeline, glRenderer, type Pipeline } from './pipeline';

export interface Reporter {
  reading(r: Reading): Promise<void>;
  state(e: CameraEvent): Promise<void>;
}

export interface CaptureLoop {
  start(options: CaptureOptions): Promise<void>;
  stop(): Promise<{ trackState: string }>;
}

export function createCaptureLoop(report: Reporter, extensionUrl: (path: string) => string): CaptureLoop {
  let stream: MediaStream | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let detector: FaceDetector | null = null;
  let classifier: { id: ModelId; model: EmotionClassifier } | null = null;
  // Bumped on every start/stop so that a frame still in flight from an old run reports nothing.
  let generation = 0;

  const loadModels = async (o: CaptureOptions) => {
    if (!detector) {
      // The WASM threaded build spawns blob: workers, which the extension CSP forbids; without this flag
      // tf.setBackend('wasm') hangs forever in an extension page.
      tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
      detector = await createFaceDetector({
        backend: pickBackend(o.backend, glRenderer()),
        modelBaseUrl: extensionUrl('models/blazeface/'),
        wasmBaseUrl: extensionUrl('wasm/'),
      });
    }
    if (classifier?.id !== o.modelId) {
      classifier?.model.dispose();
      classifier = null;
      const model = createClassifier(extensionUrl(manifestPath(o.modelId)));
      await model.load();
      classifier = { id: o.modelId, model };
    }
    return createPipeline(detector, classifier.model);
  };

  const schedule = (run: number, pipeline: Pipeline, video: HTMLVideoElement, intervalMs: number) => {
    const tick = async () => {
      const started = performance.now();
      try {
        const reading = await pipeline.analyse(video);
        if (run === generation) await report.reading(reading);
      } catch (error) {
        if (run === generation) await report.state({ state: 'error', detail: messageOf(error) });
      }
      // Self-scheduling instead of setInterval: a slow frame delays the next one, frames never overlap.
      if (run === generation)
        timer = setTimeout(tick, Math.max(0, intervalMs - (performance.now() - started)));
    };
    timer = setTimeout(tick, 0);
  };

  const halt = () => {
    generation++;
    if (timer) clearTimeout(timer);
    timer = null;
    const trackState = closeCamera(stream);
    stream = null;
    return trackState;
  };

  return {
    async start(options) {
      halt();
      const run = generation;
      await report.state({ state: 'starting' });
      const camera = await openCamera();
      if (run !== generation) return void closeCamera(camera.ok ? camera.stream : null);
      if (!camera.ok) return report.state({ state: camera.state, detail: camera.detail });
      stream = camera.stream;
      camera.stream.getVideoTracks()[0]?.addEventListener('ended', () => {
        if (run !== generation) return;
        halt();
        void report.state({
          state: 'no-camera',
          detail: 'The camera stopped: unplugged, or taken by another app.',
        });
      });
      let pipeline: Pipeline;
      try {
        pipeline = await loadModels(options);
      } catch (error) {
        halt();
        return report.state({ state: 'error', detail: `Could not load the models: ${messageOf(error)}` });
      }
      if (run !== generation) return;
      await report.state({ state: 'running', backend: tf.getBackend(), model: options.modelId });
      schedule(run, pipeline, camera.video, options.intervalMs);
    },
    async stop() {
      const trackState = halt();
      await report.state({ state: 'off' });
      return { trackState };
    },
  };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
