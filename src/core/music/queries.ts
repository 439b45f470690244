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

/**
 * Search queries for one row: one per genre (as a `genre:` filter, with a keyword to set the mood), or one
 * per keyword when the row has no genres, ordered by the learned preferences, at most `max`.
 */
export function buildQueries(
  row: MusicRow,
  prefs: Preferences,
  emotion: Emotion,
  random: Random,
  max = 3,
): SearchQuery[] {
  const arms = prefs[emotion];
  const genres = rankTerms(row.genres, arms, random);
  const keywords = rankTerms(row.keywords, arms, random);
  if (genres.length === 0) return keywords.slice(0, max).map((k) => ({ q: quote(k), terms: [k] }));
  return genres.slice(0, max).map((genre, i) => {
    const keyword = keywords.length ? keywords[i % keywords.length] : undefined;
    const q = keyword ? `genre:${quote(genre)} ${quote(keyword)}` : `genre:${quote(genre)}`;
    return { q, terms: keyword ? [genre, keyword] : [genre] };
  });
}
