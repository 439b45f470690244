// The background's Spotify Web API client in Node with real fetch against the loopback stub (the same
// stub the e2e tests use): waits, back-off, quota pauses and clear failures. Sign-in is auth.test.ts.
import { fakeBrowser } from '@webext-core/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSpotifyApi, SpotifyError } from '../../../../src/background/spotify/api';
import type { Identity } from '../../../../src/background/spotify/auth';
import { spotifyPauseDef } from '../../../../src/background/spotify/pause-item';
import { type SpotifyStub, startSpotifyStub } from '../../../stubs/spotify-stub';
import { fakeItem } from '../../../support/fake-stores';
import { CLIENT_ID, spotifyClient } from '../../../support/spotify-client';

let stub: SpotifyStub;
beforeEach(async () => {
  fakeBrowser.reset();
  stub = await startSpotifyStub({ clientId: CLIENT_ID });
});
afterEach(() => stub.close());

const setup = (identity?: Identity, permitted?: () => Promise<boolean>) =>
  spotifyClient(stub, identity, permitted);

describe('Web API faults against the stub', () => {
  async function signedIn() {
    const ctx = setup();
    await ctx.clientId.set(CLIENT_ID);
    await ctx.auth.signIn();
    return ctx;
  }

  it('429 waits for Retry-After, then succeeds', async () => {
    const { api, waits } = await signedIn();
    stub.scriptSearch({ status: 429, headers: { 'Retry-After': '2' } });
    const body = (await api.search('genre:rock', { limit: 10, offset: 0 })) as {
      tracks: { items: unknown[] };
    };
    expect(body.tracks.items).toHaveLength(3);
    expect(waits).toEqual([2000]);
    expect(stub.searches).toHaveLength(2);
  });

  it('a Retry-After too long to wait falls back instead of hanging', async () => {
    const { api } = await signedIn();
    stub.scriptSearch({ status: 429, headers: { 'Retry-After': '3600' } });
    await expect(api.search('x', { limit: 10, offset: 0 })).rejects.toMatchObject({
      kind: 'fallback',
      message: 'Spotify is rate-limiting requests.',
    });
  });

  it('5xx backs off twice, then falls back with the status in the message', async () => {
    const { api, waits } = await signedIn();
    stub.scriptSearch({ status: 503 }, { status: 503 }, { status: 503 });
    await expect(api.search('x', { limit: 10, offset: 0 })).rejects.toMatchObject({
      kind: 'fallback',
      message: 'Spotify is having trouble (HTTP 503).',
    });
    expect(waits).toEqual([500, 1000]);
  });

  it('an unreachable Spotify is "offline"', async () => {
    const { api } = await signedIn();
    await stub.close();
    await expect(api.search('x', { limit: 10, offset: 0 })).rejects.toMatchObject({
      kind: 'fallback',
      message: 'You seem to be offline.',
    });
  });

  it('a body that is not JSON is rejected clearly', async () => {
    const { api } = await signedIn();
    stub.scriptSearch({ status: 200, body: '<html>oops' });
    await expect(api.search('x', { limit: 10, offset: 0 })).rejects.toThrow('not JSON');
  });

  it.each([
    ['the owner has no Premium', { ownerHasPremium: false }, /owner's Spotify account needs Premium/],
    ['the user is not on the app’s list', { userOnAllowList: false }, /add you under User Management/],
    ['the app’s quota is spent', { quotaExceeded: true }, /used up its quota \(QUOTA_EXCEEDED\)/],
  ])('2026 rules: %s is its own message, at once, without retries', async (_name, rule, message) => {
    const { api, waits } = await signedIn();
    Object.assign(stub.rules, rule);
    const error = (await api.search('x', { limit: 10, offset: 0 }).catch((e: unknown) => e)) as SpotifyError;
    expect(error).toBeInstanceOf(SpotifyError);
    expect(error.kind).toBe('unavailable');
    expect(error.message).toMatch(message);
    expect(stub.searches).toHaveLength(0); // refused before the search itself, as Spotify does
    expect(waits).toEqual([]);
  });

  it('a spent quota (QUOTA_EXCEEDED) pauses every call for its Retry-After, then Spotify is asked again', async () => {
    const { auth, clientId } = setup();
    await clientId.set(CLIENT_ID);
    await auth.signIn();
    let clock = Date.parse('2026-11-24T10:00:00Z');
    const pause = fakeItem(spotifyPauseDef);
    const api = createSpotifyApi({
      fetch,
      endpoints: async () => ({ accounts: stub.accounts, api: stub.api }),
      accessToken: auth.accessToken,
      refresh: auth.refresh,
      pause,
      now: () => clock,
      sleep: async () => undefined,
    });
    stub.rules.quotaExceeded = true; // the stub's Retry-After is a day
    await expect(api.search('x', { limit: 10, offset: 0 })).rejects.toMatchObject({ kind: 'unavailable' });
    expect((await pause.get())?.until).toBe(clock + 24 * 60 * 60_000);
    stub.rules.quotaExceeded = false;
    const calls = stub.grants.length + stub.searches.length;
    clock += 60 * 60_000;
    const error = (await api.search('x', { limit: 10, offset: 0 }).catch((e: unknown) => e)) as SpotifyError;
    expect(error.kind).toBe('unavailable');
    expect(error.message).toMatch(/QUOTA_EXCEEDED\)\. Emotune asks again after /);
    expect(stub.grants.length + stub.searches.length).toBe(calls); // nothing went out
    clock += 24 * 60 * 60_000;
    await api.search('x', { limit: 10, offset: 0 });
    expect(stub.searches).toHaveLength(1);
  });

  it('a search limit above 10 is refused as Spotify does since 2026', async () => {
    const { api } = await signedIn();
    await expect(api.search('x', { limit: 11, offset: 0 })).rejects.toMatchObject({
      kind: 'fail',
      message: 'Spotify refused the request (HTTP 400).',
    });
  });

  it('not signed in: asks to sign in without calling Spotify', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await expect(setup().api.search('x', { limit: 10, offset: 0 })).rejects.toMatchObject({
      kind: 'sign-in',
    });
    expect(stub.searches).toHaveLength(0);
  });
});
