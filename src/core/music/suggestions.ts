// One set of suggestions as the popup shows it: a provider's tracks, or search links when no provider
// is set up or reachable, with the row that produced them ("why these") and a note on faults.
import { type Emotion, isEmotion } from '../emotions';
import { isMessage, type Message, message } from '../message';
import { type SearchLink, searchLinks } from './links';
import type { MusicRow } from './mapping';
import { isPlaylist, type Playlist } from './playlists';
import { isProviderId, type ProviderId } from './provider';
import type { Strategy } from './queries';
import { isTrack, type Track } from './tracks';

/** Fresh tracks from the provider, the mood's earlier tracks, or the search links. */
export type SuggestionOrigin = 'tracks' | 'cache' | 'links';

export interface Suggestions {
  /** The mood read from the face. */
  emotion: Emotion;
  /** The row played: the same emotion under "match", maybe another under "lift". */
  source: Emotion;
  strategy: Strategy;
  row: MusicRow;
  /** Whose tracks these are (null for search links). */
  provider: ProviderId | null;
  /** The searches sent to the provider. */
  queries: string[];
  tracks: Track[];
  /** Playlists for the mood's words, where the provider has them. */
  playlists: Playlist[];
  links: SearchLink[];
  origin: SuggestionOrigin;
  /** Why these are not fresh tracks (offline, rate-limited, signed out...): sentences for the page to translate. */
  note: readonly Message[] | null;
  /** A provider the user could allow to answer instead (Spotify refused this account), for the popup. */
  offer?: ProviderId;
  at: number;
  /** Thumbs given in this set, by track id. */
  ratings: Record<string, boolean>;
}

/** How long a mood's tracks are reused before the provider is asked again. */
export const CACHE_TTL_MS = 30 * 60_000;

function sameRow(a: MusicRow, b: MusicRow): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Whether `s` still answers this mood, row, strategy and provider, and is recent enough to show. */
export function stillFits(
  s: Suggestions | null,
  want: { emotion: Emotion; row: MusicRow; strategy: Strategy; provider: ProviderId },
  now: number,
): s is Suggestions {
  return (
    s !== null &&
    s.provider === want.provider &&
    s.emotion === want.emotion &&
    s.strategy === want.strategy &&
    sameRow(s.row, want.row) &&
    now - s.at < CACHE_TTL_MS
  );
}

export function linkSuggestions(
  base: Pick<Suggestions, 'emotion' | 'source' | 'strategy' | 'row'>,
  note: readonly Message[] | null,
  now: number,
): Suggestions {
  return {
    ...base,
    provider: null,
    queries: [],
    tracks: [],
    playlists: [],
    links: searchLinks(base.row),
    origin: 'links',
    note,
    at: now,
    ratings: {},
  };
}

function isSuggestions(v: unknown): v is Suggestions {
  if (!v || typeof v !== 'object') return false;
  const s = v as Record<string, unknown>;
  return (
    isEmotion(s.emotion) &&
    isEmotion(s.source) &&
    (s.strategy === 'match' || s.strategy === 'lift') &&
    !!s.row &&
    typeof s.row === 'object' &&
    Array.isArray(s.queries) &&
    Array.isArray(s.tracks) &&
    Array.isArray(s.links) &&
    (s.provider === null || isProviderId(s.provider)) &&
    Array.isArray(s.playlists) &&
    (s.origin === 'tracks' || s.origin === 'cache' || s.origin === 'links') &&
    (s.note === null || (Array.isArray(s.note) && s.note.every(isMessage))) &&
    (s.offer === undefined || isProviderId(s.offer)) &&
    typeof s.at === 'number' &&
    !!s.ratings &&
    typeof s.ratings === 'object'
  );
}

/**
 * Version 1 (Spotify only) -> 2: origin 'spotify' became 'tracks' with a `provider`, tracks gained
 * `preview`, and sets gained `playlists`. Anything that is not a version 1 set is passed on unchanged
 * for validation to refuse.
 */
export function migrateSuggestionsV2(old: unknown): unknown {
  if (!old || typeof old !== 'object') return old;
  const s = old as Record<string, unknown>;
  const tracks = Array.isArray(s.tracks)
    ? s.tracks.map((t) => (t && typeof t === 'object' ? { preview: null, ...t } : t))
    : s.tracks;
  const origin = s.origin === 'spotify' ? 'tracks' : s.origin;
  return { ...s, origin, provider: origin === 'links' ? null : 'spotify', tracks, playlists: [] };
}

/**
 * Version 2 -> 3: the note became messages the page translates. An older note is English text: it is
 * kept, shown as it was written.
 */
export function migrateSuggestionsV3(old: unknown): unknown {
  if (!old || typeof old !== 'object') return old;
  const s = old as Record<string, unknown>;
  return typeof s.note === 'string' ? { ...s, note: [message('note_verbatim', { text: s.note })] } : s;
}

export const UNREADABLE_TRACKS_NOTE = message('music_unreadableTracks');

const isRowShape = (v: unknown): v is MusicRow => {
  const r = v as Partial<Record<keyof MusicRow, unknown>> | null;
  const strings = (x: unknown) => Array.isArray(x) && x.every((t) => typeof t === 'string');
  return (
    !!r && typeof r === 'object' && typeof r.mood === 'string' && strings(r.genres) && strings(r.keywords)
  );
};

const LINK_HOSTS = new Set(['open.spotify.com', 'music.youtube.com']);
const isLink = (v: unknown): v is SearchLink => {
  const l = v as Partial<Record<keyof SearchLink, unknown>> | null;
  if (!l || typeof l !== 'object' || typeof l.phrase !== 'string' || typeof l.url !== 'string') return false;
  if (l.service !== 'spotify' && l.service !== 'youtube-music') return false;
  return (
    URL.canParse(l.url) && new URL(l.url).protocol === 'https:' && LINK_HOSTS.has(new URL(l.url).hostname)
  );
};

/**
 * A stored set, made safe to render: tracks, links and thumbs that are malformed (an older version, a
 * damaged profile) are left out with a note instead of breaking the popup; undefined if the set itself
 * is unusable.
 */
export function cleanSuggestions(v: unknown): Suggestions | undefined {
  if (!isSuggestions(v) || !isRowShape(v.row)) return undefined;
  const tracks = v.tracks.filter(isTrack);
  const playlists = v.playlists.filter(isPlaylist);
  const links = v.links.filter(isLink);
  const ratings: Record<string, boolean> = Object.create(null);
  for (const [id, liked] of Object.entries(v.ratings)) if (typeof liked === 'boolean') ratings[id] = liked;
  const lost =
    tracks.length !== v.tracks.length ||
    links.length !== v.links.length ||
    playlists.length !== v.playlists.length;
  const note = lost ? [...(v.note ?? []), UNREADABLE_TRACKS_NOTE] : v.note;
  return { ...v, tracks, playlists, links, ratings, note };
}
