// The text model as an extension page runs it: on tfjs's plain JavaScript backend, which needs no wasm
// file or GPU and runs this model (one gather, a mean, a matmul) in about a millisecond. Loaded only
// when the user first submits a line, so a popup that is never typed in never loads tfjs.
import '@tensorflow/tfjs-backend-cpu';
import * as tf from '@tensorflow/tfjs-core';
import { loadTextModel, type TextMoodModel } from './text-model';

let loaded: Promise<TextMoodModel> | null = null;

export function pageTextModel(manifestUrl: string): Promise<TextMoodModel> {
  loaded ??= tf
    .setBackend('cpu')
    .then(() => loadTextModel(manifestUrl, (url) => fetch(url)))
    .catch((error: unknown) => {
      loaded = null; // a later try starts again
      throw error;
    });
  return loaded;
}
