import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeGrayPng } from '../../../scripts/lib/png';
import { scoresFrom } from '../../../src/core/emotions';
import { THUMB_SIDE } from '../../../src/core/face-track';
import { createScoreReuse, maxBlockChange, SCORE_REUSE, scoresAgree } from '../../../src/core/score-reuse';

const S = THUMB_SIDE;
const flat = (v: number) => new Uint8Array(S * S).fill(v);
/** `base` with the 4x4 block at block coordinates (bx, by) changed by `delta`. */
function withBlock(base: Uint8Array, bx: number, by: number, delta: number): Uint8Array {
  const out = Uint8Array.from(base);
  for (let y = by * 4; y < by * 4 + 4; y++)
    for (let x = bx * 4; x < bx * 4 + 4; x++) out[y * S + x] = (base[y * S + x] ?? 0) + delta;
  return out;
}

/** Area average of a square region of a grey picture down to S x S, as the canvas does with smoothing. */
function thumbOf(frame: { width: number; pixels: Uint8Array }, x0: number, y0: number, side: number) {
  const out = new Uint8Array(S * S);
  const step = side / S;
  for (let ty = 0; ty < S; ty++)
    for (let tx = 0; tx < S; tx++) {
      let sum = 0;
      let n = 0;
      for (let y = Math.floor(y0 + ty * step); y < Math.floor(y0 + (ty + 1) * step); y++)
        for (let x = Math.floor(x0 + tx * step); x < Math.floor(x0 + (tx + 1) * step); x++) {
          sum += frame.pixels[y * frame.width + x] ?? 0;
          n++;
        }
      out[ty * S + tx] = Math.round(sum / n);
    }
  return out;
}
const FRAMES = join(import.meta.dirname, '..', '..', 'fixtures', 'frames');
/** The FER fixtures are framed the same way: a 300 px face at (170, 90), as a still person would sit. */
const ferThumb = (name: string) =>
  thumbOf(decodeGrayPng(readFileSync(join(FRAMES, `${name}.png`))), 170, 90, 300);

