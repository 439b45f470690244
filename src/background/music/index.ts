// Builds the music side of the background from the real browser: the providers (Apple's keyless
// catalogue; Spotify, built in ../spotify where its session lives) and the suggester. Factories take
// their dependencies, so tests build the same pieces against a stub.
import { hasKeylessAccess, itunesEndpoint } from '../../shared/keyless-access';
import { musicSettings, musicState } from '../../shared/stores';
import { createItunesApi } from '../itunes/api';
import { createItunesProvider } from '../itunes/provider';
import { spotifyApi, spotifyAuth, spotifyProvider } from '../spotify';
import { backgroundState } from '../stores';
import { createSuggester } from './suggester';

const fetchFn: typeof fetch = (...args) => fetch(...args);

const itunes = createItunesProvider({
  api: createItunesApi({ fetch: fetchFn, endpoint: itunesEndpoint, rate: backgroundState.itunesRate }),
  country: musicSettings.itunesCountry,
  cache: backgroundState.itunesCache,
  consent: musicState.keylessConsent,
  hasPermission: hasKeylessAccess,
});

export const suggester = createSuggester({
  providers: {
    itunes,
    spotify: spotifyProvider,
  },
  settings: musicSettings,
  state: {
    suggestions: musicState.suggestions,
    trackCache: backgroundState.trackCache,
    recentTracks: backgroundState.recentTracks,
  },
});

/** Signs in, then fetches the user's display name for the options page (its failure is not fatal). */
export async function signIn(): Promise<{ outcome: 'signed-in' | 'cancelled' }> {
  const outcome = await spotifyAuth.signIn();
  if (outcome === 'signed-in') {
    // A new sign-in (maybe another app, with quota left) may call Spotify again at once.
    await backgroundState.spotifyPause.set(null);
    try {
      const me = (await spotifyApi.me()) as { display_name?: unknown; id?: unknown };
      const name =
        typeof me.display_name === 'string' ? me.display_name : typeof me.id === 'string' ? me.id : null;
      await spotifyAuth.setUserName(name);
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
  await backgroundState.trackCache.set({});
  await musicState.topArtists.set(null);
}
