import { type ClassOffsets, parseOffsets } from './calibration';
import { EMOTIONS, type Emotion, isEmotion } from './emotions';

/**
 * What the extension needs to know to run a model, read from models/<id>/manifest.json. Everything
 * that differs between models (label order, input size, normalisation, crop) lives here, so code never
 * guesses it.
 */
export interface ModelManifest {
  id: string;
  title: string;
  format: 'graph-model';
  /** tfjs model.json, relative to the manifest. */
  modelFile: string;
  /** Output index i is the score of labels[i]. */
  labels: Emotion[];
  input: {
    /** Square input side in pixels. */
    size: number;
    /** 1 = grayscale; 3 = grayscale repeated in three channels (FER2013 is gray). */
    channels: 1 | 3;
    /** Per-channel normalisation of pixels scaled to 0-1: (x - mean) / std. */
    mean: number;
    std: number;
  };
  /** `probabilities` if the graph ends in softmax, else `logits`. */
  output: 'probabilities' | 'logits';
  /** Extra crop around the detected face box, as a fraction of its side on each side. */
  cropMargin: number;
  /** Average the scores of the face and its mirror image (one batch of two): measured gain in the card. */
  flipTta?: boolean;
  /**
   * Log-prior offsets by emotion, applied to the output (src/core/calibration.ts): chosen in lab/ on the
   * selection splits to correct a training set's class priors (FER2013 reads many calm faces as sad).
   */
  classBias?: ClassOffsets;
  files: Record<string, { bytes: number; sha256: string }>;
  source: string;
  license: string;
  metrics?: Record<string, unknown>;
}

/** Validates a parsed manifest.json; throws an Error that names the first problem. */
export function parseModelManifest(raw: unknown): ModelManifest {
  const fail = (why: string): never => {
    throw new Error(`invalid model manifest: ${why}`);
  };
  if (!raw || typeof raw !== 'object') fail('not an object');
  const m = raw as Record<string, unknown>;
  for (const key of ['id', 'title', 'modelFile', 'source', 'license'] as const) {
    if (typeof m[key] !== 'string' || m[key] === '') fail(`${key} must be a non-empty string`);
  }
  if (m.format !== 'graph-model') fail('format must be graph-model');
  const labels = m.labels;
  if (!Array.isArray(labels) || labels.length !== EMOTIONS.length || !labels.every(isEmotion)) {
    fail(`labels must list the ${EMOTIONS.length} emotions`);
  }
  if (new Set(labels as string[]).size !== EMOTIONS.length) fail('labels must not repeat');
  const input = m.input as Record<string, unknown> | undefined;
  if (!input || typeof input !== 'object') fail('input missing');
  const size = input?.size;
  if (typeof size !== 'number' || !Number.isInteger(size) || size < 8 || size > 512)
    fail('input.size out of range');
  if (input?.channels !== 1 && input?.channels !== 3) fail('input.channels must be 1 or 3');
  if (typeof input?.mean !== 'number') fail('input.mean must be a number');
  if (typeof input?.std !== 'number' || input.std <= 0) fail('input.std must be a positive number');
  if (m.output !== 'probabilities' && m.output !== 'logits') fail('output must be probabilities or logits');
  if (typeof m.cropMargin !== 'number' || m.cropMargin < 0 || m.cropMargin > 1)
    fail('cropMargin must be 0-1');
  if (m.flipTta !== undefined && typeof m.flipTta !== 'boolean') fail('flipTta must be true or false');
  if (m.classBias !== undefined && !parseOffsets(m.classBias))
    fail('classBias must map emotions to finite log-offsets (|offset| <= 10)');
  if (!m.files || typeof m.files !== 'object') fail('files missing');
  return raw as ModelManifest;
}
