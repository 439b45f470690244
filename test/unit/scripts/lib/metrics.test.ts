import { describe, expect, it } from 'vitest';
import { computeMetrics, quantile } from '../../../../scripts/lib/metrics';
import type { Emotion } from '../../../../src/core/emotions';

describe('eval metrics', () => {
  it('equal scikit-learn’s on the same predictions (values from precision_recall_fscore_support)', () => {
    const truth = [
      'happy',
      'happy',
      'sad',
      'angry',
      'fear',
      'fear',
      'neutral',
      'disgust',
      'happy',
      'sad',
    ] as Emotion[];
    const predicted = [
      'happy',
      'sad',
      'sad',
      'angry',
      'sad',
      'fear',
      'happy',
      'angry',
      'happy',
      'neutral',
    ] as Emotion[];
    const m = computeMetrics(truth, predicted);
    expect(m.accuracy).toBe(0.5);
    // Over the six classes present in the truth (surprise has no face), as
    // precision_recall_fscore_support(..., labels=<those six>, average='macro') gives.
    expect(m.macroPrecision).toBeCloseTo(0.416667, 5);
    expect(m.macroRecall).toBeCloseTo(0.444444, 5);
    expect(m.macroF1).toBeCloseTo(0.4, 5);
    const f1 = ['angry', 'disgust', 'fear', 'happy', 'sad', 'surprise', 'neutral'].map(
      (e) => m.perClass[e as Emotion].f1,
    );
    expect(f1.map((v) => Number(v.toFixed(6)))).toEqual([0.666667, 0, 0.666667, 0.666667, 0.4, 0, 0]);
    expect(m.confusion[3]).toEqual([0, 0, 0, 2, 1, 0, 0]);
  });

  it('refuses mismatched lengths', () => {
    expect(() => computeMetrics(['happy'], [])).toThrow(/differ/);
  });
});

describe('quantile', () => {
  it('takes the value at the rank, whatever the order; NaN for none', () => {
    expect(quantile([5, 1, 3, 2, 4], 0.5)).toBe(3);
    expect(quantile([5, 1, 3, 2, 4], 0.95)).toBe(5);
    expect(quantile([5, 1, 3, 2, 4], 0)).toBe(1);
    expect(quantile([], 0.5)).toBeNaN();
  });
});
