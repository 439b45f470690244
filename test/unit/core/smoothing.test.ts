import { describe, expect, it } from 'vitest';
import { EMOTIONS, scoresFromOutput } from '../../../src/core/emotions';
import { smoothScores } from '../../../src/core/smoothing';

describe('smoothing', () => {
  it('is the new reading the first time, a weighted mean after', () => {
    const a = scoresFromOutput([...EMOTIONS], [1, 0, 0, 0, 0, 0, 0]);
    const b = scoresFromOutput([...EMOTIONS], [0, 0, 0, 1, 0, 0, 0]);
    expect(smoothScores(null, a, 0.3)).toEqual(a);
    const m = smoothScores(a, b, 0.25);
    expect(m.angry).toBeCloseTo(0.75);
    expect(m.happy).toBeCloseTo(0.25);
  });
});
