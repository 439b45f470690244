import { describe, expect, it } from 'vitest';
import { EMOTIONS, scoresFromOutput, softmax, topEmotion } from '../../../src/core/emotions';

describe('emotions', () => {
  it('maps outputs by the model label order, not by a fixed order', () => {
    const labels = ['happy', 'sad', 'angry', 'disgust', 'fear', 'surprise', 'neutral'] as const;
    const s = scoresFromOutput([...labels], [0.7, 0.1, 0.05, 0.05, 0.04, 0.03, 0.03]);
    expect(s.happy).toBe(0.7);
    expect(s.sad).toBe(0.1);
    expect(topEmotion(s)).toBe('happy');
  });
  it('rejects an output of the wrong length', () => {
    expect(() => scoresFromOutput([...EMOTIONS], [1, 2])).toThrow(/2 outputs for 7 labels/);
  });
  it('softmax is stable for large logits', () => {
    const p = softmax([1000, 1000, 999]);
    expect(p.reduce((a, b) => a + b)).toBeCloseTo(1);
    expect(p[0]).toBeCloseTo(p[1] ?? 0);
  });
});
