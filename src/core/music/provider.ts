// A music source behind one interface: the suggester asks a provider for searches from the mood's row
// and for the tracks of each search, and does everything else (mixing, cache, fallbacks, thumbs) the
// same way for every provider. Spotify (the user's own app) and Apple's keyless catalogue implement it.

import type { Emotion } from '../emotions';
import { type Message, message } from '../message';
import type { Preferences, Random } from './bandit';
import type { MusicRow } from './mapping';
import type { Playlist } from './playlists';
import type { SearchQuery } from './queries';
import type { Track } from './tracks';

export const PROVIDER_IDS = ['itunes', 'spotify'] as const;
export type ProviderId = (typeof PROVIDER_IDS)[number];

/** What the user chooses in the settings: a provider, or the search links alone. */
export type ProviderChoice = ProviderId | 'links';

/** A music source's name, as words of the catalogue ("Apple’s catalogue" is words, not a brand). */
export const providerName = (id: ProviderId) =>
  message(id === 'itunes' ? 'provider_itunes' : 'provider_spotify');

export function isProviderId(v: unknown): v is ProviderId {
  return typeof v === 'string' && (PROVIDER_IDS as readonly string[]).includes(v);
}

/** Whether a provider can search now; `reason` (if any) tells the user what is missing. */
export type Availability = { ready: true } | { ready: false; reason: readonly Message[] | null };

/** One search's tracks; `dropped` counts tracks or covers left out because a link was not the service's own. */
export interface SearchResult {
  tracks: Track[];
  dropped: number;
}

export interface MusicProvider {
  readonly id: ProviderId;
  availability(): Promise<Availability>;
  /** The searches for a row under the learned preferences, best first. */
  queries(row: MusicRow, prefs: Preferences, source: Emotion, random: Random): Promise<SearchQuery[]>;
  /**
   * The tracks of one search, best first. `refresh` asks for other tracks than last time. Failures
   * throw a ProviderError (background/music/provider-error.ts) that says what went wrong.
   */
  search(query: SearchQuery, o: { refresh: boolean }): Promise<SearchResult>;
  /** A few playlists for the row, where the provider has them (Spotify); an extra, never required. */
  playlists?(row: MusicRow): Promise<Playlist[]>;
}