describe('classifier skipping', () => {
  it.each([
    ['the same thumbnail', flat(100), 0],
    ['a uniform change of 3 levels', flat(103), 3],
    ['one block changed by 32 levels', withBlock(flat(100), 2, 1, 32), 32],
  ])('%s: largest block change', (_, b, want) => {
    expect(maxBlockChange(flat(100), b, S, 4)).toBeCloseTo(want, 5);
  });

  it('a change confined to one block is not diluted by the rest of the crop', () => {
    // One block of 16 changed by 32: the whole-crop mean is 2 (under the detector's 6), the block's is 32.
    const changed = withBlock(flat(100), 1, 3, 32);
    expect(maxBlockChange(flat(100), changed, S, SCORE_REUSE.block)).toBeGreaterThan(
      SCORE_REUSE.maxBlockChange,
    );
  });

  it('thumbnails of the wrong size never count as unchanged', () => {
    expect(maxBlockChange(flat(1), new Uint8Array(3), S, 4)).toBe(Number.POSITIVE_INFINITY);
  });

  /** One frame a second for `seconds`: when the classifier ran, its scores from `scoresAt`. */
  function still(
    seconds: number,
    scoresAt: (t: number) => string,
    agree = (a: string, b: string) => a === b,
  ) {
    const reuse = createScoreReuse<string>(S, agree);
    const ran: number[] = [];
    for (let t = 0; t <= seconds * 1000; t += 1000) {
      if (reuse.reuse(flat(100), t) === null) {
        ran.push(t);
        reuse.classified(scoresAt(t), flat(100), t);
      }
    }
    return ran;
  }

  it('a still face is classified once per maxAge, its scores reused in between', () => {
    expect(still(12, (t) => `scores at ${t}`)).toEqual([0, 5000, 10_000]);
  });

  it('while each safety run confirms the scores, the next waits twice as long, 20 s at most', () => {
    expect(still(60, () => 'calm')).toEqual([0, 5000, 15_000, 35_000, 55_000]);
    expect(2 * 2 * SCORE_REUSE.maxAgeMs).toBe(SCORE_REUSE.maxAgeCapMs);
  });

  it('a safety run that reads another mood brings the wait back to 5 s', () => {
    expect(still(30, (t) => (t < 15_000 ? 'calm' : 'happy'))).toEqual([0, 5000, 15_000, 20_000, 30_000]);
  });

  it('a run for a changed face brings the wait back to 5 s too', () => {
    const reuse = createScoreReuse<string>(S, () => true);
    for (const t of [0, 5000, 15_000]) {
      expect(reuse.reuse(flat(100), t)).toBeNull();
      reuse.classified('calm', flat(100), t);
    }
    expect(reuse.reuse(flat(100), 30_000)).toBe('calm'); // waiting 20 s now
    expect(reuse.reuse(flat(120), 31_000)).toBeNull();
    reuse.classified('calm', flat(120), 31_000);
    expect(reuse.reuse(flat(120), 36_000)).toBeNull();
  });

  it('scores agree: the same top mood, each score within 0.1', () => {
    const calm = scoresFrom((e) => (e === 'neutral' ? 0.7 : 0.05));
    const calmer = scoresFrom((e) => (e === 'neutral' ? 0.78 : e === 'sad' ? 0.01 : 0.042));
    const moved = scoresFrom((e) => (e === 'neutral' ? 0.55 : e === 'sad' ? 0.2 : 0.05));
    const happy = scoresFrom((e) => (e === 'happy' ? 0.7 : 0.05));
    expect(scoresAgree(calm, calm)).toBe(true);
    expect(scoresAgree(calm, calmer)).toBe(true);
    expect(scoresAgree(calm, moved)).toBe(false);
    expect(scoresAgree(calm, happy)).toBe(false);
  });

  it.each([
    ['the mouth changes (one block)', withBlock(flat(100), 1, 3, 20)],
    ['the light changes (all blocks)', flat(110)],
  ])('a changed face is re-classified at once: %s', (_, changed) => {
    const reuse = createScoreReuse<string>(S);
    reuse.classified('calm', flat(100), 0);
    expect(reuse.reuse(flat(100), 1000)).toBe('calm');
    expect(reuse.reuse(changed, 2000)).toBeNull();
  });

  it('a slow drift adds up: compared with the thumbnail at the last classification', () => {
    const reuse = createScoreReuse<string>(S);
    reuse.classified('calm', flat(100), 0);
    // 2 levels a frame: under the threshold frame to frame, over it after three frames.
    expect(reuse.reuse(flat(102), 1000)).toBe('calm');
    expect(reuse.reuse(flat(104), 2000)).toBe('calm');
    expect(reuse.reuse(flat(106), 3000)).toBeNull();
  });

  it('after reset, or with a clock that went backwards, the face is classified', () => {
    const reuse = createScoreReuse<string>(S);
    reuse.classified('calm', flat(100), 5000);
    expect(reuse.reuse(flat(100), 4000)).toBeNull();
    reuse.reset();
    expect(reuse.reuse(flat(100), 6000)).toBeNull();
  });

  // Real faces: each pair of the e2e's FER fixtures, framed at the same place (different people: the
  // same person's expressions, measured on CK+, are in the SCORE_REUSE doc comment).
  const FER = ['calm-face', 'angry-face', 'surprise-face', 'neutral-face', 'resting-sad', 'unclear-face'];
  const pairs = FER.flatMap((a, i) => FER.slice(i + 1).map((b) => [a, b] as const));
  it.each(pairs)('%s then %s: re-classified', (a, b) => {
    const change = maxBlockChange(ferThumb(a), ferThumb(b), S, SCORE_REUSE.block);
    expect(change).toBeGreaterThan(3 * SCORE_REUSE.maxBlockChange);
    const reuse = createScoreReuse<string>(S);
    reuse.classified(a, ferThumb(a), 0);
    expect(reuse.reuse(ferThumb(a), 1000)).toBe(a);
    expect(reuse.reuse(ferThumb(b), 1000)).toBeNull();
  });
});
