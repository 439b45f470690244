import { describe, expect, it } from 'vitest';
import {
  preference,
  rankTerms,
  recordFeedback,
  sampleBeta,
  seededRandom,
} from '../../../../src/core/music/bandit';

describe('Thompson sampling over a row’s terms', () => {
  it('Beta samples have the right mean', () => {
    const r = seededRandom(1);
    const n = 4000;
    let sum = 0;
    for (let i = 0; i < n; i++) sum += sampleBeta(3, 7, r);
    expect(sum / n).toBeCloseTo(0.3, 1);
  });

  it('a liked genre comes first far more often, a new one still gets tried', () => {
    let prefs = {};
    for (let i = 0; i < 8; i++) prefs = recordFeedback(prefs, 'happy', ['dance'], true);
    for (let i = 0; i < 8; i++) prefs = recordFeedback(prefs, 'happy', ['pop'], false);
    const r = seededRandom(7);
    const firsts = { dance: 0, pop: 0, disco: 0 };
    for (let i = 0; i < 1000; i++) {
      const top = rankTerms(
        ['pop', 'dance', 'disco'],
        (prefs as Record<string, never>).happy,
        r,
      )[0] as keyof typeof firsts;
      firsts[top]++;
    }
    expect(firsts.dance).toBeGreaterThan(700);
    expect(firsts.disco).toBeGreaterThan(20);
    expect(firsts.pop).toBeLessThan(firsts.disco);
  });

  it('feedback is per emotion and case-insensitive', () => {
    const p = recordFeedback({}, 'sad', ['Piano', 'soft'], true);
    expect(p.sad?.piano).toEqual({ likes: 1, dislikes: 0 });
    expect(p.happy).toBeUndefined();
    expect(preference(p.sad?.piano)).toBeCloseTo(2 / 3);
    expect(preference(undefined)).toBe(0.5);
  });
});
