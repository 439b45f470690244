/**
 * The models the extension ships (one folder each under models/). The first is the default: our
 * transfer-learned Xception from lab/. Human's FER2013 mini-Xception stays selectable as the baseline.
 */
export const MODEL_IDS = ['emotion-xception', 'human-emotion'] as const;

export type ModelId = (typeof MODEL_IDS)[number];

export const MODEL_TITLES: Record<ModelId, string> = {
  'emotion-xception': 'Emotune Xception (default, trained in lab/)',
  'human-emotion': "Human's FER2013 mini-Xception (baseline, 64x64 gray)",
};

export function isModelId(v: unknown): v is ModelId {
  return typeof v === 'string' && (MODEL_IDS as readonly string[]).includes(v);
}

/** Path of a model's manifest inside the extension. */
export function manifestPath(id: ModelId): string {
  return `models/${id}/manifest.json`;
}
