// Builds the music side of the background from the real browser: the providers (Apple's keyless
// catalogue, Spotify auth and API), the suggester and the announcer. Factories take their dependencies,
// so tests build the same pieces against a stub.
import { PERSONAL_SCOPE } from '../../core/music/personal';
import { browser } from '../../shared/browser';
import { hasKeylessAccess, itunesEndpoint } from '../../shared/keyless-access';
import { hasSpotifyAccess, spotifyEndpoints } from '../../shared/spotify-access';
import { musicSettings, musicState } from '../../shared/stores';
import { createItunesApi } from '../itunes/api';
import { createItunesProvider } from '../itunes/provider';
import { createSpotifyApi } from '../spotify/api';
import { createSpotifyAuth } from '../spotify/auth';
import { createSpotifyProvider } from '../spotify/provider';
import { createAnnouncer } from './announcer';
import { keepSpotifyOnUpdate } from './keep-spotify';
import { createSuggester } from './suggester';

const fetchFn: typeof fetch = (...args) => fetch(...args);

export const spotifyAuth = createSpotifyAuth({
  fetch: fetchFn,
  endpoints: spotifyEndpoints,
  identity: browser.identity,
  session: musicState.session,
  clientId: musicSettings.clientId,
  permitted: hasSpotifyAccess,
  scopes: async () => ((await musicSettings.personalise.get()) ? [PERSONAL_SCOPE] : []),
});

export const spotifyApi = createSpotifyApi({
  fetch: fetchFn,
  endpoints: spotifyEndpoints,
  accessToken: spotifyAuth.accessToken,
  refresh: spotifyAuth.refresh,
  pause: musicState.spotifyPause,
});

const itunes = createItunesProvider({
  api: createItunesApi({ fetch: fetchFn, endpoint: itunesEndpoint, rate: musicState.itunesRate }),
  country: musicSettings.itunesCountry,
  cache: musicState.itunesCache,
  consent: musicState.keylessConsent,
  hasPermission: hasKeylessAccess,
});

export const suggester = createSuggester({
  providers: {
    itunes,
    spotify: createSpotifyProvider({ api: spotifyApi, settings: musicSettings, state: musicState }),
  },
  settings: musicSettings,
  state: musicState,
});

export const announcer = createAnnouncer(suggester);

// Registered while the background starts, as MV3 requires of event listeners.
browser.runtime.onInstalled.addListener(({ reason }) => {
  if (reason === 'update')
    void keepSpotifyOnUpdate({
      area: browser.storage.local,
      provider: musicSettings.provider,
      session: musicState.session,
    });
});

/** Signs in, then fetches the user's display name for the options page (its failure is not fatal). */
export async function signIn(): Promise<{ outcome: 'signed-in' | 'cancelled' }> {
  const outcome = await spotifyAuth.signIn();
  if (outcome === 'signed-in') {
    // A new sign-in (maybe another app, with quota left) may call Spotify again at once.
    await musicState.spotifyPause.set(null);
    try {
      const me = (await spotifyApi.me()) as { display_name?: unknown; id?: unknown };
      const name =
        typeof me.display_name === 'string' ? me.display_name : typeof me.id === 'string' ? me.id : null;
      const session = await musicState.session.get();
      if (session) await musicState.session.set({ ...session, userName: name });
    } catch (error) {
      console.warn('[emotune] could not read the Spotify profile:', error);
    }
    // Signing in says the user wants Spotify's tracks; the next popup fetches them.
    await musicSettings.provider.set('spotify');
    await musicState.suggestions.set(null);
  }
  return { outcome };
}

export async function signOut(): Promise<void> {
  await spotifyAuth.signOut();
  // Back to the keyless default, which still asks before it sends anything to Apple.
  if ((await musicSettings.provider.get()) === 'spotify') await musicSettings.provider.set('itunes');
  await musicState.suggestions.set(null);
  await musicState.trackCache.set({});
  await musicState.topArtists.set(null);
}
