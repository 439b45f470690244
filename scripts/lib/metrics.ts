// Classification metrics for `npm run eval`, defined as scikit-learn defines them (the lab's baselines
// use sklearn), so the numbers in the model card are comparable. Macro averages run over the classes
// present in the truth (sklearn's `labels=` those classes): lfw-expressions has almost no disgust or fear,
// and a class with no face cannot be scored.
import { EMOTIONS, type Emotion } from '../../src/core/emotions';

export interface ClassMetrics {
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

export interface Metrics {
  n: number;
  accuracy: number;
  macroPrecision: number;
  macroRecall: number;
  macroF1: number;
  perClass: Record<Emotion, ClassMetrics>;
  /** confusion[true][predicted], rows and columns in EMOTIONS order. */
  confusion: number[][];
}

export function computeMetrics(truth: readonly Emotion[], predicted: readonly Emotion[]): Metrics {
  if (truth.length !== predicted.length) throw new Error('truth and predictions differ in length');
  const index = (e: Emotion) => EMOTIONS.indexOf(e);
  const confusion = EMOTIONS.map(() => EMOTIONS.map(() => 0));
  truth.forEach((t, i) => {
    const row = confusion[index(t)];
    const p = predicted[i];
    if (row && p) row[index(p)] = (row[index(p)] ?? 0) + 1;
  });
  const perClass = Object.fromEntries(
    EMOTIONS.map((e, k) => {
      const tp = confusion[k]?.[k] ?? 0;
      const support = (confusion[k] ?? []).reduce((a, b) => a + b, 0);
      const predictedCount = confusion.reduce((a, row) => a + (row[k] ?? 0), 0);
      // zero_division=0, as in sklearn's precision_recall_fscore_support(..., zero_division=0)
      const precision = predictedCount ? tp / predictedCount : 0;
      const recall = support ? tp / support : 0;
      const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
      return [e, { precision, recall, f1, support }];
    }),
  ) as Record<Emotion, ClassMetrics>;
  const present = EMOTIONS.filter((e) => perClass[e].support > 0);
  const mean = (key: keyof ClassMetrics) =>
    present.length ? present.reduce((a, e) => a + perClass[e][key], 0) / present.length : 0;
  const correct = truth.filter((t, i) => t === predicted[i]).length;
  return {
    n: truth.length,
    accuracy: truth.length ? correct / truth.length : 0,
    macroPrecision: mean('precision'),
    macroRecall: mean('recall'),
    macroF1: mean('f1'),
    perClass,
    confusion,
  };
}

/** The q-quantile (0-1) of xs by rank, NaN for none: medians and p95s of the benches' timings. */
export function quantile(xs: readonly number[], q: number): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}
