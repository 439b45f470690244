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

export const MODEL_TITLES: Record<ModelId, string> = {
  'emotion-ensemble':
    'Emotune ensemble (default: our Xception, face-api, gear-e2 and Human’s model; calm, posed and in-the-wild faces)',
  'emotion-xception': 'Emotune Xception alone (trained in lab/)',
  'human-emotion': "Human's FER2013 mini-Xception (baseline, 64x64 gray)",
  'face-api': "face-api's expression net (strong on posed faces, 112x112 colour)",
  'gear-e2': 'GEAR e2 mini-Xception (strong on posed faces, 64x64 gray, smallest)',
};

export function isModelId(v: unknown): v is ModelId {
  return typeof v === 'string' && (MODEL_IDS as readonly string[]).includes(v);
}

/** Path of a model's manifest inside the extension. */
export function manifestPath(id: ModelId): string {
  return `models/${id}/manifest.json`;
}

/** The text mood model ("How do you feel?"), which the popup runs (src/text): its manifest's path. */
export const TEXT_MODEL_MANIFEST = 'models/text-mood/manifest.json';
