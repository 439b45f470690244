import { describe, expect, it } from 'vitest';
import { EMOTIONS, type Emotion, type Scores, scoresFrom } from '../../../src/core/emotions';
import {
  feelingWeight,
  fuseMood,
  fuseScores,
  readsLanguage,
  TEXT_WEIGHT,
  toTypedFeeling,
} from '../../../src/core/feeling';

/** `top` gets p, the rest share 1 - p. */
const peaked = (top: Emotion, p: number): Scores =>
  scoresFrom((e) => (e === top ? p : (1 - p) / (EMOTIONS.length - 1)));
const calmFace = peaked('neutral', 0.8);
const angryText = peaked('angry', 0.6);
const MIN = 60_000;

describe('feelingWeight', () => {
  it.each([
    [0, TEXT_WEIGHT],
    [5 * MIN, TEXT_WEIGHT / 2],
    [10 * MIN, 0],
    [30 * MIN, 0],
    [-MIN, TEXT_WEIGHT], // a clock that went back does not make it count more
  ])('%d ms after typing, over a 10 min fade -> %d', (age, want) => {
    expect(feelingWeight({ scores: angryText, at: 1000 }, 1000 + age, 10 * MIN)).toBeCloseTo(want);
  });

  it('no feeling, or no fade time, weighs nothing', () => {
    expect(feelingWeight(null, 0, MIN)).toBe(0);
    expect(feelingWeight({ scores: angryText, at: 0 }, 0, 0)).toBe(0);
  });
});

describe('fuseScores', () => {
  it('is a normalised weighted product', () => {
    const fused = fuseScores(calmFace, angryText, 0.5);
    const sum = EMOTIONS.reduce((s, e) => s + (fused?.[e] ?? 0), 0);
    expect(sum).toBeCloseTo(1);
    const ratio = Math.sqrt((0.8 * (0.4 / 6)) / ((0.2 / 6) * 0.6));
    expect((fused?.neutral ?? 0) / (fused?.angry ?? 1)).toBeCloseTo(ratio);
  });

  it.each([
    [0, calmFace],
    [1, angryText],
  ])('weight %d gives one side alone', (w, want) => {
    const fused = fuseScores(calmFace, angryText, w);
    for (const e of EMOTIONS) expect(fused?.[e]).toBeCloseTo(want[e]);
  });

  it('either side alone when the other is missing', () => {
    expect(fuseScores(null, angryText, 0.5)).toBe(angryText);
    expect(fuseScores(calmFace, null, 0.5)).toBe(calmFace);
  });

  it('a zero score does not wipe out a class (floored before the logarithm)', () => {
    const zero = scoresFrom((e) => (e === 'angry' ? 0 : 1 / 6));
    expect(fuseScores(zero, angryText, 0.9)?.angry).toBeGreaterThan(0);
  });
});

describe('fuseMood', () => {
  it('a fresh typed "angry" beats a calm face; once faded the face is back', () => {
    const feeling = { scores: angryText, at: 0 };
    expect(fuseMood('neutral', calmFace, feeling, 0, 10 * MIN).mood).toBe('angry');
    const faded = fuseMood('neutral', calmFace, feeling, 10 * MIN, 10 * MIN);
    expect(faded).toEqual({ mood: 'neutral', scores: calmFace, textWeight: 0 });
  });

  it('without a face the typed feeling alone sets the mood while it counts', () => {
    expect(fuseMood(null, null, { scores: angryText, at: 0 }, MIN, 10 * MIN).mood).toBe('angry');
    expect(fuseMood(null, null, { scores: angryText, at: 0 }, 11 * MIN, 10 * MIN).mood).toBeNull();
  });

  it('no typed feeling leaves the face as it was', () => {
    expect(fuseMood('happy', calmFace, null, 0, MIN)).toEqual({
      mood: 'happy',
      scores: calmFace,
      textWeight: 0,
    });
  });
});

describe('toTypedFeeling', () => {
  it.each([
    [{ scores: angryText, at: 5 }, true],
    [{ scores: angryText }, false],
    [{ scores: { angry: 1 }, at: 5 }, false],
    [{ scores: { ...angryText, sad: Number.NaN }, at: 5 }, false],
    [null, false],
  ])('%j valid: %s', (v, want) => {
    expect(toTypedFeeling(v) !== undefined).toBe(want);
  });

  it('copies only the scores and the time: nothing else rides along into storage', () => {
    const v = { scores: { ...angryText, extra: 1 }, at: 5, text: 'never stored' };
    expect(toTypedFeeling(v)).toEqual({ scores: angryText, at: 5 });
  });
});

describe('readsLanguage', () => {
  it.each([
    ['en-US', 'en', true],
    ['en_GB', 'en', true],
    ['EN', 'en', true],
    ['de-DE', 'en', false],
    ['pt-BR', 'en', false],
    ['', 'en', false],
  ])('UI %s, model %s -> %s', (ui, model, want) => {
    expect(readsLanguage(ui, model)).toBe(want);
  });
});
