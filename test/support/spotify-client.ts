// The background's Spotify client as its Node tests build it: real fetch against the loopback stub (the
// same stub the e2e tests use), with identity.launchWebAuthFlow played by following the authorize
// redirect by hand, as the browser would.
import { createSpotifyApi } from '../../src/background/spotify/api';
import { createSpotifyAuth, type Identity } from '../../src/background/spotify/auth';
import { spotifySessionDef } from '../../src/background/spotify/session';
import { spotifyClientIdDef } from '../../src/shared/music-settings';
import type { SpotifyStub } from '../stubs/spotify-stub';
import { fakeItem } from './fake-stores';

export const CLIENT_ID = '0123456789abcdef0123456789abcdef';
const REDIRECT = 'https://extension-id.chromiumapp.org/';

/** The browser's part of launchWebAuthFlow: load the authorize URL, stop at the redirect URI. */
export const browserIdentity = (onCancel = false): Identity => ({
  getRedirectURL: () => REDIRECT,
  async launchWebAuthFlow({ url }) {
    if (onCancel) throw new Error('The user did not approve access.');
    const res = await fetch(url, { redirect: 'manual' });
    const location = res.headers.get('location') ?? '';
    if (!location.startsWith(REDIRECT)) throw new Error('Authorization page could not be loaded.');
    return location;
  },
});

/** Auth and API client over the stub; `waits` records the client's sleeps instead of sleeping. */
export function spotifyClient(stub: SpotifyStub, identity = browserIdentity(), permitted = async () => true) {
  const session = fakeItem(spotifySessionDef);
  const clientId = fakeItem(spotifyClientIdDef);
  const endpoints = async () => ({ accounts: stub.accounts, api: stub.api });
  const auth = createSpotifyAuth({
    fetch,
    endpoints,
    identity,
    session,
    clientId,
    permitted,
    scopes: async () => [],
  });
  const waits: number[] = [];
  const api = createSpotifyApi({
    fetch,
    endpoints,
    accessToken: auth.accessToken,
    refresh: auth.refresh,
    sleep: async (ms) => void waits.push(ms),
  });
  return { auth, api, session, clientId, waits };
}
