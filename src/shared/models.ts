/**
 * The models the extension ships (one folder each under models/). The first is the default: the
 * ensemble of our Xception from lab/, face-api's expression net, gear-e2 and Human's FER2013 mini-Xception,
 * prior-corrected (its manifest and the model card say how it was chosen). Each member stays selectable alone.
 */
export const MODEL_IDS = [
  'emotion-ensemble',
  'emotion-xception',
  'human-emotion',
  'face-api',
  'gear-e2',
] as const;

export type ModelId = (typeof MODEL_IDS)[number];

export function isModelId(v: unknown): v is ModelId {
  return typeof v === 'string' && (MODEL_IDS as readonly string[]).includes(v);
}

/** Path of a model's manifest inside the extension. */
export function manifestPath(id: ModelId): string {
  return `models/${id}/manifest.json`;
}

/** The text mood model ("How do you feel?"), which the popup runs (src/text): its manifest's path. */
export const TEXT_MODEL_MANIFEST = 'models/text-mood/manifest.json';
