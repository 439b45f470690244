// Music state the extension keeps (not settings): the Spotify session, the suggestions the popup shows,
// the per-mood cache that backs the offline fallback and recently shown tracks.
import { type Emotion, isEmotion } from '../core/emotions';
import type { AnnounceState } from '../core/music/auto-suggest';
import { INITIAL_ANNOUNCE } from '../core/music/auto-suggest';
import type { TopArtist } from '../core/music/personal';
import { isPlayQueue, type PlayQueue } from '../core/music/play-queue';
import { INITIAL_RATE, isRateState, type RateState } from '../core/music/rate-limit';
import type { SpotifyTokens } from '../core/music/spotify-auth';
import { cleanSuggestions, migrateSuggestionsV2, type Suggestions } from '../core/music/suggestions';
import type { Track } from '../core/music/tracks';
import type { ItemDefinition } from './storage-item';

export interface SpotifySession extends SpotifyTokens {
  /** The Client ID the tokens belong to: changing the ID signs out. */
  clientId: string;
  userName: string | null;
}

/** Tokens: secret, so storage.local (never sync); null = signed out. */
export const spotifySessionDef: ItemDefinition<SpotifySession | null> = {
  key: 'spotifySession',
  area: 'local',
  version: 1,
  defaultValue: null,
  validate: (v) => {
    if (v === null) return null;
    const s = v as Partial<SpotifySession> | undefined;
    return s &&
      typeof s.accessToken === 'string' &&
      typeof s.refreshToken === 'string' &&
      typeof s.expiresAt === 'number' &&
      typeof s.scope === 'string' &&
      typeof s.clientId === 'string' &&
      (s.userName === null || typeof s.userName === 'string')
      ? (s as SpotifySession)
      : undefined;
  },
};

/** What pages may know of the Spotify sign-in: who and what was granted, never a token. */
export interface SpotifyStatus {
  clientId: string;
  userName: string | null;
  scope: string;
}

export function spotifyStatusOf(session: SpotifySession | null): SpotifyStatus | null {
  return session && { clientId: session.clientId, userName: session.userName, scope: session.scope };
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

/** The suggestions on show (local, so the popup has music at once when it opens). */
export const suggestionsDef: ItemDefinition<Suggestions | null> = {
  key: 'suggestions',
  area: 'local',
  version: 2,
  defaultValue: null,
  validate: (v) => (v === null ? null : cleanSuggestions(v)),
  migrations: { 2: migrateSuggestionsV2 },
};

/** The last tracks per mood: reused while fresh, and the fallback when the provider is down. */
export const trackCacheDef: ItemDefinition<Partial<Record<Emotion, Suggestions>>> = {
  key: 'trackCache',
  area: 'local',
  version: 2,
  defaultValue: {},
  // One damaged mood's entry is dropped, not the whole cache.
  validate: (v) => {
    if (!v || typeof v !== 'object' || Array.isArray(v)) return undefined;
    const cache: Partial<Record<Emotion, Suggestions>> = {};
    for (const [e, s] of Object.entries(v)) {
      const clean = cleanSuggestions(s);
      if (isEmotion(e) && clean) cache[e] = clean;
    }
    return cache;
  },
  migrations: {
    2: (old) =>
      old && typeof old === 'object'
        ? Object.fromEntries(Object.entries(old).map(([e, s]) => [e, migrateSuggestionsV2(s)]))
        : old,
  },
};

/**
 * The user's answer to "Show real tracks from Apple's catalogue?": asked once in the popup. 'granted'
 * still needs the browser's host permission, which the user can withdraw at any time.
 */
export type KeylessConsent = 'unasked' | 'granted' | 'declined';
export const keylessConsentDef: ItemDefinition<KeylessConsent> = {
  key: 'keylessConsent',
  area: 'local',
  version: 1,
  defaultValue: 'unasked',
  validate: (v) => (v === 'unasked' || v === 'granted' || v === 'declined' ? v : undefined),
};

/** Calls to Apple's Search API in the last minute (session: the limit is Apple's, per browser run). */
export const itunesRateDef: ItemDefinition<RateState> = {
  key: 'itunesRate',
  area: 'session',
  version: 1,
  defaultValue: INITIAL_RATE,
  validate: (v) => (isRateState(v) ? v : undefined),
};

export interface CachedSearch {
  at: number;
  tracks: Track[];
}

/** Apple's answers by country and search words, so that a refresh costs no call while fresh. */
export const itunesCacheDef: ItemDefinition<Record<string, CachedSearch>> = {
  key: 'itunesCache',
  area: 'local',
  version: 1,
  defaultValue: {},
  validate: (v) =>
    v &&
    typeof v === 'object' &&
    !Array.isArray(v) &&
    Object.values(v).every((c) => typeof c?.at === 'number' && Array.isArray(c?.tracks))
      ? (v as Record<string, CachedSearch>)
      : undefined,
};

export interface ShownTrack {
  id: string;
  at: number;
}

/** Tracks shown recently, left out of the next suggestions so that a refresh brings new music. */
export const recentTracksDef: ItemDefinition<ShownTrack[]> = {
  key: 'recentTracks',
  area: 'local',
  version: 1,
  defaultValue: [],
  validate: (v) =>
    Array.isArray(v) && v.every((t) => typeof t?.id === 'string' && typeof t?.at === 'number')
      ? (v as ShownTrack[])
      : undefined,
};

export interface SpotifyPause {
  /** Epoch ms before which Emotune does not call Spotify. */
  until: number;
  reason: string;
}

/** After Spotify said the app's quota is spent: no call before `until` (each would spend more). */
export const spotifyPauseDef: ItemDefinition<SpotifyPause | null> = {
  key: 'spotifyPause',
  area: 'local',
  version: 1,
  defaultValue: null,
  validate: (v) => {
    if (v === null) return null;
    const p = v as Partial<SpotifyPause> | undefined;
    return p && typeof p.until === 'number' && typeof p.reason === 'string' ? (p as SpotifyPause) : undefined;
  },
};

/** The user's top artists (personalise only), refreshed daily; null = not fetched. */
export const topArtistsDef: ItemDefinition<{ artists: TopArtist[]; at: number } | null> = {
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
      ? (t as { artists: TopArtist[]; at: number })
      : undefined;
  },
};

/** Which mood the badge announces and when the last notification went out (session: per browser run). */
export const announceStateDef: ItemDefinition<AnnounceState> = {
  key: 'announceState',
  area: 'session',
  version: 1,
  defaultValue: INITIAL_ANNOUNCE,
  validate: (v) => {
    const s = v as Partial<AnnounceState> | undefined;
    return s &&
      (s.announced === null || isEmotion(s.announced)) &&
      (s.notifiedAt === null || typeof s.notifiedAt === 'number')
      ? (s as AnnounceState)
      : undefined;
  },
};

/**
 * "Keep playing while I browse": the queue the player page plays (session: playback ends with the
 * browser); null = nothing queued. The background writes it, the popup shows it.
 */
export const playQueueDef: ItemDefinition<PlayQueue | null> = {
  key: 'playQueue',
  area: 'session',
  version: 1,
  defaultValue: null,
  validate: (v) => (v === null || isPlayQueue(v) ? (v as PlayQueue | null) : undefined),
};
