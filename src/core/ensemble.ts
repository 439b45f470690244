// An ensemble of shipped models behind the same classifier interface. Its manifest names the members
// (each a model folder beside it) and their weights, chosen with the class offsets in lab/ on the
// selection splits (lab/emotune_lab/ensemble.py, whose `combine` this mirrors).
import { type ClassOffsets, parseOffsets } from './calibration';
import { EMOTIONS, type Emotion, type Scores, scoresFrom } from './emotions';

export interface EnsembleManifest {
  id: string;
  title: string;
  format: 'ensemble';
  /** Member model ids (folders beside this one) and their weights, which sum to 1. */
  members: { id: string; weight: number }[];
  /** Log-prior offsets applied after the members are combined. */
  classBias?: ClassOffsets;
  /** One crop serves every member. */
  cropMargin: number;
  /** The output order of `classify` (by name, so any order serves). */
  labels: Emotion[];
  files: Record<string, { bytes: number; sha256: string }>;
  source: string;
  license: string;
  metrics?: Record<string, unknown>;
}

/** As lab/emotune_lab/ensemble.py clips before its logarithm, so both sides pick the same class. */
const FLOOR = 1e-6;

/** p(c) proportional to exp(sum_m w_m log p_m(c) + b_c): a weighted geometric mean, then the offsets. */
export function combineMembers(
  outputs: readonly Scores[],
  weights: readonly number[],
  bias?: ClassOffsets,
): Scores {
  if (outputs.length !== weights.length || outputs.length === 0) throw new Error('one weight per member');
  const logits = scoresFrom(
    (e) =>
      outputs.reduce((sum, s, m) => sum + (weights[m] ?? 0) * Math.log(Math.max(s[e], FLOOR)), 0) +
      (bias?.[e] ?? 0),
  );
  const max = Math.max(...EMOTIONS.map((e) => logits[e]));
  const exps = scoresFrom((e) => Math.exp(logits[e] - max));
  const total = EMOTIONS.reduce((sum, e) => sum + exps[e], 0);
  return scoresFrom((e) => exps[e] / total);
}

export function parseEnsembleManifest(raw: unknown): EnsembleManifest {
  const fail = (why: string): never => {
    throw new Error(`invalid ensemble manifest: ${why}`);
  };
  if (!raw || typeof raw !== 'object') fail('not an object');
  const m = raw as Record<string, unknown>;
  for (const key of ['id', 'title', 'source', 'license'] as const)
    if (typeof m[key] !== 'string' || m[key] === '') fail(`${key} must be a non-empty string`);
  if (m.format !== 'ensemble') fail('format must be ensemble');
  const members = m.members;
  if (!Array.isArray(members) || members.length < 2) fail('members must list at least two models');
  const list = members as { id?: unknown; weight?: unknown }[];
  for (const member of list) {
    if (typeof member.id !== 'string' || !/^[a-z0-9-]+$/.test(member.id))
      fail('a member id must be a model folder name');
    if (typeof member.weight !== 'number' || !(member.weight >= 0))
      fail('a member weight must be a number >= 0');
  }
  const total = list.reduce((sum, member) => sum + Number(member.weight), 0);
  if (Math.abs(total - 1) > 1e-6) fail('member weights must sum to 1');
  if (m.classBias !== undefined && !parseOffsets(m.classBias))
    fail('classBias must map emotions to log-offsets');
  if (typeof m.cropMargin !== 'number' || m.cropMargin < 0 || m.cropMargin > 1)
    fail('cropMargin must be 0-1');
  if (!m.files || typeof m.files !== 'object') fail('files missing');
  return { ...(raw as EnsembleManifest), labels: [...EMOTIONS] };
}
