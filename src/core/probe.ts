// The check a backend other than wasm must pass before it reads moods (src/capture/backend-check.ts):
// the whole pipeline on a face shipped with the extension (models/probe), against the scores the same
// code gave on wasm, the backend every model was checked on (`npm run models:probe` records them).
// Pure: parsing the probe's manifest and judging one reading against it.
import type { BackendName } from './backend-choice';
import { EMOTIONS, type Emotion, isEmotion, type Scores, topEmotion } from './emotions';

/** The backend every model was checked on and the probe's scores were recorded on: never checked itself. */
export const REFERENCE_BACKEND: BackendName = 'wasm';

/** Whether the pipeline must read the probe before it reads moods: on any other backend, once per model. */
export function needsCheck(backend: string, checkedModel: string | null, modelId: string): boolean {
  return backend !== REFERENCE_BACKEND && checkedModel !== modelId;
}

export interface ProbeManifest {
  /** The picture (a face; PNG, so every browser decodes the same pixels), relative to the manifest. */
  frame: string;
  /** Scores on wasm per model id. A model without an entry cannot be checked. */
  expected: Record<string, Scores>;
}

/**
 * How far a score may move on another backend. float32 GPUs agree with wasm to ~1e-4; GPUs that only
 * render half floats move scores by ~1e-2. The fault this guards against moved the top score by 0.97
 * (happy 97 % read as angry 51 %).
 */
export const PROBE_TOLERANCE = 0.05;

export type ProbeVerdict =
  | { ok: true; worst: number }
  | { ok: false; why: 'no-reference' | 'no-face' }
  /** The load or the check threw (a lost GL context, a shader that did not compile). */
  | { ok: false; why: 'error'; detail: string }
  | { ok: false; why: 'differs'; worst: number; expectedTop: Emotion; gotTop: Emotion };

export function parseProbeManifest(raw: unknown): ProbeManifest {
  const m = raw as { frame?: unknown; expected?: unknown } | null;
  if (typeof m?.frame !== 'string' || !/^[\w.-]+\.png$/.test(m.frame))
    throw new Error('probe manifest: frame must be a PNG file name beside the manifest');
  if (typeof m.expected !== 'object' || m.expected === null)
    throw new Error('probe manifest: expected must map model ids to scores');
  const expected: Record<string, Scores> = {};
  for (const [id, scores] of Object.entries(m.expected)) {
    const entries = typeof scores === 'object' && scores !== null ? Object.entries(scores) : [];
    const valid =
      entries.length === EMOTIONS.length &&
      entries.every(([k, v]) => isEmotion(k) && typeof v === 'number' && v >= 0 && v <= 1);
    if (!valid) throw new Error(`probe manifest: expected.${id} must give all seven scores, each 0-1`);
    expected[id] = scores as Scores;
  }
  return { frame: m.frame, expected };
}

/** The reading on the probe against the reference: the same top mood, and every score within tolerance. */
export function judgeProbe(expected: Scores | undefined, got: Scores | null): ProbeVerdict {
  if (!expected) return { ok: false, why: 'no-reference' };
  if (!got) return { ok: false, why: 'no-face' };
  const worst = Math.max(...EMOTIONS.map((e) => Math.abs(expected[e] - got[e])));
  const [expectedTop, gotTop] = [topEmotion(expected), topEmotion(got)];
  return worst <= PROBE_TOLERANCE && expectedTop === gotTop
    ? { ok: true, worst }
    : { ok: false, why: 'differs', worst, expectedTop, gotTop };
}
