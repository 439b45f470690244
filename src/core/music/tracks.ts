// The track every provider returns, Spotify /v1/search responses -> tracks, and mixing the lists of
// several queries. Responses are checked field by field: a malformed answer is rejected with a clear
// error instead of reaching the popup half-formed.
import { MessageError, message } from '../message';
import { httpsUrl } from './https-url';
import { spotifyAppUri, spotifyImageUrl, spotifyWebUrl } from './spotify-links';

export interface Track {
  /** Unique across providers (Apple's ids carry an `itunes:` prefix). */
  id: string;
  name: string;
  artists: string[];
  /** A link that opens the provider's app (spotify:track:...), or null; `url` is the web page. */
  uri: string | null;
  url: string;
  image: string | null;
  /** A short audio preview (http/https), or null where the provider gives none. */
  preview: string | null;
  /** The row terms whose query found this track (for feedback). */
  terms: string[];
}

export const isString = (v: unknown): v is string => typeof v === 'string' && v !== '';

/**
 * Only http(s) URLs reach the popup's links, images and audio: a `javascript:` or `data:` URL from a
 * service would run or load in an extension page.
 */
export function webUrl(v: unknown): string | null {
  if (!isString(v)) return null;
  try {
    const { protocol } = new URL(v);
    return protocol === 'https:' || protocol === 'http:' ? v : null;
  } catch {
    return null;
  }
}

/** A track, or null if unusable; `unsafe` is set when a link in it was not Spotify's (see spotify-links). */
function parseTrack(raw: unknown, terms: string[], unsafe: () => void): Track | null {
  if (!raw || typeof raw !== 'object') return null;
  const t = raw as Record<string, unknown>;
  const album = t.album as { images?: { url?: unknown; width?: unknown }[] } | undefined;
  const artists = Array.isArray(t.artists)
    ? t.artists.map((a) => (a as { name?: unknown })?.name).filter(isString)
    : [];
  const rawUrl = (t.external_urls as { spotify?: unknown } | undefined)?.spotify;
  if (!isString(t.id) || !isString(t.name) || !isString(t.uri) || !isString(rawUrl) || artists.length === 0)
    return null;
  const uri = spotifyAppUri(t.uri);
  const url = spotifyWebUrl(rawUrl);
  if (!uri || !url) {
    unsafe();
    return null;
  }
  // The smallest image of at least 64 px: the popup shows 48 px covers.
  const images = (Array.isArray(album?.images) ? album.images : [])
    .filter((i) => isString(i?.url))
    .sort((a, b) => Number(a.width) - Number(b.width));
  const picked = (images.find((i) => Number(i.width) >= 64) ?? images.at(-1))?.url;
  const image = spotifyImageUrl(picked);
  if (picked !== undefined && !image) unsafe();
  // Spotify dropped preview_url for new apps (Nov 2024); older apps may still get one.
  return { id: t.id, name: t.name, artists, uri, url, image, preview: webUrl(t.preview_url), terms };
}

/**
 * Throws if the body is not a Spotify search response; skips individual tracks that are unusable.
 * `dropped` counts tracks and covers left out because a link was not Spotify's.
 */
export function parseSearchChecked(body: unknown, terms: string[]): { tracks: Track[]; dropped: number } {
  const items = (body as { tracks?: { items?: unknown } } | null)?.tracks?.items;
  if (!Array.isArray(items))
    throw new MessageError(
      [message('spotify_badTracks')],
      'Spotify sent an answer Emotune does not understand (no track list).',
    );
  let dropped = 0;
  const tracks = items
    .map((i) => parseTrack(i, terms, () => void dropped++))
    .filter((t): t is Track => t !== null);
  return { tracks, dropped };
}

export function parseSearch(body: unknown, terms: string[]): Track[] {
  return parseSearchChecked(body, terms).tracks;
}

/**
 * A stored track still has the shape the popup renders, and links it may render (caches predate the
 * checks): Apple's tracks (ids `itunes:...`) web links only and no app link; Spotify's only Spotify's
 * https hosts and the `spotify:` scheme (spotify-links.ts).
 */
export function isTrack(v: unknown): v is Track {
  if (!v || typeof v !== 'object') return false;
  const t = v as Record<string, unknown>;
  const strings = (x: unknown) => Array.isArray(x) && x.every(isString);
  const shape =
    isString(t.id) &&
    isString(t.name) &&
    strings(t.artists) &&
    (t.artists as string[]).length > 0 &&
    Array.isArray(t.terms) &&
    t.terms.every((x) => typeof x === 'string') &&
    (t.preview === null || webUrl(t.preview) !== null);
  if (!shape) return false;
  if (String(t.id).startsWith('itunes:'))
    return (
      t.uri === null &&
      httpsUrl(t.url) !== null &&
      (t.image === null || httpsUrl(t.image) !== null) &&
      (t.preview === null || httpsUrl(t.preview) !== null)
    );
  return (
    spotifyAppUri(t.uri) !== null &&
    spotifyWebUrl(t.url) !== null &&
    (t.image === null || spotifyImageUrl(t.image) !== null)
  );
}

/**
 * Interleaves the result lists of several queries (one genre each), so that every genre of the row is
 * heard, drops duplicates (same id, or same title and first artist) and tracks shown recently.
 */
export function mixTracks(lists: Track[][], recentlyShown: ReadonlySet<string>, limit: number): Track[] {
  const out: Track[] = [];
  const seen = new Set<string>();
  const longest = Math.max(0, ...lists.map((l) => l.length));
  for (let i = 0; i < longest && out.length < limit; i++) {
    for (const list of lists) {
      const t = list[i];
      if (!t || out.length >= limit) continue;
      const key = `${t.name.toLowerCase()}|${t.artists[0]?.toLowerCase()}`;
      if (seen.has(t.id) || seen.has(key) || recentlyShown.has(t.id)) continue;
      seen.add(t.id);
      seen.add(key);
      out.push(t);
    }
  }
  return out;
}
