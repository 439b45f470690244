// Mood -> music in Node with the Spotify provider: the real suggester, API client and sign-in, real
// storage items on the in-memory fake browser, against the loopback Spotify stub.
import { fakeBrowser } from '@webext-core/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSuggester } from '../../../../src/background/music/suggester';
import { createSpotifyApi } from '../../../../src/background/spotify/api';
import { createSpotifyAuth } from '../../../../src/background/spotify/auth';
import { createSpotifyProvider } from '../../../../src/background/spotify/provider';
import type { Message } from '../../../../src/core/message';
import { seededRandom } from '../../../../src/core/music/bandit';
import { DEFAULT_MAPPING } from '../../../../src/core/music/mapping';
import type { MusicProvider } from '../../../../src/core/music/provider';
import { englishOf, englishText } from '../../../../src/shared/english';
import { type SpotifyStub, startSpotifyStub } from '../../../stubs/spotify-stub';
import { suggesterStores } from '../../../support/suggester-stores';

// Messages read in the English catalogue's words, as a browser in English shows them.
const english = (m: Message | readonly Message[] | null | undefined) =>
  m == null ? m : Array.isArray(m) ? englishOf(m) : englishText(m as Message);

const CLIENT_ID = '0123456789abcdef0123456789abcdef';
let stub: SpotifyStub;
beforeEach(async () => {
  fakeBrowser.reset();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  stub = await startSpotifyStub();
});
afterEach(() => stub.close());

/** Apple's provider as a fake (the real one has its own tests): ready or not, one track per search. */
function keylessFake(ready: boolean): MusicProvider {
  return {
    id: 'itunes',
    availability: async () => (ready ? { ready: true } : { ready: false, reason: null }),
    queries: async (row) => row.genres.concat(row.keywords).map((t) => ({ q: t, terms: [t] })),
    search: async (q) => ({
      dropped: 0,
      tracks: [
        {
          id: `itunes:${q.q}`,
          name: `${q.q} from Apple`,
          artists: ['A'],
          uri: null,
          url: 'https://music.apple.com/x',
          image: null,
          preview: null,
          terms: q.terms,
        },
      ],
    }),
  };
}

async function setup(opts: { signIn?: boolean; keylessReady?: boolean } = {}) {
  const { settings, state } = suggesterStores();
  const endpoints = async () => ({ accounts: stub.accounts, api: stub.api });
  const auth = createSpotifyAuth({
    fetch,
    endpoints,
    session: state.session,
    clientId: settings.clientId,
    permitted: async () => true,
    scopes: async () => ((await settings.personalise.get()) ? ['user-top-read'] : []),
    identity: {
      getRedirectURL: () => 'https://id.chromiumapp.org/',
      launchWebAuthFlow: async ({ url }) =>
        (await fetch(url, { redirect: 'manual' })).headers.get('location') ?? undefined,
    },
  });
  const api = createSpotifyApi({
    fetch,
    endpoints,
    accessToken: auth.accessToken,
    refresh: auth.refresh,
    sleep: async () => undefined,
  });
  await settings.provider.set('spotify');
  if (opts.signIn !== false) {
    await settings.clientId.set(CLIENT_ID);
    await auth.signIn();
  }
  const random = seededRandom(7);
  const spotify = createSpotifyProvider({ api, settings, state, random });
  const itunes = keylessFake(opts.keylessReady ?? false);
  const suggester = createSuggester({ providers: { spotify, itunes }, settings, state, random });
  return { suggester, settings, state };
}

