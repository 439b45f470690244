import { type Scores, scoresFrom } from './emotions';

/**
 * Exponential moving average of score vectors. `alpha` is the weight of the new reading: with one
 * reading a second, 0.35 lets a held expression dominate within about three seconds while a single
 * mis-classified frame moves the average by a third at most.
 */
export function smoothScores(previous: Scores | null, next: Scores, alpha: number): Scores {
  if (!previous) return { ...next };
  return scoresFrom((e) => alpha * next[e] + (1 - alpha) * previous[e]);
}
