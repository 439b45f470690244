// The camera page's models: the face detector (one per page, since the tfjs backend is fixed once set up)
// and the emotion classifier (swapped when the model changes), loaded one load at a time. On a backend
// other than the reference (wasm), each model must first read the probe face as wasm did
// (backend-check.ts); a backend that does not, or that throws on the way, is dropped for wasm for the
// rest of the page's life, and `refused` names it for the reports.
import * as tf from '@tensorflow/tfjs-core';
import { type BackendName, pickBackend } from '../core/backend-choice';
import { errorLine } from '../core/message';
import { needsCheck, type ProbeVerdict, REFERENCE_BACKEND } from '../core/probe';
import { createSerial } from '../core/serial';
import { type ModelId, manifestPath } from '../shared/models';
import type { CaptureOptions } from '../shared/protocol';
import { checkBackend, glRenderer } from './backend-check';
import { createClassifier, type EmotionClassifier } from './classifier';
import { createFaceDetector, type FaceDetector } from './face-detector';
import { createPipeline, type Pipeline } from './pipeline';

export interface ModelLoader {
  /**
   * A pipeline with the models these options ask for. `stillHere` is called before a backend check and
   * before a fallback reloads the models, so that the background's watchdog hears from a page that is
   * busy, not stuck.
   */
  load(o: CaptureOptions, stillHere: () => Promise<void>): Promise<Pipeline>;
  /** The backend that failed its check (the page now runs on wasm), or null. */
  readonly refused: string | null;
}

export function createModelLoader(extensionUrl: (path: string) => string): ModelLoader {
  let detector: FaceDetector | null = null;
  let classifier: { id: ModelId; model: EmotionClassifier } | null = null;
  // The model this page's backend has read the probe right with: a new model is checked again.
  let checkedModel: ModelId | null = null;
  let refused: string | null = null;
  // Model loads run one at a time: a start and a configure that overlap must not both load (and one leak)
  // a classifier. No time limit: a slow load is still the one that will be used.
  const serial = createSerial();

  const detectorOn = (backend: BackendName) =>
    createFaceDetector({
      backend,
      modelBaseUrl: extensionUrl('models/blazeface/'),
      wasmBaseUrl: extensionUrl('wasm/'),
    });

  const firstDetector = async (o: CaptureOptions): Promise<FaceDetector> => {
    // The WASM threaded build spawns blob: workers, which the extension CSP forbids; without this flag
    // tf.setBackend('wasm') hangs forever in an extension page.
    tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
    // Creating a GL context only to read its renderer's name: only when `auto` needs it.
    const backend = pickBackend(o.backend, o.backend === 'auto' ? glRenderer() : null);
    if (backend === REFERENCE_BACKEND) return detectorOn(backend);
    try {
      return await detectorOn(backend);
    } catch (error) {
      const d = await detectorOn(REFERENCE_BACKEND);
      refuse(backend, { ok: false, why: 'error', detail: errorLine(error) });
      return d;
    }
  };

  const useClassifier = async (id: ModelId): Promise<EmotionClassifier> => {
    if (classifier?.id !== id) {
      classifier?.model.dispose();
      classifier = null;
      const model = createClassifier(extensionUrl(manifestPath(id)));
      await model.load();
      classifier = { id, model };
    }
    return classifier.model;
  };

  /** The check's verdict; a load or a check that throws (a lost GL context, a failed compile) fails it. */
  const check = async (d: FaceDetector, id: ModelId): Promise<ProbeVerdict> => {
    try {
      return await checkBackend(d, await useClassifier(id), id, extensionUrl('models/probe/'));
    } catch (error) {
      return { ok: false, why: 'error', detail: errorLine(error) };
    }
  };

  /** Called once the page runs on wasm, so that a refusal is never reported while it is not. */
  const refuse = (backend: string, verdict: ProbeVerdict) => {
    console.warn(`[emotune] ${backend} did not pass the probe check, using ${REFERENCE_BACKEND}:`, verdict);
    refused = backend;
  };

  const loadNow = async (o: CaptureOptions, stillHere: () => Promise<void>): Promise<Pipeline> => {
    detector ??= await firstDetector(o);
    if (needsCheck(detector.backend, checkedModel, o.modelId)) {
      // The check, and a fallback after it, can take long on a slow GPU: the watchdog hears first.
      await stillHere();
      const verdict = await check(detector, o.modelId);
      if (verdict.ok) checkedModel = o.modelId;
      else {
        const failed = detector.backend;
        await stillHere();
        // The classifier is loaded afresh on wasm below, not moved: it is the part found wrong.
        classifier?.model.dispose();
        classifier = null;
        await detector.useBackend(REFERENCE_BACKEND);
        refuse(failed, verdict);
      }
    }
    return createPipeline(detector, await useClassifier(o.modelId));
  };

  return {
    load: (o, stillHere) => serial(() => loadNow(o, stillHere)),
    get refused() {
      return refused;
    },
  };
}
