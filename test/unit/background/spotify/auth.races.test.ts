// Sign-in state against the loopback stub with real fetch: a sign-out, a Client ID change or a second
// sign-in wins over a refresh, sign-in or top-artists call already in flight, and the OAuth `state` check
// refuses an answer that does not belong to this request.
import { fakeBrowser } from '@webext-core/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSpotifyApi } from '../../../../src/background/spotify/api';
import { createSpotifyAuth, type Identity } from '../../../../src/background/spotify/auth';
import { createSpotifyProvider } from '../../../../src/background/spotify/provider';
import { spotifySessionDef } from '../../../../src/background/spotify/session';
import { seededRandom } from '../../../../src/core/music/bandit';
import { DEFAULT_MAPPING } from '../../../../src/core/music/mapping';
import { personaliseDef, spotifyClientIdDef } from '../../../../src/shared/music-settings';
import { topArtistsDef } from '../../../../src/shared/spotify-items';
import { type SpotifyStub, startSpotifyStub } from '../../../stubs/spotify-stub';
import { fakeItem } from '../../../support/fake-stores';

const CLIENT_A = '0123456789abcdef0123456789abcdef';
const CLIENT_B = 'fedcba9876543210fedcba9876543210';
/** A fetch that holds the requests `matches` picks until released: a request in flight, on demand. */
function gatedFetch(matches: (url: string, body: string) => boolean) {
  let release: () => void = () => undefined;
  let gate = new Promise<void>((r) => (release = r));
  let arrived: () => void = () => undefined;
  let held = new Promise<void>((r) => (arrived = r));
  let armed = false;
  const gated: typeof fetch = async (input, init) => {
    if (armed && matches(String(input), String(init?.body ?? ''))) {
      armed = false;
      arrived();
      await gate;
    }
    return fetch(input, init);
  };
  return {
    fetch: gated,
    /** Holds the next matching request; resolves once it is waiting. */
    arm() {
      armed = true;
      gate = new Promise<void>((r) => (release = r));
      held = new Promise<void>((r) => (arrived = r));
      return held;
    },
    release: () => release(),
  };
}

const passThrough: Identity = {
  getRedirectURL: () => 'https://id.chromiumapp.org/',
  launchWebAuthFlow: async ({ url }) =>
    (await fetch(url, { redirect: 'manual' })).headers.get('location') ?? undefined,
};

let stub: SpotifyStub;
beforeEach(async () => {
  fakeBrowser.reset();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  stub = await startSpotifyStub();
});
afterEach(() => stub.close());

function setup(opts: { identity?: Identity; gate?: (url: string, body: string) => boolean } = {}) {
  const gate = gatedFetch(opts.gate ?? (() => false));
  const session = fakeItem(spotifySessionDef);
  const clientId = fakeItem(spotifyClientIdDef);
  const personalise = fakeItem(personaliseDef);
  const endpoints = async () => ({ accounts: stub.accounts, api: stub.api });
  const auth = createSpotifyAuth({
    fetch: gate.fetch,
    endpoints,
    session,
    clientId,
    permitted: async () => true,
    identity: opts.identity ?? passThrough,
    scopes: async () => ((await personalise.get()) ? ['user-top-read'] : []),
  });
  return { auth, gate, session, clientId, personalise, endpoints };
}

const isRefresh = (_: string, body: string) => body.includes('grant_type=refresh_token');

