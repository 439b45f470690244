// Runs the extension's own model code in Node: tfjs's wasm backend (tfjs-node cannot be installed
// here) and a fetch that reads the extension's files from disk.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import * as tf from '@tensorflow/tfjs-core';

const ROOT = join(import.meta.dirname, '..', '..');

export async function initNodeBackend(backend: 'wasm' | 'cpu' = 'wasm'): Promise<string> {
  if (backend === 'cpu') await import('@tensorflow/tfjs-backend-cpu');
  else setWasmPaths(`${join(ROOT, 'node_modules/@tensorflow/tfjs-backend-wasm/dist')}/`);
  await tf.setBackend(backend);
  await tf.ready();
  return tf.getBackend();
}

/** fetch() for file: URLs, which Node's own fetch refuses. */
export async function fileFetch(url: string): Promise<Response> {
  try {
    return new Response(readFileSync(fileURLToPath(url)));
  } catch {
    return new Response(null, { status: 404 });
  }
}

export function modelManifestUrl(dir: string): string {
  return pathToFileURL(join(dir, 'manifest.json')).href;
}

export const MODELS = join(ROOT, 'models');
