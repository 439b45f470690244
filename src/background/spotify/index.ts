// Builds Spotify from the real browser: the session with its tokens is bound here and handed only to
// the code in this folder (auth, provider, the status mirror, the update rule), so no other module of
// the background, and no page, can read a token.
import { PERSONAL_SCOPE } from '../../core/music/personal';
import { browser } from '../../shared/browser';
import { hasSpotifyAccess, spotifyEndpoints } from '../../shared/spotify-access';
import { bind, musicSettings, musicState } from '../../shared/stores';
import { backgroundState } from '../stores';
import { createSpotifyApi } from './api';
import { createSpotifyAuth } from './auth';
import { keepSpotifyOnUpdate } from './keep-spotify';
import { createSpotifyProvider } from './provider';
import { spotifySessionDef } from './session';
import { mirrorSpotifyStatus } from './status';

const session = bind(spotifySessionDef);
const fetchFn: typeof fetch = (...args) => fetch(...args);

export const spotifyAuth = createSpotifyAuth({
  fetch: fetchFn,
  endpoints: spotifyEndpoints,
  identity: browser.identity,
  session,
  clientId: musicSettings.clientId,
  permitted: hasSpotifyAccess,
  scopes: async () => ((await musicSettings.personalise.get()) ? [PERSONAL_SCOPE] : []),
});

export const spotifyApi = createSpotifyApi({
  fetch: fetchFn,
  endpoints: spotifyEndpoints,
  accessToken: spotifyAuth.accessToken,
  refresh: spotifyAuth.refresh,
  pause: backgroundState.spotifyPause,
});

export const spotifyProvider = createSpotifyProvider({
  api: spotifyApi,
  settings: musicSettings,
  state: { session, topArtists: musicState.topArtists },
});

/** Starts mirroring the session into the token-free status that pages read. */
export const mirrorStatus = () => mirrorSpotifyStatus(session, musicState.spotifyStatus);

// Registered while the background starts, as MV3 requires of event listeners.
browser.runtime.onInstalled.addListener(({ reason }) => {
  if (reason === 'update')
    void keepSpotifyOnUpdate({ area: browser.storage.local, provider: musicSettings.provider, session });
});
