// Class-prior corrections, in one place for both uses: a model's own `classBias` (chosen in lab/ on the
// selection splits, recorded in its manifest) and a person's calibration (learned from a few seconds of
// their resting face). Both are log-offsets: p'(c) is proportional to p(c) * exp(offset(c)).
import { EMOTIONS, type Emotion, type Scores, scoresFrom } from './emotions';

/** Log-offsets by emotion; a missing emotion has offset 0. */
export type ClassOffsets = Partial<Record<Emotion, number>>;

/** Scores with the offsets applied, renormalised to sum to 1. */
export function applyOffsets(scores: Scores, offsets: ClassOffsets | null | undefined): Scores {
  if (!offsets) return scores;
  const raw = scoresFrom((e) => scores[e] * Math.exp(offsets[e] ?? 0));
  const total = EMOTIONS.reduce((sum, e) => sum + raw[e], 0);
  return total > 0 ? scoresFrom((e) => raw[e] / total) : scores;
}

export interface RestingParams {
  /** How far (log units) every other class must end up below neutral on the resting face. */
  margin: number;
  /** The largest correction: a resting face that reads strongly as one emotion is not argued away. */
  floor: number;
  /**
   * How much of the model's own class offsets a calibrated reading keeps (0-1). Those offsets pull every
   * face towards neutral so that an unknown person's calm face reads calm; once this person's resting face
   * has been measured that pull is no longer needed, and keeping it mutes their other moods.
   */
  keepBias: number;
}

/**
 * Chosen on lfw-expressions' dev people (`npm run eval:calibration -- --split PublicTest --margin ...
 * --keep-bias ...`): the best mean recall of the five moods with 20 or more dev photos, keeping neutral
 * recall at least as high as uncalibrated (the model card, "Personal calibration"). Dropping the model's
 * pull towards neutral (keepBias 0) gives the other moods back; the wide margin, capped by the floor,
 * holds this person's resting face at neutral in its place.
 */
export const DEFAULT_RESTING: RestingParams = { margin: 4, floor: -2.5, keepBias: 0 };

/**
 * Offsets that make this person's resting face read neutral. Each class that the mean log-score over the
 * samples puts above (or within `margin` of) neutral is lowered just enough to sit `margin` below it;
 * classes already below are left alone, so a calibrated smile still reads happy.
 */
export function restingOffsets(
  samples: readonly Scores[],
  p: Pick<RestingParams, 'margin' | 'floor'> = DEFAULT_RESTING,
  /** Per class, what was already added before these samples were read: the floor counts from before it. */
  already: ClassOffsets = {},
): ClassOffsets {
  if (samples.length === 0) throw new Error('calibration needs at least one reading of a face');
  const meanLog = scoresFrom(
    (e) => samples.reduce((sum, s) => sum + Math.log(Math.max(s[e], 1e-6)), 0) / samples.length,
  );
  const offsets: ClassOffsets = {};
  for (const e of EMOTIONS) {
    if (e === 'neutral') continue;
    const needed = meanLog.neutral - p.margin - meanLog[e];
    if (needed < 0) offsets[e] = Math.max(p.floor - (already[e] ?? 0), needed);
  }
  return offsets;
}

/**
 * The offsets a calibrated person's readings get, applied to the model's output as it reads (its own
 * `modelBias` already in): that bias is scaled down to `keepBias`, then the resting face, read under what
 * remains, is made to read neutral. With keepBias 1 this is restingOffsets of the samples as they are.
 */
export function calibratedOffsets(
  samples: readonly Scores[],
  modelBias: ClassOffsets | null | undefined,
  p: RestingParams = DEFAULT_RESTING,
): ClassOffsets {
  const undo: ClassOffsets = {};
  for (const e of EMOTIONS) undo[e] = -(1 - p.keepBias) * (modelBias?.[e] ?? 0);
  // The floor limits how far a calibration moves a class from what the uncalibrated product reads, so it
  // counts from before the undo: giving back the model's pull must not eat the correction's room.
  const resting = restingOffsets(
    samples.map((s) => applyOffsets(s, undo)),
    p,
    undo,
  );
  const out: ClassOffsets = {};
  for (const e of EMOTIONS) {
    const total = (undo[e] ?? 0) + (resting[e] ?? 0);
    if (total !== 0) out[e] = total;
  }
  return out;
}

/** Parses stored offsets: finite numbers within the floor's range, keyed by emotion; else null. */
export function parseOffsets(raw: unknown): ClassOffsets | null {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return null;
  const out: ClassOffsets = {};
  for (const [key, value] of Object.entries(raw)) {
    if (!(EMOTIONS as readonly string[]).includes(key)) return null;
    if (typeof value !== 'number' || !Number.isFinite(value) || Math.abs(value) > 10) return null;
    out[key as Emotion] = value;
  }
  return out;
}
