// A personal calibration in progress: a few seconds of readings of the user's resting face, then the
// offsets that make it read neutral (src/core/calibration.ts). Pure, so the background only stores it.
import { type ClassOffsets, restingOffsets } from './calibration';
import type { Scores } from './emotions';
import { type Message, message } from './message';
import type { Reading } from './mood';

/** How long the user holds a relaxed face. At one reading a second this gives about five readings. */
export const CALIBRATION_MS = 5000;
/** Fewer readings than this of exactly one face is too little to learn from. */
export const MIN_CALIBRATION_READINGS = 3;

export type CalibrationRun =
  | { phase: 'collecting'; startedAt: number; until: number; samples: Scores[] }
  | { phase: 'done'; at: number }
  /**
   * `issue` says why, for the pages to translate; `reason` is the English text runs stored before
   * Emotune spoke other languages (read back, never written now).
   */
  | { phase: 'failed'; at: number; issue: Message }
  | { phase: 'failed'; at: number; reason: string; issue?: Message };

/** Starts a run long enough for MIN_CALIBRATION_READINGS at the capture interval, and at least 5 s. */
export function startRun(now: number, intervalMs: number): CalibrationRun {
  const span = Math.max(CALIBRATION_MS, (MIN_CALIBRATION_READINGS + 0.5) * intervalMs);
  return { phase: 'collecting', startedAt: now, until: now + span, samples: [] };
}

/**
 * Feeds one reading (the model's scores, before any calibration) to the run. Only readings of exactly one
 * face, read after the run started, count: with several faces in view the resting face may be someone
 * else's. Once the time is up the run ends, with the offsets `learn` makes of the samples when it saw enough.
 */
export function feedRun(
  run: CalibrationRun,
  r: Reading,
  learn: (samples: Scores[]) => ClassOffsets = restingOffsets,
): { run: CalibrationRun; offsets: ClassOffsets | null } {
  if (run.phase !== 'collecting') return { run, offsets: null };
  // A frame read before Calibrate was pressed (still in flight, or queued behind a slow one) shows the
  // face the user had before relaxing it: only frames read within the run count.
  const within = r.at >= run.startedAt && r.at <= run.until;
  const samples = r.kind === 'face' && r.faceCount === 1 && within ? [...run.samples, r.scores] : run.samples;
  if (r.at < run.until) return { run: { ...run, samples }, offsets: null };
  if (samples.length < MIN_CALIBRATION_READINGS) {
    const subs = { count: samples.length, seconds: Math.round((run.until - run.startedAt) / 1000) };
    const issue = message(samples.length === 1 ? 'calibrate_oneReading' : 'calibrate_fewReadings', subs);
    return { run: failed(r.at, issue), offsets: null };
  }
  return { run: { phase: 'done', at: r.at }, offsets: learn(samples) };
}

const failed = (at: number, issue: Message): CalibrationRun => ({
  phase: 'failed',
  at,
  issue,
});

/**
 * A run whose readings stopped (the camera was switched off or lost the face for good) would collect
 * forever: past its end plus a grace period it counts as failed.
 */
export function expireRun(run: CalibrationRun, now: number, graceMs = 10_000): CalibrationRun {
  if (run.phase !== 'collecting' || now <= run.until + graceMs) return run;
  return failed(now, message('calibrate_noReadings'));
}
