import { EMOTIONS, type Emotion, isEmotion } from './emotions';
import { MAX_WORDS, TOKENIZER_VERSION } from './text-tokens';

/** models/<id>/manifest.json of a text mood model: what the extension needs to tokenise and run it. */
export interface TextModelManifest {
  id: string;
  title: string;
  format: 'graph-model';
  modelFile: string;
  /** Output index i is the score of labels[i]. */
  labels: Emotion[];
  /** The tokeniser it was trained with (src/core/text-tokens.ts): ids differ across versions. */
  tokenizer: { version: number; buckets: number; maxWords: number };
  /** The language it was trained on (the popup says so in other locales). */
  language: string;
  output: 'probabilities';
  files: Record<string, { bytes: number; sha256: string }>;
  source: string;
  license: string;
  metrics?: Record<string, unknown>;
}

/** Validates a parsed manifest; throws an Error that names the first problem. */
export function parseTextModelManifest(raw: unknown): TextModelManifest {
  const fail = (why: string): never => {
    throw new Error(`invalid text model manifest: ${why}`);
  };
  if (!raw || typeof raw !== 'object') fail('not an object');
  const m = raw as Record<string, unknown>;
  for (const key of ['id', 'title', 'modelFile', 'source', 'license', 'language'] as const) {
    if (typeof m[key] !== 'string' || m[key] === '') fail(`${key} must be a non-empty string`);
  }
  if (m.format !== 'graph-model') fail('format must be graph-model');
  const labels = m.labels;
  if (!Array.isArray(labels) || labels.length !== EMOTIONS.length || !labels.every(isEmotion))
    fail(`labels must list the ${EMOTIONS.length} emotions`);
  if (new Set(labels as string[]).size !== EMOTIONS.length) fail('labels must not repeat');
  const t = m.tokenizer as Record<string, unknown> | undefined;
  if (!t || typeof t !== 'object') fail('tokenizer missing');
  // A model trained with other tokenisation rules would read every sentence wrong, silently.
  if (t?.version !== TOKENIZER_VERSION) fail(`tokenizer.version must be ${TOKENIZER_VERSION}`);
  if (t?.maxWords !== MAX_WORDS) fail(`tokenizer.maxWords must be ${MAX_WORDS}`);
  const buckets = t?.buckets;
  if (typeof buckets !== 'number' || !Number.isInteger(buckets) || buckets < 1 || buckets > 2 ** 24)
    fail('tokenizer.buckets must be a positive integer');
  if (m.output !== 'probabilities') fail('output must be probabilities');
  if (!m.files || typeof m.files !== 'object') fail('files missing');
  return raw as TextModelManifest;
}
