// "Personalise": with the user's consent (scope user-top-read) the searches also ask for the user's own
// top artists whose Spotify genres match the row, so the mood's music starts from artists they play.
import type { MusicRow } from './mapping';
import type { SearchQuery } from './queries';

export interface TopArtist {
  name: string;
  genres: string[];
}

export const PERSONAL_SCOPE = 'user-top-read';

/** Reads /v1/me/top/artists; throws on a malformed answer, skips unusable artists. */
export function parseTopArtists(body: unknown): TopArtist[] {
  const items = (body as { items?: unknown } | null)?.items;
  if (!Array.isArray(items))
    throw new Error('Spotify sent a top-artists answer Emotune does not understand.');
  return items.flatMap((a) => {
    const { name, genres } = (a ?? {}) as { name?: unknown; genres?: unknown };
    if (typeof name !== 'string' || name.trim() === '') return [];
    const g = Array.isArray(genres) ? genres.filter((x): x is string => typeof x === 'string') : [];
    return [{ name, genres: g.map((x) => x.toLowerCase()) }];
  });
}

/**
 * One `artist:` query for each of the first `max` top artists with a genre that contains one of the
 * row's genres ("dance pop" matches "pop"). Its terms are the matched genres, so thumbs credit them.
 */
export function artistQueries(row: MusicRow, artists: readonly TopArtist[], max = 2): SearchQuery[] {
  // Whole words, hyphens as spaces: "hip-hop" matches "southern hip hop", "rock" does not match "rockabilly".
  const words = (s: string) => ` ${s.toLowerCase().replace(/-/g, ' ')} `;
  const out: SearchQuery[] = [];
  for (const artist of artists) {
    if (out.length >= max) break;
    const matched = row.genres.filter((g) => artist.genres.some((ag) => words(ag).includes(words(g))));
    // Quotes would end the phrase early: drop them from the name.
    if (matched.length) out.push({ q: `artist:"${artist.name.replace(/"/g, '')}"`, terms: matched });
  }
  return out;
}
