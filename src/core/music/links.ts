// The embedded default: with no Spotify account (or while Spotify cannot be reached) the mood still
// gives music, as ready-made searches on Spotify's web player and YouTube Music. No API, no sign-in.
import type { MusicRow } from './mapping';

export type LinkService = 'spotify' | 'youtube-music';

export interface SearchLink {
  /** The words searched, shown as the link's text. */
  phrase: string;
  service: LinkService;
  url: string;
}

/** Brands, the same in every language. */
export const SERVICE_NAMES: Record<LinkService, string> = {
  // i18n-ignore: a brand
  spotify: 'Spotify',
  // i18n-ignore: a brand
  'youtube-music': 'YouTube Music',
};

/** Search phrases for a row: each genre with the row's first keyword, or the keywords alone. */
export function searchPhrases(row: MusicRow, max = 3): string[] {
  const [first] = row.keywords;
  const phrases = row.genres.length
    ? row.genres.map((g) => (first ? `${g} ${first}` : g))
    : row.keywords.slice();
  return phrases.slice(0, max);
}

export function searchLinks(row: MusicRow): SearchLink[] {
  return searchPhrases(row).flatMap((phrase) => [
    { phrase, service: 'spotify', url: `https://open.spotify.com/search/${encodeURIComponent(phrase)}` },
    {
      phrase,
      service: 'youtube-music',
      url: `https://music.youtube.com/search?q=${encodeURIComponent(phrase)}`,
    },
  ]);
}
