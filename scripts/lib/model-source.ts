// Names a model the way every Node script accepts it: a shipped model's id (models/<id>), the path of a
// model folder (a candidate export before it ships), or `face-api` (its expression model, written to a
// scratch folder as a graph model so that it runs through the extension's own classifier).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { modelIdDef } from '../../src/shared/settings';
import { writeFaceApiExpressionModel } from './face-api-model';
import { MODELS, modelManifestUrl } from './node-tf';

/** The extension's default classifier: what a script measures when no model is named. */
export const DEFAULT_MODEL_ID: string = modelIdDef.defaultValue;

export function manifestUrlFor(name: string, scratch: string): string {
  if (name === 'face-api') return pathToFileURL(writeFaceApiExpressionModel(join(scratch, 'face-api'))).href;
  return modelManifestUrl(name.includes('/') ? name : join(MODELS, name));
}

/** A temporary folder for models written on the fly, removed when done. */
export function scratchDir(): { path: string; remove(): void } {
  const path = mkdtempSync(join(tmpdir(), 'emotune-model-'));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}