describe('suggestions from the mood', () => {
  it('searches one query per genre of the row and interleaves their tracks', async () => {
    const { suggester, state } = await setup();
    const s = await suggester.suggest('happy', false);
    expect(stub.searches.map((x) => x.q).sort()).toEqual(['genre:dance upbeat', 'genre:pop upbeat']);
    expect(stub.searches[0]?.params).toMatchObject({ type: 'track', market: 'from_token', limit: '10' });
    expect(s.origin).toBe('tracks');
    expect(s.tracks).toHaveLength(6);
    const queriesInOrder = s.tracks.map((t) => t.name.replace(/ song \d+$/, ''));
    expect(queriesInOrder[0]).not.toBe(queriesInOrder[1]); // interleaved, not one genre then the other
    expect(await state.suggestions.get()).toEqual(s);
  });

  it('reuses fresh tracks for the same mood; a refresh searches again and skips tracks just shown', async () => {
    const { suggester } = await setup();
    const first = await suggester.suggest('happy', false);
    expect(await suggester.suggest('happy', false)).toEqual(first);
    expect(stub.searches).toHaveLength(2);
    const again = await suggester.suggest('happy', true);
    expect(stub.searches).toHaveLength(4);
    expect(Number(stub.searches.at(-1)?.params.offset)).toBeGreaterThan(0);
    const before = new Set(first.tracks.map((t) => t.id));
    expect(again.tracks.filter((t) => before.has(t.id))).toEqual([]);
  });

  it('an edited row changes the queries; "lift my mood" plays the lift row', async () => {
    const { suggester, settings } = await setup();
    await settings.mapping.set({
      ...DEFAULT_MAPPING,
      happy: { mood: 'sunny', genres: ['funk'], keywords: ['sunny day'] },
    });
    await suggester.suggest('happy', false);
    expect(stub.searches.map((x) => x.q)).toEqual(['genre:funk "sunny day"']);
    await settings.strategy.set('lift');
    const lifted = await suggester.suggest('sad', false);
    expect(lifted.source).toBe('happy');
    expect(stub.searches.at(-1)?.q).toBe('genre:funk "sunny day"');
  });

  it('thumbs teach the preferences of the terms that found the track', async () => {
    const { suggester, settings, state } = await setup();
    const s = await suggester.suggest('angry', false);
    const track = s.tracks[0];
    if (!track) throw new Error('no track');
    await suggester.feedback(track.id, true);
    const prefs = await settings.preferences.get();
    for (const term of track.terms)
      expect(prefs.angry?.[term.toLowerCase()]).toEqual({ likes: 1, dislikes: 0 });
    expect((await state.suggestions.get())?.ratings).toEqual({ [track.id]: true });
    await suggester.feedback(track.id, false); // one thumb per track per set
    expect((await settings.preferences.get()).angry?.[track.terms[0]?.toLowerCase() ?? '']?.dislikes).toBe(0);
    await expect(suggester.feedback('gone', true)).rejects.toThrow('no longer on show');
  });

  it('two thumbs at once are both kept, and both teach', async () => {
    const { suggester, settings, state } = await setup();
    const s = await suggester.suggest('angry', false);
    const [a, b] = s.tracks;
    if (!a || !b) throw new Error('two tracks expected');
    await Promise.all([suggester.feedback(a.id, true), suggester.feedback(b.id, false)]);
    expect((await state.suggestions.get())?.ratings).toEqual({ [a.id]: true, [b.id]: false });
    const prefs = Object.values((await settings.preferences.get()).angry ?? {});
    expect(prefs.reduce((n, p) => n + p.likes, 0)).toBeGreaterThan(0);
    expect(prefs.reduce((n, p) => n + p.dislikes, 0)).toBeGreaterThan(0);
  });
});

describe('playlists (Spotify)', () => {
  it('a few user playlists for the row’s words come with the tracks; editorial ones are left out', async () => {
    const { suggester } = await setup();
    const s = await suggester.suggest('happy', false);
    expect(stub.playlistSearches).toEqual(['dance upbeat']);
    expect(s.playlists.map((p) => [p.name, p.owner])).toEqual([
      ['dance upbeat playlist 1', 'A Fan'],
      ['dance upbeat playlist 2', 'Another Fan'],
    ]);
  });

  it('a failed playlist search costs only the playlists', async () => {
    const { suggester } = await setup();
    stub.scriptPlaylistSearch({ status: 200, body: { playlists: 'x' } });
    const s = await suggester.suggest('angry', false);
    expect(s.origin).toBe('tracks');
    expect(s.tracks.length).toBeGreaterThan(0);
    expect(s.playlists).toEqual([]);
  });
});

