// The mood's row -> searches in Apple's catalogue. Apple's `term` is plain words (no `genre:` filter as
// on Spotify), so a genre goes into the term with a mood keyword, and the genre is also mapped to the
// names Apple puts in `primaryGenreName`, which ranks the songs of that genre first.
import type { Emotion } from '../emotions';
import type { Preferences, Random } from './bandit';
import type { MusicRow } from './mapping';
import { pairTerms, type SearchQuery, termPairs } from './queries';

/** Row genres (the seed's and common ones) -> Apple's genre names that count as a match. */
const APPLE_GENRES: Record<string, string[]> = {
  dance: ['Dance', 'House', 'Electronic'],
  pop: ['Pop', 'K-Pop', 'J-Pop', 'Dance'],
  rock: ['Rock', 'Hard Rock', 'Alternative', 'Metal'],
  ambient: ['Ambient', 'New Age', 'Electronic'],
  electronic: ['Electronic', 'Dance', 'House', 'Techno'],
  party: ['Dance', 'Pop', 'Hip-Hop/Rap'],
  'hip-hop': ['Hip-Hop/Rap', 'Hip-Hop'],
  'hip hop': ['Hip-Hop/Rap', 'Hip-Hop'],
  rap: ['Hip-Hop/Rap', 'Rap'],
  'r&b': ['R&B/Soul'],
  soul: ['R&B/Soul', 'Soul'],
  metal: ['Metal', 'Hard Rock'],
  'k-pop': ['K-Pop'],
  latin: ['Latin', 'Latino', 'Pop Latino'],
  classical: ['Classical'],
  jazz: ['Jazz'],
  blues: ['Blues'],
  country: ['Country'],
  reggae: ['Reggae'],
  folk: ['Folk', 'Singer/Songwriter'],
  indie: ['Alternative', 'Indie Rock', 'Indie Pop'],
  soundtrack: ['Soundtrack'],
  instrumental: ['Instrumental'],
};

/** Apple's genre names for a row genre; an unknown genre matches an Apple genre of the same name. */
export function appleGenres(genre: string): string[] {
  return APPLE_GENRES[genre.trim().toLowerCase()] ?? [genre.trim()];
}

/**
 * Up to `max` searches, ordered by the learned preferences: "genre keyword" for each genre of the row
 * (each with a different keyword while there are enough), or one search per keyword when the row has
 * no genre. The terms of a query are the row words it stands for, so thumbs credit them.
 */
export function itunesQueries(
  row: MusicRow,
  prefs: Preferences,
  emotion: Emotion,
  random: Random,
  max = 3,
): SearchQuery[] {
  return termPairs(row, prefs, emotion, random, max).map((p) => {
    const terms = pairTerms(p);
    const query: SearchQuery = { q: terms.join(' '), terms };
    return p.genre !== null ? { ...query, genres: appleGenres(p.genre) } : query;
  });
}
