import type { Emotion } from '../emotions';
import { type Preferences, type Random, rankTerms } from './bandit';
import type { MusicMapping, MusicRow } from './mapping';

export type Strategy = 'match' | 'lift';

/** "Lift my mood": which row to play instead, for the moods a user may want to leave. Editable. */
export const DEFAULT_LIFT: Partial<Record<Emotion, Emotion>> = {
  sad: 'happy',
  angry: 'fear', // relaxing, ambient: calmer before happier
  fear: 'neutral',
  disgust: 'happy',
};

/** The row whose music answers `emotion` under the strategy. */
export function rowFor(
  emotion: Emotion,
  mapping: MusicMapping,
  strategy: Strategy,
  lift: Partial<Record<Emotion, Emotion>> = DEFAULT_LIFT,
): { source: Emotion; row: MusicRow } {
  const source = strategy === 'lift' ? (lift[emotion] ?? emotion) : emotion;
  return { source, row: mapping[source] };
}

export interface SearchQuery {
  /** The words searched (Spotify's `q`, Apple's `term`), also shown under "why these". */
  q: string;
  /** The row terms this query stands for: a thumb on its tracks updates their arms. */
  terms: string[];
  /** The catalogue's genre names whose results come first (where the catalogue has no genre filter). */
  genres?: string[];
}

const quote = (term: string) => (term.includes(' ') ? `"${term}"` : term);

/** One search's row words: a genre with a mood keyword, a genre alone, or a keyword alone. */
export interface TermPair {
  genre: string | null;
  keyword: string | null;
}

/**
 * The row's words paired for up to `max` searches, ordered by the learned preferences: each genre with a
 * different keyword while there are enough, or one keyword a search when the row has no genre. Every
 * provider formats the pairs its own way (`genre:` filters on Spotify, plain words on Apple).
 */
export function termPairs(
  row: MusicRow,
  prefs: Preferences,
  emotion: Emotion,
  random: Random,
  max = 3,
): TermPair[] {
  const arms = prefs[emotion];
  const genres = rankTerms(row.genres, arms, random);
  const keywords = rankTerms(row.keywords, arms, random);
  if (genres.length === 0) return keywords.slice(0, max).map((keyword) => ({ genre: null, keyword }));
  return genres.slice(0, max).map((genre, i) => ({ genre, keyword: keywords[i % keywords.length] ?? null }));
}

/** The row words a pair stands for, so that thumbs credit them. */
export const pairTerms = (p: TermPair): string[] =>
  [p.genre, p.keyword].filter((t): t is string => t !== null);

/**
 * Spotify search queries for one row: one per genre (as a `genre:` filter, with a keyword to set the
 * mood), or one per keyword when the row has no genres, ordered by the learned preferences, at most `max`.
 */
export function buildQueries(
  row: MusicRow,
  prefs: Preferences,
  emotion: Emotion,
  random: Random,
  max = 3,
): SearchQuery[] {
  return termPairs(row, prefs, emotion, random, max).map((p) => {
    const q = [
      p.genre !== null ? `genre:${quote(p.genre)}` : null,
      p.keyword !== null ? quote(p.keyword) : null,
    ];
    return { q: q.filter(Boolean).join(' '), terms: pairTerms(p) };
  });
}