describe('nothing brings the tokens back', () => {
  it('a sign-out while a refresh is in flight: the refresh fails, the session stays gone', async () => {
    const { auth, gate, session, clientId } = setup({ gate: isRefresh });
    await clientId.set(CLIENT_A);
    await auth.signIn();
    const held = gate.arm();
    const refreshing = auth.refresh();
    await held;
    await auth.signOut();
    gate.release();
    await expect(refreshing).rejects.toThrow(/Signed out/);
    expect(await session.get()).toBeNull();
  });

  it('a Client ID change and a new sign-in while a refresh is in flight: the new session stays', async () => {
    const { auth, gate, session, clientId } = setup({ gate: isRefresh });
    await clientId.set(CLIENT_A);
    await auth.signIn();
    const held = gate.arm();
    const refreshing = auth.refresh();
    await held;
    // What the background does on a new Client ID: sign out; then the user signs in with the new one.
    await clientId.set(CLIENT_B);
    await auth.signOut();
    expect(await auth.signIn()).toBe('signed-in');
    const second = await session.get();
    gate.release();
    await expect(refreshing).rejects.toThrow(/Signed out/);
    expect(await session.get()).toEqual(second);
    expect(second?.clientId).toBe(CLIENT_B);
  });

  it('a second sign-in while a refresh is in flight wins over the refresh', async () => {
    const { auth, gate, session, clientId } = setup({ gate: isRefresh });
    await clientId.set(CLIENT_A);
    await auth.signIn();
    const held = gate.arm();
    const refreshing = auth.refresh();
    await held;
    await auth.signIn();
    const second = await session.get();
    gate.release();
    await expect(refreshing).rejects.toThrow(/Signed out/);
    expect((await session.get())?.refreshToken).toBe(second?.refreshToken);
  });

  it('a sign-out while a sign-in is exchanging its code: the sign-in does not land', async () => {
    const { auth, gate, session, clientId } = setup({
      gate: (_, body) => body.includes('grant_type=authorization_code'),
    });
    await clientId.set(CLIENT_A);
    const held = gate.arm();
    const signingIn = auth.signIn();
    await held;
    await auth.signOut();
    gate.release();
    expect(await signingIn).toBe('cancelled');
    expect(await session.get()).toBeNull();
  });

  it('a refresh with nothing in its way still works (so the tests above can fail)', async () => {
    const { auth, session, clientId } = setup();
    await clientId.set(CLIENT_A);
    await auth.signIn();
    const before = await session.get();
    const token = await auth.refresh();
    expect(token).not.toBe(before?.accessToken);
    expect((await session.get())?.accessToken).toBe(token);
  });

  it('a sign-out while the top artists are being fetched: they are not stored afterwards', async () => {
    const { auth, gate, session, clientId, personalise, endpoints } = setup({
      gate: (url) => url.includes('/me/top/artists'),
    });
    await clientId.set(CLIENT_A);
    await personalise.set(true);
    await auth.signIn();
    const topArtists = fakeItem(topArtistsDef);
    const api = createSpotifyApi({
      fetch: gate.fetch,
      endpoints,
      accessToken: auth.accessToken,
      refresh: auth.refresh,
    });
    // The provider's searches start with the top artists (personalise is on): that call is held.
    const spotify = createSpotifyProvider({
      api,
      settings: { clientId, personalise },
      state: { session, topArtists },
      random: seededRandom(1),
    });
    const held = gate.arm();
    const suggesting = spotify.queries(DEFAULT_MAPPING.happy, {}, 'happy', seededRandom(1));
    await held;
    await auth.signOut();
    await topArtists.set(null);
    gate.release();
    await suggesting.catch(() => undefined);
    expect(await topArtists.get()).toBeNull();
    expect(await session.get()).toBeNull();
  });
});

describe('the OAuth state check, against the stub', () => {
  /** Runs the real authorize request, then hands back its redirect with `state` replaced. */
  const answering = (state: (real: string) => string): Identity => ({
    ...passThrough,
    launchWebAuthFlow: async (details) => {
      const location = (await passThrough.launchWebAuthFlow(details)) ?? '';
      const url = new URL(location);
      url.searchParams.set('state', state(url.searchParams.get('state') ?? ''));
      return url.toString();
    },
  });

  it.each([
    ['another request’s state', () => 'an-older-tab-or-an-attacker'],
    ['no state at all', () => ''],
  ])('%s: refused, no code is exchanged, not signed in', async (_, state) => {
    const { auth, session, clientId } = setup({ identity: answering(state) });
    await clientId.set(CLIENT_A);
    await expect(auth.signIn()).rejects.toThrow(/did not match this request \(state\)/);
    expect(stub.grants).not.toContain('authorization_code');
    expect(await session.get()).toBeNull();
  });

  it('its own state: signed in (the same path, so the refusals above are the check’s doing)', async () => {
    const { auth, session, clientId } = setup({ identity: answering((real) => real) });
    await clientId.set(CLIENT_A);
    expect(await auth.signIn()).toBe('signed-in');
    expect(stub.grants).toEqual(['authorization_code']);
    expect((await session.get())?.clientId).toBe(CLIENT_A);
  });
});
