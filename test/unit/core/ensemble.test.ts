import { describe, expect, it } from 'vitest';
import { EMOTIONS, type Emotion, type Scores, scoresFrom, topEmotion } from '../../../src/core/emotions';
import { combineMembers } from '../../../src/core/ensemble';

const reads = (top: Emotion, p: number): Scores => scoresFrom((e) => (e === top ? p : (1 - p) / 6));
const total = (s: Scores) => EMOTIONS.reduce((a, e) => a + s[e], 0);

describe('combining ensemble members', () => {
  it('one member with weight 1 and no offsets is that member', () => {
    const s = reads('sad', 0.7);
    const out = combineMembers([s], [1]);
    for (const e of EMOTIONS) expect(out[e]).toBeCloseTo(s[e], 9);
  });

  it('is a weighted geometric mean, renormalised (as lab/emotune_lab/ensemble.py combine)', () => {
    const a = reads('sad', 0.6);
    const b = reads('neutral', 0.6);
    const out = combineMembers([a, b], [0.6, 0.4]);
    expect(topEmotion(out)).toBe('sad');
    expect(total(out)).toBeCloseTo(1, 9);
    const ratio = (0.6 ** 0.6 * (0.4 / 6) ** 0.4) / ((0.4 / 6) ** 0.6 * 0.6 ** 0.4);
    expect(out.sad / out.neutral).toBeCloseTo(ratio, 9);
  });

  it('applies the class offsets after combining', () => {
    const out = combineMembers([reads('sad', 0.6), reads('neutral', 0.6)], [0.6, 0.4], {
      sad: -1,
      neutral: 0.2,
    });
    expect(topEmotion(out)).toBe('neutral');
  });

  it('a zero probability does not poison the mean (clipped at 1e-6, as the lab does)', () => {
    const zero = scoresFrom((e) => (e === 'happy' ? 1 : 0));
    const out = combineMembers([zero, reads('sad', 0.9)], [0.5, 0.5]);
    expect(Number.isFinite(out.sad)).toBe(true);
    expect(total(out)).toBeCloseTo(1, 9);
  });

  it('needs one weight per member', () => {
    expect(() => combineMembers([reads('sad', 0.6)], [0.5, 0.5])).toThrow(/one weight per member/);
  });
});
