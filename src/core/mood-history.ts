// The last 24 hours of stable moods, as time spans: enough for "time per emotion", and nothing that
// could rebuild a picture of the user (no frames, no scores).
import { type Emotion, isEmotion, type Scores, scoresFrom } from './emotions';

export interface MoodSpan {
  mood: Emotion;
  from: number;
  to: number;
}

export const HISTORY = {
  windowMs: 24 * 60 * 60 * 1000,
  /** Readings further apart than this (camera off, no face) start a new span instead of bridging. */
  gapMs: 60_000,
  /** A span grows in steps of at least this, so storage is written every few seconds, not every frame. */
  stepMs: 5_000,
} as const;

/**
 * Adds one reading of the stable mood. Returns the same array when nothing needs saving, so the caller
 * can skip the write.
 */
export function recordMood(history: readonly MoodSpan[], mood: Emotion, at: number): readonly MoodSpan[] {
  const last = history.at(-1);
  if (last && last.mood === mood && at - last.to <= HISTORY.gapMs) {
    if (at - last.to < HISTORY.stepMs) return history;
    return [...prune(history.slice(0, -1), at), { ...last, to: at }];
  }
  // A new span starts where the previous one ended if the two touch, so no time is lost between them.
  const from = last && at - last.to <= HISTORY.gapMs ? last.to : at;
  return [...prune(history, at), { mood, from, to: at }];
}

function prune(history: readonly MoodSpan[], now: number): MoodSpan[] {
  return history.filter((s) => s.to > now - HISTORY.windowMs);
}

/** The spans still inside the 24-hour window; the same array when none has expired. */
export function expireHistory(history: readonly MoodSpan[], now: number): readonly MoodSpan[] {
  const kept = prune(history, now);
  return kept.length === history.length ? history : kept;
}

/** Milliseconds spent in each mood within the last 24 hours. */
export function timePerEmotion(history: readonly MoodSpan[], now: number): Scores {
  const totals = scoresFrom(() => 0);
  const start = now - HISTORY.windowMs;
  for (const s of history) totals[s.mood] += Math.max(0, Math.min(s.to, now) - Math.max(s.from, start));
  return totals;
}

export function isMoodHistory(v: unknown): v is MoodSpan[] {
  return (
    Array.isArray(v) &&
    v.every(
      (s) =>
        s &&
        typeof s === 'object' &&
        isEmotion((s as MoodSpan).mood) &&
        Number.isFinite((s as MoodSpan).from) &&
        Number.isFinite((s as MoodSpan).to) &&
        (s as MoodSpan).from <= (s as MoodSpan).to,
    )
  );
}
