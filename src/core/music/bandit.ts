// Learning from thumbs: per emotion, each term of the row (a genre or a keyword) is an arm of a
// Bernoulli bandit with a Beta(1 + likes, 1 + dislikes) belief. Thompson sampling draws one value per
// arm and searches with the best draws first, so liked terms come up more while new ones still get tried.

export interface Arm {
  likes: number;
  dislikes: number;
}

/** emotion -> term -> arm. Terms never rated are Beta(1, 1), uniform. */
export type Preferences = Record<string, Record<string, Arm>>;

export type Random = () => number;

/**
 * A term's arm; a term never rated is Beta(1, 1). Own keys only: a term is a user's word, and words like
 * "constructor" must not find Object.prototype's members (whose NaN counts hung the sampler).
 */
function armOf(arms: Record<string, Arm> | undefined, term: string): Arm {
  const key = term.toLowerCase();
  return arms && Object.hasOwn(arms, key) ? (arms[key] as Arm) : { likes: 0, dislikes: 0 };
}

/** A seeded generator (mulberry32) for reproducible tests; the extension uses Math.random. */
export function seededRandom(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function gaussian(random: Random): number {
  const u = Math.max(random(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

/** Gamma(shape, 1) by Marsaglia and Tsang (shape >= 1, which Beta(1 + n, 1 + m) always gives). */
function gamma(shape: number, random: Random): number {
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    const x = gaussian(random);
    const v = (1 + c * x) ** 3;
    if (v <= 0) continue;
    const u = random();
    if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) return d * v;
  }
}

export function sampleBeta(a: number, b: number, random: Random): number {
  // Gamma's rejection loop never ends for a NaN or a shape below 1: fail loudly instead of hanging.
  if (!(a >= 1 && b >= 1)) throw new Error(`Beta(${a}, ${b}) cannot be sampled`);
  const x = gamma(a, random);
  return x / (x + gamma(b, random));
}

/** The terms, best Thompson draw first. */
export function rankTerms(
  terms: readonly string[],
  arms: Record<string, Arm> | undefined,
  random: Random,
): string[] {
  const draws = terms.map((t) => {
    const arm = armOf(arms, t);
    return { t, v: sampleBeta(1 + arm.likes, 1 + arm.dislikes, random) };
  });
  return draws.sort((x, y) => y.v - x.v).map((d) => d.t);
}

/** A thumb on a track credits (or blames) the terms whose search found it. */
export function recordFeedback(
  p: Preferences,
  emotion: string,
  terms: readonly string[],
  liked: boolean,
): Preferences {
  // Prototype-free, so that a term named "__proto__" is stored as a key like any other word.
  const arms: Record<string, Arm> = Object.assign(Object.create(null), p[emotion]);
  for (const term of terms) {
    const arm = armOf(arms, term);
    arms[term.toLowerCase()] = liked
      ? { ...arm, likes: arm.likes + 1 }
      : { ...arm, dislikes: arm.dislikes + 1 };
  }
  return { ...p, [emotion]: arms };
}

/** Posterior mean, for showing what was learned. */
export function preference(arm: Arm | undefined): number {
  return (1 + (arm?.likes ?? 0)) / (2 + (arm?.likes ?? 0) + (arm?.dislikes ?? 0));
}