describe('personalise', () => {
  it('off: no top-artists call and no scope asked', async () => {
    const { suggester } = await setup();
    await suggester.suggest('happy', false);
    expect(stub.searches.some((x) => x.q.startsWith('artist:'))).toBe(false);
  });

  it('on and granted at sign-in: the user’s matching top artists lead the searches', async () => {
    fakeBrowser.reset();
    await fakeBrowser.storage.local.set({ personalise: { v: 1, value: true } });
    const { suggester, state } = await setup();
    expect((await state.session.get())?.scope).toBe('user-top-read');
    const s = await suggester.suggest('happy', false);
    expect(s.queries[0]).toBe('artist:"Stub Star"');
    expect(stub.searches.map((x) => x.q)).toContain('artist:"Stub Star"');
    expect(s.tracks.some((t) => t.name.startsWith('artist:"Stub Star"'))).toBe(true);
    expect((await state.topArtists.get())?.artists).toHaveLength(2);
  });

  it('on but signed in without the scope: searches as usual (Spotify would refuse the call)', async () => {
    const { suggester, settings } = await setup();
    await settings.personalise.set(true);
    const s = await suggester.suggest('happy', false);
    expect(s.origin).toBe('tracks');
    expect(s.queries.some((q) => q.startsWith('artist:'))).toBe(false);
  });
});

describe('every failure still gives music, with a note', () => {
  it('no Client ID / not signed in: the embedded search links, and Spotify is not called', async () => {
    const { suggester } = await setup({ signIn: false });
    const s = await suggester.suggest('happy', false);
    expect(s.origin).toBe('links');
    expect(english(s.note)).toBeNull();
    expect(s.links.map((l) => l.url)).toContain('https://open.spotify.com/search/dance%20upbeat');
    expect(stub.searches).toHaveLength(0);
  });

  it('Spotify down: the mood’s cached tracks, marked as such', async () => {
    const { suggester } = await setup();
    const fresh = await suggester.suggest('happy', false);
    await stub.close();
    const s = await suggester.suggest('happy', true);
    expect(s.origin).toBe('cache');
    expect(s.tracks).toEqual(fresh.tracks);
    expect(english(s.note)).toMatch(/^You seem to be offline\. Showing the tracks found at /);
  });

  it('Spotify down and nothing cached: links with the reason', async () => {
    const { suggester } = await setup();
    stub.scriptSearch(
      { status: 500 },
      { status: 500 },
      { status: 500 },
      { status: 500 },
      { status: 500 },
      { status: 500 },
    );
    const s = await suggester.suggest('fear', false);
    expect(s.origin).toBe('links');
    expect(english(s.note)).toBe('Spotify is having trouble (HTTP 500). Showing searches instead.');
  });

  it('a malformed answer is rejected with a clear note, not half-shown', async () => {
    const { suggester } = await setup();
    stub.scriptSearch(
      { status: 200, body: { tracks: { items: 'nope' } } },
      { status: 200, body: { tracks: { items: 'nope' } } },
    );
    const s = await suggester.suggest('happy', false);
    expect(s.tracks).toEqual([]);
    expect(english(s.note)).toMatch(/does not understand/);
  });
});

describe('Spotify’s 2026 rules: each refusal says why and falls back to Apple’s catalogue', () => {
  it.each([
    [
      'owner without Premium',
      { ownerHasPremium: false },
      /^Spotify refuses this app: its owner's Spotify account needs Premium/,
    ],
    ['user not on the app’s list', { userOnAllowList: false }, /^Spotify refuses your account for this app/],
    ['quota spent', { quotaExceeded: true }, /^Spotify has stopped requests from this app for now/],
  ])('%s, Apple allowed: Apple’s tracks with the reason', async (_name, rule, reason) => {
    const { suggester } = await setup({ keylessReady: true });
    Object.assign(stub.rules, rule);
    const s = await suggester.suggest('happy', false);
    expect(s).toMatchObject({ origin: 'tracks', provider: 'itunes' });
    expect(s.tracks.map((t) => t.name)).toContain('dance from Apple');
    expect(english(s.note)).toMatch(reason);
    expect(english(s.note)).toMatch(/Showing Apple’s catalogue instead\.$/);
  });

  it('Apple not allowed: the search links, offering Apple’s catalogue', async () => {
    const { suggester } = await setup({ keylessReady: false });
    stub.rules.ownerHasPremium = false;
    const s = await suggester.suggest('happy', false);
    expect(s).toMatchObject({ origin: 'links', offer: 'itunes' });
    expect(english(s.note)).toMatch(
      /needs Premium.*Apple’s catalogue needs no account\. Showing searches instead\.$/,
    );
  });

  it('other faults offer nothing (Apple would not help a user who is offline)', async () => {
    const { suggester } = await setup({ keylessReady: false });
    stub.scriptSearch(...Array.from({ length: 6 }, () => ({ status: 503 })));
    const s = await suggester.suggest('fear', false);
    expect(s.origin).toBe('links');
    expect(s.offer).toBeUndefined();
  });
});
