// What pages may read of the Spotify account: who is signed in (never a token) and the top artists that
// personalise the searches. The background's spotify/ writes both.
import type { TopArtist } from '../core/music/personal';
import type { ItemDefinition } from './storage-item';

/** What pages may know of the Spotify sign-in: who and what was granted, never a token. */
export interface SpotifyStatus {
  clientId: string;
  userName: string | null;
  scope: string;
}

/** The background mirrors the session into this token-free view; pages read it, never the session. */
export const spotifyStatusDef: ItemDefinition<SpotifyStatus | null> = {
  key: 'spotifyStatus',
  area: 'local',
  version: 1,
  defaultValue: null,
  validate: (v) => {
    if (v === null) return null;
    const s = v as Partial<SpotifyStatus> | undefined;
    return s &&
      typeof s.clientId === 'string' &&
      typeof s.scope === 'string' &&
      (s.userName === null || typeof s.userName === 'string') &&
      Object.keys(s).length === 3
      ? { clientId: s.clientId, userName: s.userName, scope: s.scope }
      : undefined;
  },
};

export interface TopArtistsCache {
  artists: TopArtist[];
  at: number;
}

/** The user's top artists (personalise only), refreshed daily; null = not fetched. */
export const topArtistsDef: ItemDefinition<TopArtistsCache | null> = {
  key: 'topArtists',
  area: 'local',
  version: 1,
  defaultValue: null,
  validate: (v) => {
    if (v === null) return null;
    const t = v as { artists?: unknown; at?: unknown } | undefined;
    return t &&
      typeof t.at === 'number' &&
      Array.isArray(t.artists) &&
      t.artists.every((a) => typeof a?.name === 'string' && Array.isArray(a?.genres))
      ? (t as TopArtistsCache)
      : undefined;
  },
};
