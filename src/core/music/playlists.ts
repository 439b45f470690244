// "Tracks or playlists", as the seed system offers: a few playlists for the mood's words. Spotify's
// playlist search (type=playlist) answers with user playlists and editorial ones; editorial playlists
// are closed to new apps since Nov 2024, and Spotify leaves `null` holes in the list, so both are
// skipped. A malformed answer is rejected with a clear error.
import { MessageError, message } from '../message';
import type { MusicRow } from './mapping';
import { isString, webUrl } from './tracks';

export interface Playlist {
  id: string;
  name: string;
  /** The owner's display name. */
  owner: string;
  /** The playlist's web page. */
  url: string;
  image: string | null;
  /** Number of tracks, when Spotify says. */
  tracks: number | null;
}

/** Spotify's own account: the owner of editorial playlists. */
const EDITORIAL_OWNER = 'spotify';

/** The words of a playlist search: the row's first genre with its first keyword, or its keywords. */
export function playlistQuery(row: MusicRow): string {
  const [genre] = row.genres;
  const [keyword] = row.keywords;
  return [genre, keyword].filter(Boolean).join(' ') || row.mood;
}

function parsePlaylist(raw: unknown): Playlist | null {
  if (!raw || typeof raw !== 'object') return null;
  const p = raw as Record<string, unknown>;
  const owner = (p.owner ?? {}) as { id?: unknown; display_name?: unknown };
  const url = webUrl((p.external_urls as { spotify?: unknown } | undefined)?.spotify);
  if (!isString(p.id) || !isString(p.name) || !url || owner.id === EDITORIAL_OWNER) return null;
  const images = Array.isArray(p.images) ? (p.images as { url?: unknown }[]) : [];
  const total = (p.tracks as { total?: unknown } | undefined)?.total;
  return {
    id: p.id,
    name: p.name,
    owner: isString(owner.display_name) ? owner.display_name : isString(owner.id) ? owner.id : 'someone',
    url,
    // Spotify lists a playlist's images largest first: the last is the smallest.
    image: webUrl(images.at(-1)?.url),
    tracks: typeof total === 'number' && Number.isInteger(total) && total >= 0 ? total : null,
  };
}

/** Reads /v1/search?type=playlist; throws on a malformed answer, skips holes and editorial lists. */
export function parsePlaylists(body: unknown, max = 4): Playlist[] {
  const items = (body as { playlists?: { items?: unknown } } | null)?.playlists?.items;
  if (!Array.isArray(items))
    throw new MessageError(
      [message('spotify_badPlaylists')],
      'Spotify sent a playlist answer Emotune does not understand (no playlist list).',
    );
  return items
    .map(parsePlaylist)
    .filter((p): p is Playlist => p !== null)
    .slice(0, max);
}

export function isPlaylist(v: unknown): v is Playlist {
  const p = v as Partial<Playlist> | null;
  return (
    !!p &&
    typeof p.id === 'string' &&
    typeof p.name === 'string' &&
    typeof p.owner === 'string' &&
    typeof p.url === 'string' &&
    (p.image === null || typeof p.image === 'string') &&
    (p.tracks === null || typeof p.tracks === 'number')
  );
}
