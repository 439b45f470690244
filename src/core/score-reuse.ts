// Classifier skipping, the classifier's counterpart of face-track.ts. A face at a laptop mostly keeps
// its expression for seconds, and the classifier is most of what a frame costs: so the last scores are
// reused while the face crop looks the same as when it was classified, and the classifier runs again
// after a few seconds anyway, or as soon as any part of the crop changes. That safety run backs off
// while it keeps confirming the reused scores: a face that sits still for minutes costs less each time.
//
// The comparison is block by block, not a mean over the whole crop: an expression changes a small part
// of the face (the mouth, the brows), which a whole-crop mean would dilute below sensor noise.
import { EMOTIONS, type Scores, topEmotion } from './emotions';

export interface ReuseParams {
  /** The classifier runs at least this often (milliseconds since its last run), however still the face. */
  maxAgeMs: number;
  /** ...doubling up to this while each such safety run agrees with the scores it replaces. */
  maxAgeCapMs: number;
  /** Side of the square blocks (thumbnail pixels) whose mean absolute difference is compared. */
  block: number;
  /** Mean absolute difference (0-255 grey) in any one block above which the face is re-classified. */
  maxBlockChange: number;
}

/**
 * 5 s, then 10 and 20 s while the safety runs agree (scoresAgree): at the default one frame a second
 * the detector's safety runs back off the same way (face-track.ts), so a face that sits still costs one
 * detection and one classification per 20 s once settled (5, 15, 35, 55 s...). Blocks of 4x4 on a 16x16 thumbnail: a
 * block is a sixteenth of the crop, about the size of a mouth or an eye with its brow. 4 grey levels,
 * measured on ckplus48-dev (CK+, 53 people, 16x16 area-averaged crops): two expressions of the same person
 * differ by 9.1 at least in their most changed block (5th percentile 22.3, 1584 pairs), while a whole-crop
 * mean can be as low as 4.8 (under the detector's 6); two frames of one posed sequence (the expression
 * still settling) by 2.9 at the 5th percentile and 7.9 at the median, so those are mostly re-classified
 * too. Noise above the threshold only makes the classifier run more often (the safe side).
 */
export const SCORE_REUSE: ReuseParams = { maxAgeMs: 5000, maxAgeCapMs: 20_000, block: 4, maxBlockChange: 4 };

/**
 * Whether a safety run confirmed the reused scores: the same top mood, and no emotion's score moved by
 * more than 0.1. Only then does the next safety run wait longer (5, 10, 20 s); 20 s at most, because a
 * change the thumbnail misses (none on CK+, see above) would be read that late. A change of the crop is
 * still read on the next frame: the wait only bounds how long a missed one can last.
 */
export function scoresAgree(a: Scores, b: Scores): boolean {
  return topEmotion(a) === topEmotion(b) && EMOTIONS.every((e) => Math.abs(a[e] - b[e]) <= 0.1);
}

/**
 * The largest mean absolute difference over `block` x `block` blocks of two thumbnails, `side` pixels
 * wide and `height` high (square by default), one grey byte per pixel.
 */
export function maxBlockChange(
  a: ArrayLike<number>,
  b: ArrayLike<number>,
  side: number,
  block: number,
  height = side,
): number {
  if (a.length !== side * height || b.length !== side * height || block < 1) return Number.POSITIVE_INFINITY;
  let worst = 0;
  for (let by = 0; by < height; by += block)
    for (let bx = 0; bx < side; bx += block) {
      let sum = 0;
      let n = 0;
      for (let y = by; y < Math.min(height, by + block); y++)
        for (let x = bx; x < Math.min(side, bx + block); x++) {
          sum += Math.abs((a[y * side + x] ?? 0) - (b[y * side + x] ?? 0));
          n++;
        }
      worst = Math.max(worst, sum / n);
    }
  return worst;
}

export interface ScoreReuse<S> {
  /** The scores to reuse for this crop thumbnail at time `now` (ms), or null: run the classifier. */
  reuse(thumb: Uint8Array, now: number): S | null;
  /** After the classifier ran: its scores, the crop's thumbnail, and when. */
  classified(scores: S, thumb: Uint8Array, now: number): void;
  /** Forget the last scores (no face, a dark frame, a new camera or model): the next face is classified. */
  reset(): void;
}

/**
 * `side`: the thumbnails' side in pixels (square, one grey byte per pixel). `agree`: whether a safety
 * run's scores confirm the ones it replaces (the wait then doubles); by default never (a fixed wait).
 */
export function createScoreReuse<S>(
  side: number,
  agree: (before: S, after: S) => boolean = () => false,
  p: ReuseParams = SCORE_REUSE,
): ScoreReuse<S> {
  let last: { scores: S; thumb: Uint8Array; at: number } | null = null;
  let maxAge = p.maxAgeMs;
  // Why the last reuse() said no: only a run for age alone may lengthen the wait.
  let askedForAge = false;
  return {
    reuse(thumb, now) {
      askedForAge = false;
      if (!last) return null;
      // A clock that went backwards (or NaN) re-classifies too: never trust a reading of unknown age.
      if (!(now >= last.at)) return null;
      const unchanged = maxBlockChange(thumb, last.thumb, side, p.block) <= p.maxBlockChange;
      if (!unchanged) return null;
      if (!(now - last.at < maxAge)) {
        askedForAge = true;
        return null;
      }
      return last.scores;
    },
    classified(scores, thumb, now) {
      maxAge =
        askedForAge && last && agree(last.scores, scores) ? Math.min(p.maxAgeCapMs, 2 * maxAge) : p.maxAgeMs;
      askedForAge = false;
      // Compared with the thumbnail at the last classification, not the last frame: a slow change adds up.
      last = { scores, thumb, at: now };
    },
    reset() {
      last = null;
      maxAge = p.maxAgeMs;
      askedForAge = false;
    },
  };
}
