// Spotify (the user's own app, signed in with PKCE) as a music provider: `genre:` searches in the
// user's market, led by the user's top artists when "personalise" is on and was granted.
import type { Random } from '../../core/music/bandit';
import { artistQueries, PERSONAL_SCOPE, parseTopArtists, type TopArtist } from '../../core/music/personal';
import { parsePlaylists, playlistQuery } from '../../core/music/playlists';
import type { MusicProvider } from '../../core/music/provider';
import { buildQueries } from '../../core/music/queries';
import { parseSearchChecked } from '../../core/music/tracks';
import type { TopArtistsCache } from '../../shared/spotify-items';
import type { StorageItem } from '../../shared/storage-item';
import type { musicSettings } from '../../shared/stores';
import type { SpotifyApi } from './api';
import type { SpotifySession } from './session';

/** Spotify's development-mode limit (2026): at most 10 results a search. */
export const PER_SEARCH = 10;
const TOP_ARTISTS_TTL_MS = 24 * 60 * 60_000;

export interface SpotifyProviderDeps {
  api: SpotifyApi;
  settings: Pick<typeof musicSettings, 'clientId' | 'personalise'>;
  state: { session: StorageItem<SpotifySession | null>; topArtists: StorageItem<TopArtistsCache | null> };
  random?: Random;
  now?: () => number;
}

export function createSpotifyProvider(deps: SpotifyProviderDeps): MusicProvider {
  const random = deps.random ?? Math.random;
  const now = deps.now ?? Date.now;

  /** The user's top artists when "personalise" is on and was granted; a failure only loses the extra. */
  async function topArtists(): Promise<TopArtist[]> {
    const session = await deps.state.session.get();
    if (!(await deps.settings.personalise.get()) || !session?.scope.split(' ').includes(PERSONAL_SCOPE))
      return [];
    const cached = await deps.state.topArtists.get();
    if (cached && now() - cached.at < TOP_ARTISTS_TTL_MS) return cached.artists;
    try {
      const artists = parseTopArtists(await deps.api.topArtists());
      // Signed out (or another account) while the call was out: nothing of that session comes back.
      if ((await deps.state.session.get())?.refreshToken !== session.refreshToken) return [];
      await deps.state.topArtists.set({ artists, at: now() });
      return artists;
    } catch (error) {
      console.warn('[emotune] top artists:', error);
      return cached?.artists ?? [];
    }
  }

  return {
    id: 'spotify',

    async availability() {
      const signedIn =
        (await deps.settings.clientId.get()) !== '' && (await deps.state.session.get()) !== null;
      // Not signed in: the popup's "Connect Spotify" link says what to do.
      return signedIn ? { ready: true } : { ready: false, reason: null };
    },

    async queries(row, prefs, source, rand) {
      return [...artistQueries(row, await topArtists()), ...buildQueries(row, prefs, source, rand)];
    },

    async search(query, { refresh }) {
      // A refresh pages further into the results, so that it brings different music.
      const offset = refresh ? (1 + Math.floor(random() * 4)) * PER_SEARCH : 0;
      return parseSearchChecked(await deps.api.search(query.q, { limit: PER_SEARCH, offset }), query.terms);
    },

    // More are asked for than shown: editorial playlists and Spotify's null holes are left out.
    playlists: async (row) => parsePlaylists(await deps.api.searchPlaylists(playlistQuery(row), PER_SEARCH)),
  };
}
