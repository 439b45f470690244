// "Personalise": with the user's consent (scope user-top-read) the searches also ask for the user's own
// top artists whose Spotify genres match the row, so the mood's music starts from artists they play.
import { MessageError, message } from '../message';
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
    throw new MessageError(
      [message('spotify_badTopArtists')],
      'Spotify sent a top-artists answer Emotune does not understand.',
    );
  return items.flatMap((a) => {
    const { name, genres } = (a ?? {}) as { name?: unknown; genres?: unknown };
    if (typeof name !== 'string' || name.trim() === '') return [];
    const g = Array.isArray(genres) ? genres.filter((x): x is string => typeof x === 'string') : [];
    return [{ name, genres: g.map((x) => x.toLowerCase()) }];
  });
}

/** Whether Spotify left out every top artist's genres (reported removed from its answers in 2026). */
export function genresMissing(artists: readonly TopArtist[]): boolean {
  return artists.length > 0 && artists.every((a) => a.genres.length === 0);
}

/**
 * One `artist:` query for each of the first `max` top artists with a genre that contains one of the
 * row's genres ("dance pop" matches "pop"). Its terms are the matched genres, so thumbs credit them.
 * Where Spotify sent no genres at all, the artists cannot be matched to the row: each of the first
 * `max` artists is searched with one of the row's keywords instead (the keyword is the credited term).
 */
export function artistQueries(row: MusicRow, artists: readonly TopArtist[], max = 2): SearchQuery[] {
  const name = (a: TopArtist) => `artist:"${a.name.replace(/"/g, '')}"`;
  if (genresMissing(artists)) {
    if (row.keywords.length === 0) return [];
    return artists.slice(0, max).map((a, i) => {
      const keyword = row.keywords[i % row.keywords.length] ?? '';
      return { q: `${name(a)} ${keyword.includes(' ') ? `"${keyword}"` : keyword}`, terms: [keyword] };
    });
  }
  // Whole words, hyphens as spaces: "hip-hop" matches "southern hip hop", "rock" does not match "rockabilly".
  const words = (s: string) => ` ${s.toLowerCase().replace(/-/g, ' ')} `;
  const out: SearchQuery[] = [];
  for (const artist of artists) {
    if (out.length >= max) break;
    const matched = row.genres.filter((g) => artist.genres.some((ag) => words(ag).includes(words(g))));
    // Quotes would end the phrase early: name() drops them.
    if (matched.length) out.push({ q: name(artist), terms: matched });
  }
  return out;
}
