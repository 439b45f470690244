// Names a model the way every Node script accepts it: a shipped model's id (models/<id>, face-api's
// expression net among them) or the path of a model folder (a candidate export before it ships).
import { join } from 'node:path';
import { modelIdDef } from '../../src/shared/settings';
import { MODELS, modelManifestUrl } from './node-tf';

/** The extension's default classifier: what a script measures when no model is named. */
export const DEFAULT_MODEL_ID: string = modelIdDef.defaultValue;

export function manifestUrlFor(name: string): string {
  return modelManifestUrl(name.includes('/') ? name : join(MODELS, name));
}
