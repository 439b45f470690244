// The seven FER2013 emotions. This order is only for display and iteration: a model's output order
// always comes from its manifest (models/<id>/manifest.json), never from this list.
export const EMOTIONS = ['angry', 'disgust', 'fear', 'happy', 'sad', 'surprise', 'neutral'] as const;

export type Emotion = (typeof EMOTIONS)[number];

/** A score (0-1) for every emotion. */
export type Scores = Record<Emotion, number>;

/** Shown in the popup and on the toolbar badge. */
export const EMOJI: Record<Emotion, string> = {
  angry: '😠',
  disgust: '🤢',
  fear: '😨',
  happy: '😄',
  sad: '😢',
  surprise: '😮',
  neutral: '😐',
};

export function isEmotion(value: unknown): value is Emotion {
  return typeof value === 'string' && (EMOTIONS as readonly string[]).includes(value);
}

export function uniformScores(): Scores {
  return scoresFrom(() => 1 / EMOTIONS.length);
}

export function scoresFrom(fn: (emotion: Emotion) => number): Scores {
  return Object.fromEntries(EMOTIONS.map((e) => [e, fn(e)])) as Scores;
}

/** Maps a model's output vector to scores by name, using the model's own label order. */
export function scoresFromOutput(labels: readonly Emotion[], output: ArrayLike<number>): Scores {
  if (labels.length !== output.length) {
    throw new Error(`model gave ${output.length} outputs for ${labels.length} labels`);
  }
  const scores = scoresFrom(() => 0);
  labels.forEach((label, i) => {
    scores[label] = output[i] ?? 0;
  });
  return scores;
}

export function topEmotion(scores: Scores): Emotion {
  let best: Emotion = EMOTIONS[0];
  for (const e of EMOTIONS) if (scores[e] > scores[best]) best = e;
  return best;
}

export function softmax(logits: ArrayLike<number>): number[] {
  const values = Array.from(logits);
  const max = Math.max(...values);
  const exps = values.map((v) => Math.exp(v - max));
  const sum = exps.reduce((a, b) => a + b, 0);
  return exps.map((v) => v / sum);
}
