// A typed feeling ("How do you feel?") and how it combines with the face. Only the model's scores and
// the time are kept, never the text. The rule and its weight were chosen by measurement in lab/
// (lab/emotune_lab/text_fusion.py, lab/results/text-fusion.json; the text model's card explains).
import { EMOTIONS, type Emotion, type Scores, scoresFrom, topEmotion } from './emotions';

/** What the text model read from a typed line, and when: the text itself is never stored. */
export interface TypedFeeling {
  scores: Scores;
  at: number;
}

/**
 * Weight of the typed feeling in the product when it is fresh. Chosen in lab/ (text-fusion.json, on the
 * default face model's real outputs, whose near-zeros would veto a lighter weight): high, because a typed
 * feeling is deliberate (a calm face while typing "angry" should give angry).
 */
export const TEXT_WEIGHT = 0.9;
/** As lab/emotune_lab/text_fusion.py clips before its logarithm. */
const FLOOR = 1e-6;

/** The typed feeling's weight now: TEXT_WEIGHT when typed, falling linearly to 0 over `fadeMs`. */
export function feelingWeight(f: TypedFeeling | null, now: number, fadeMs: number): number {
  if (!f || fadeMs <= 0) return 0;
  const left = 1 - Math.max(0, now - f.at) / fadeMs;
  return left > 0 ? TEXT_WEIGHT * Math.min(1, left) : 0;
}

/** Weighted product p(e) ~ face(e)^(1-w) * text(e)^w, normalised; either side alone when the other is missing. */
export function fuseScores(face: Scores | null, text: Scores | null, w: number): Scores | null {
  if (!text || w <= 0) return face;
  if (!face) return text;
  const log = scoresFrom(
    (e) => (1 - w) * Math.log(Math.max(face[e], FLOOR)) + w * Math.log(Math.max(text[e], FLOOR)),
  );
  const max = Math.max(...EMOTIONS.map((e) => log[e]));
  const exp = scoresFrom((e) => Math.exp(log[e] - max));
  const sum = EMOTIONS.reduce((s, e) => s + exp[e], 0);
  return scoresFrom((e) => exp[e] / sum);
}

export interface FusedMood {
  /** The mood the music follows: the face's stable mood once the typed feeling has faded. */
  mood: Emotion | null;
  scores: Scores | null;
  /** 0 when the typed feeling plays no part (none, or faded). */
  textWeight: number;
}

/**
 * While a typed feeling counts, the mood is the top of the fused scores; after, the face's stable mood
 * (with its hysteresis) as before. `faceScores` is null when the camera gives no current mood.
 */
export function fuseMood(
  faceMood: Emotion | null,
  faceScores: Scores | null,
  feeling: TypedFeeling | null,
  now: number,
  fadeMs: number,
): FusedMood {
  const w = feelingWeight(feeling, now, fadeMs);
  if (w === 0 || !feeling) return { mood: faceMood, scores: faceScores, textWeight: 0 };
  const scores = fuseScores(faceScores, feeling.scores, w);
  return { mood: scores ? topEmotion(scores) : faceMood, scores, textWeight: w };
}

/**
 * Whether the UI language is the text model's (both BCP 47, e.g. 'en-GB' and 'en'): elsewhere the popup
 * says the model reads only its language. Compared on the primary subtag, case-insensitively.
 */
export function readsLanguage(uiLanguage: string, modelLanguage: string): boolean {
  const primary = (tag: string) => tag.toLowerCase().split(/[-_]/)[0] ?? '';
  return primary(uiLanguage) === primary(modelLanguage);
}

/**
 * A stored typed feeling, checked and copied field by field: only the seven scores and the time come
 * through, so nothing else (least of all a text) can ride along in storage.
 */
export function toTypedFeeling(v: unknown): TypedFeeling | undefined {
  if (!v || typeof v !== 'object') return undefined;
  const f = v as Record<string, unknown>;
  const s = f.scores as Record<string, unknown> | undefined;
  if (typeof f.at !== 'number' || !Number.isFinite(f.at) || !s || typeof s !== 'object') return undefined;
  if (!EMOTIONS.every((e) => typeof s[e] === 'number' && Number.isFinite(s[e]))) return undefined;
  return { scores: scoresFrom((e) => s[e] as number), at: f.at };
}
