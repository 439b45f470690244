// Apple's iTunes Search API (GET /search?term=…&media=music&entity=song) -> the tracks the popup shows.
// Strict: the answer must be `{ resultCount, results: [...] }`; a result that is not a song is left out,
// a song without an id, title, artist or https page is unusable, and an answer whose songs are all
// unusable is rejected as a whole rather than shown half-formed. Held to what was asked: at most the
// requested number of results, https links, covers and previews, and text of a bounded length, before
// anything is cached.
import { MessageError, message } from '../message';
import { httpsUrl } from './https-url';
import { isString, type Track } from './tracks';

/** Longer titles and names are cut: nothing real is this long, and each is cached. */
export const MAX_TEXT_LENGTH = 200;
const bounded = (s: string) => (s.length > MAX_TEXT_LENGTH ? `${s.slice(0, MAX_TEXT_LENGTH - 1)}…` : s);

/** The fields of one iTunes search result that Emotune reads (Apple's documented names). */
export interface ItunesResult {
  wrapperType: 'track';
  kind: 'song';
  trackId: number;
  trackName: string;
  artistName: string;
  trackViewUrl: string;
  artworkUrl100?: string;
  previewUrl?: string;
  primaryGenreName?: string;
  collectionName?: string;
  trackTimeMillis?: number;
}

const notUnderstood = (why: string) =>
  new MessageError(
    [message('itunes_badAnswer')],
    `Apple’s catalogue sent an answer Emotune does not understand (${why}).`,
  );

function parseSong(raw: Record<string, unknown>, terms: string[]): Track | null {
  const url = httpsUrl(raw.trackViewUrl);
  const id = raw.trackId;
  if (typeof id !== 'number' || !Number.isInteger(id) || id <= 0) return null;
  if (!isString(raw.trackName) || !isString(raw.artistName) || !url) return null;
  return {
    id: `itunes:${id}`,
    name: bounded(raw.trackName),
    artists: [bounded(raw.artistName)],
    uri: null,
    url,
    image: httpsUrl(raw.artworkUrl100),
    preview: httpsUrl(raw.previewUrl),
    terms,
  };
}

/**
 * The songs of a search answer, those whose `primaryGenreName` is one of `genres` first (Apple's genre
 * field is how a row's genre is honoured: the search term alone also matches titles and artists). Only
 * the first `limit` results (what the search asked for) are read.
 */
export function parseItunesSearch(
  body: unknown,
  terms: string[],
  genres: readonly string[] = [],
  limit = Number.POSITIVE_INFINITY,
): Track[] {
  // i18n-ignore: detail for the log line; people read itunes_badAnswer
  if (!body || typeof body !== 'object' || Array.isArray(body)) throw notUnderstood('not an object');
  const { resultCount, results } = body as { resultCount?: unknown; results?: unknown };
  if (typeof resultCount !== 'number' || !Number.isInteger(resultCount) || resultCount < 0)
    // i18n-ignore: detail for the log line; people read itunes_badAnswer
    throw notUnderstood('no result count');
  // i18n-ignore: detail for the log line; people read itunes_badAnswer
  if (!Array.isArray(results)) throw notUnderstood('no result list');
  const wanted = new Set(genres.map((g) => g.toLowerCase()));
  const inGenre: Track[] = [];
  const others: Track[] = [];
  let songs = 0;
  for (const raw of results.slice(0, limit)) {
    if (!raw || typeof raw !== 'object') continue;
    const r = raw as Record<string, unknown>;
    // With entity=song Apple only sends songs; anything else (a music video, an album) is skipped.
    if (r.wrapperType !== 'track' || r.kind !== 'song') continue;
    songs++;
    const track = parseSong(r, terms);
    if (!track) continue;
    const genre = typeof r.primaryGenreName === 'string' ? r.primaryGenreName.toLowerCase() : '';
    (wanted.has(genre) ? inGenre : others).push(track);
  }
  if (songs > 0 && inGenre.length + others.length === 0)
    // i18n-ignore: detail for the log line; people read itunes_badAnswer
    throw notUnderstood('songs without id, title, artist or link');
  return [...inGenre, ...others];
}
