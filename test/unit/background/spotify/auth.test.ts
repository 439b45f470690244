// The background's Spotify sign-in (PKCE) in Node with real fetch against the loopback stub (the same
// stub the e2e tests use). Only identity.launchWebAuthFlow is played here by following the authorize
// redirect by hand, as the browser would.
import { fakeBrowser } from '@webext-core/fake-browser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SpotifyError } from '../../../../src/background/spotify/api';
import type { Identity } from '../../../../src/background/spotify/auth';
import { type SpotifyStub, startSpotifyStub } from '../../../stubs/spotify-stub';
import { browserIdentity, CLIENT_ID, spotifyClient } from '../../../support/spotify-client';

let stub: SpotifyStub;
beforeEach(async () => {
  fakeBrowser.reset();
  stub = await startSpotifyStub({ clientId: CLIENT_ID });
});
afterEach(() => stub.close());

const setup = (identity?: Identity, permitted?: () => Promise<boolean>) =>
  spotifyClient(stub, identity, permitted);

describe('sign-in (PKCE) against the stub', () => {
  it('refuses to start without Spotify’s host permission: no consent page, no token request', async () => {
    const { auth, clientId, session } = setup(browserIdentity(), async () => false);
    await clientId.set(CLIENT_ID);
    await expect(auth.signIn()).rejects.toThrow(/may not reach Spotify/);
    expect(stub.grants).toEqual([]);
    expect(await session.get()).toBeNull();
  });

  it('completes the code exchange; the stub verified the S256 challenge', async () => {
    const { auth, api, session, clientId } = setup();
    await clientId.set(CLIENT_ID);
    expect(await auth.signIn()).toBe('signed-in');
    expect(stub.grants).toEqual(['authorization_code']);
    const s = await session.get();
    expect(s?.clientId).toBe(CLIENT_ID);
    expect(s?.expiresAt).toBeGreaterThan(Date.now() + 3_500_000);
    expect(await api.me()).toMatchObject({ display_name: 'Stub Listener' });
  });

  it('without a Client ID it says what to do', async () => {
    await expect(setup().auth.signIn()).rejects.toThrow('Enter your Spotify Client ID first.');
  });

  it('the user closing or declining the page is "cancelled", not an error, and stores nothing', async () => {
    const closed = setup(browserIdentity(true));
    await closed.clientId.set(CLIENT_ID);
    expect(await closed.auth.signIn()).toBe('cancelled');
    stub.authorizeAnswer = 'deny';
    const declined = setup();
    expect(await declined.auth.signIn()).toBe('cancelled');
    expect(await declined.session.get()).toBeNull();
  });

  it('refreshes a token that is about to expire, before the request', async () => {
    stub.expiresIn = 30; // inside the one-minute margin
    const { auth, api, clientId } = setup();
    await clientId.set(CLIENT_ID);
    await auth.signIn();
    await api.search('genre:pop', { limit: 10, offset: 0 });
    expect(stub.grants).toEqual(['authorization_code', 'refresh_token']);
  });

  it('a 401 refreshes once and retries; a refused refresh signs out and asks to sign in', async () => {
    const { auth, api, session, clientId } = setup();
    await clientId.set(CLIENT_ID);
    await auth.signIn();
    stub.revokeAccessTokens();
    await api.search('genre:pop', { limit: 10, offset: 0 });
    expect(stub.grants.at(-1)).toBe('refresh_token');
    // Spotify revoked the refresh token too (the user removed the app's access).
    const s = await session.get();
    if (s) await session.set({ ...s, refreshToken: 'revoked' });
    stub.revokeAccessTokens();
    const error = (await api
      .search('genre:pop', { limit: 10, offset: 0 })
      .catch((e: unknown) => e)) as SpotifyError;
    expect(error).toBeInstanceOf(SpotifyError);
    expect(error.kind).toBe('sign-in');
    expect(await session.get()).toBeNull();
  });
});
