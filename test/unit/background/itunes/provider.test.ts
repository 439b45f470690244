// Apple's keyless catalogue through the same suggester as Spotify, in Node: real storage items on the
// in-memory fake browser, real fetch against the loopback iTunes stub.
import { fakeBrowser } from '@webext-core/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createItunesApi } from '../../../../src/background/itunes/api';
import { itunesCacheDef, itunesRateDef } from '../../../../src/background/itunes/items';
import { createItunesProvider, ITUNES_CACHE } from '../../../../src/background/itunes/provider';
import { createSuggester } from '../../../../src/background/music/suggester';
import { recentTracksDef, trackCacheDef } from '../../../../src/background/music/suggester-items';
import type { Message } from '../../../../src/core/message';
import { seededRandom } from '../../../../src/core/music/bandit';
import type { MusicProvider } from '../../../../src/core/music/provider';
import { englishOf, englishText } from '../../../../src/shared/english';
import { keylessConsentDef } from '../../../../src/shared/itunes-items';
import {
  itunesCountryDef,
  liftRowsDef,
  musicMappingDef,
  preferencesDef,
  providerDef,
  strategyDef,
} from '../../../../src/shared/music-settings';
import { suggestionsDef } from '../../../../src/shared/suggester-items';
import { type ItunesStub, startItunesStub } from '../../../stubs/itunes-stub';
import { fakeItem } from '../../../support/fake-stores';

// Messages read in the English catalogue's words, as a browser in English shows them.
const english = (m: Message | readonly Message[] | null | undefined) =>
  m == null ? m : Array.isArray(m) ? englishOf(m) : englishText(m as Message);

let stub: ItunesStub;
/** Covers and previews over https, as Apple's are: http ones are refused. */
const ASSETS = 'https://is1-ssl.mzstatic.example';
beforeEach(async () => {
  fakeBrowser.reset();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  stub = await startItunesStub({ songsPerTerm: 12, assets: ASSETS });
});
afterEach(() => stub.close());

async function setup(opts: { consent?: 'granted' | 'declined' | 'unasked'; permitted?: boolean } = {}) {
  const settings = {
    mapping: fakeItem(musicMappingDef),
    strategy: fakeItem(strategyDef),
    liftRows: fakeItem(liftRowsDef),
    preferences: fakeItem(preferencesDef),
    provider: fakeItem(providerDef),
    itunesCountry: fakeItem(itunesCountryDef),
  };
  const state = {
    suggestions: fakeItem(suggestionsDef),
    trackCache: fakeItem(trackCacheDef),
    recentTracks: fakeItem(recentTracksDef),
    keylessConsent: fakeItem(keylessConsentDef),
    itunesCache: fakeItem(itunesCacheDef),
  };
  await state.keylessConsent.set(opts.consent ?? 'granted');
  const rate = fakeItem(itunesRateDef);
  const itunes = createItunesProvider({
    api: createItunesApi({ fetch, endpoint: async () => stub.api, rate }),
    country: settings.itunesCountry,
    cache: state.itunesCache,
    consent: state.keylessConsent,
    hasPermission: async () => opts.permitted ?? true,
  });
  const spotify: MusicProvider = {
    id: 'spotify',
    availability: async () => ({ ready: false, reason: null }),
    queries: async () => [],
    search: async () => ({ tracks: [], dropped: 0 }),
  };
  const suggester = createSuggester({
    providers: { itunes, spotify },
    settings,
    state,
    random: seededRandom(7),
  });
  return { suggester, settings, state };
}

describe('Apple’s catalogue, the default provider', () => {
  it('searches the row’s words in the storefront; tracks carry artwork, page and preview', async () => {
    const { suggester, settings } = await setup();
    await settings.itunesCountry.set('de');
    const s = await suggester.suggest('happy', false);
    expect(stub.searches.map((x) => x.term).sort()).toEqual(['dance upbeat', 'pop upbeat']);
    expect(stub.searches.every((x) => x.params.country === 'DE')).toBe(true);
    expect(s).toMatchObject({ origin: 'tracks', provider: 'itunes', note: null });
    expect(s.tracks).toHaveLength(10);
    const t = s.tracks[0];
    expect(t?.id).toMatch(/^itunes:\d+$/);
    expect(t?.image).toMatch(new RegExp(`^${ASSETS}/art/`));
    expect(t?.preview).toMatch(new RegExp(`^${ASSETS}/preview/\\d+\\.m4a$`));
    expect(t?.url).toMatch(/^https:\/\/music\.apple\.com\//);
  });

  it('songs of the row’s genre come before the others the words found', async () => {
    const { suggester } = await setup();
    const s = await suggester.suggest('angry', false); // rock: one search
    // The stub makes every third song a comedy track: those come last.
    const names = s.tracks.map((t) => t.name);
    expect(names.slice(0, 8).every((n) => !/tune (3|6|9|12)$/.test(n))).toBe(true);
    expect(names.slice(8).every((n) => /tune (3|6|9|12)$/.test(n))).toBe(true);
  });

  it('a refresh brings other songs from the cached answers: no new call to Apple', async () => {
    const { suggester } = await setup();
    const first = await suggester.suggest('happy', false);
    const again = await suggester.suggest('happy', true);
    expect(stub.searches).toHaveLength(2);
    const before = new Set(first.tracks.map((t) => t.id));
    expect(again.tracks.filter((t) => before.has(t.id))).toEqual([]);
    expect(again.tracks.length).toBeGreaterThan(0);
  });

  it('a new storefront is a new search', async () => {
    const { suggester, settings } = await setup();
    await suggester.suggest('angry', false);
    await settings.itunesCountry.set('FR');
    await suggester.suggest('angry', true);
    expect(stub.searches.map((x) => x.params.country)).toEqual(['US', 'FR']);
  });

  it('thumbs teach the same preferences as with Spotify', async () => {
    const { suggester, settings } = await setup();
    const s = await suggester.suggest('angry', false);
    const track = s.tracks[0];
    if (!track) throw new Error('no track');
    await suggester.feedback(track.id, true);
    expect((await settings.preferences.get()).angry).toEqual({
      rock: { likes: 1, dislikes: 0 },
      [track.terms[1]?.toLowerCase() ?? '']: { likes: 1, dislikes: 0 },
    });
  });
});

describe('asked first, and every failure still gives music', () => {
  it.each([
    ['unasked', true],
    ['declined', true],
    ['granted', false],
  ] as const)(
    'consent %s, permission %s: the search links, and Apple is not called',
    async (consent, permitted) => {
      const { suggester } = await setup({ consent, permitted });
      const s = await suggester.suggest('happy', false);
      expect(s).toMatchObject({ origin: 'links', provider: null, note: null });
      expect(stub.searches).toHaveLength(0);
    },
  );

  it('"links only" never calls a provider', async () => {
    const { suggester, settings } = await setup();
    await settings.provider.set('links');
    expect((await suggester.suggest('happy', false)).origin).toBe('links');
    expect(stub.searches).toHaveLength(0);
  });

  it('Apple limiting us: the mood’s cached tracks, with Apple’s reason', async () => {
    const { suggester, state } = await setup();
    const fresh = await suggester.suggest('angry', false);
    await state.itunesCache.reset();
    stub.perMinute = 0;
    const s = await suggester.suggest('angry', true);
    expect(s.origin).toBe('cache');
    expect(s.tracks).toEqual(fresh.tracks);
    expect(english(s.note)).toMatch(
      /^Apple’s catalogue is limiting searches \(HTTP 403\).* Showing the tracks found at /,
    );
  });

  it('a malformed answer and nothing cached: the links, saying why', async () => {
    const { suggester } = await setup();
    stub.scriptSearch({ status: 200, body: { resultCount: 1 } });
    const s = await suggester.suggest('angry', false);
    expect(s.origin).toBe('links');
    expect(english(s.note)).toMatch(
      /^Apple’s catalogue sent an answer Emotune does not understand\. Showing searches instead\.$/,
    );
  });

  it('nothing found: the links, with a hint', async () => {
    const { suggester, settings } = await setup();
    stub.scriptSearch({ status: 200, body: { resultCount: 0, results: [] } });
    await settings.mapping.set({
      ...(await settings.mapping.get()),
      angry: { mood: 'x', genres: ['rock'], keywords: ['zzz'] },
    });
    const s = await suggester.suggest('angry', false);
    expect(english(s.note)).toBe(
      'Apple’s catalogue found no tracks for these words: try other genres or keywords.',
    );
  });
});

describe('Apple’s answers before they are cached', () => {
  /** A provider whose Apple answers `results` songs with names of `nameLength`, each search new ids. */
  function bigAnswers(results: number, nameLength: number) {
    let call = 0;
    const cache = fakeItem(itunesCacheDef);
    const api = {
      search: async () => {
        call++;
        return {
          resultCount: results,
          results: Array.from({ length: results }, (_, i) => ({
            wrapperType: 'track',
            kind: 'song',
            trackId: call * 100_000 + i + 1,
            trackName: 'n'.repeat(nameLength),
            artistName: 'a'.repeat(nameLength),
            trackViewUrl: `https://music.apple.com/us/album/x/1?i=${i}`,
            artworkUrl100: `https://is1-ssl.mzstatic.com/${i}/100x100bb.jpg`,
            previewUrl: `https://audio-ssl.itunes.apple.com/${i}.m4a`,
          })),
        };
      },
    };
    const provider = createItunesProvider({
      api: api as never,
      country: fakeItem(itunesCountryDef),
      cache,
      consent: fakeItem(keylessConsentDef),
      hasPermission: async () => true,
    });
    return { provider, cache };
  }

  it('a 5,000-result answer is cut to the requested number before it is cached', async () => {
    const { provider, cache } = bigAnswers(5000, 20);
    const { tracks } = await provider.search({ q: 'pop', terms: ['pop'] }, { refresh: false });
    expect(tracks).toHaveLength(ITUNES_CACHE.perSearch);
    expect(Object.values(await cache.get())[0]?.tracks).toHaveLength(ITUNES_CACHE.perSearch);
  });

  it('the cache’s total size stays bounded; the newest answers are kept', async () => {
    const { provider, cache } = bigAnswers(25, 1000);
    for (let i = 0; i < ITUNES_CACHE.maxEntries; i++)
      await provider.search({ q: `words ${i}`, terms: ['x'] }, { refresh: false });
    const stored = await cache.get();
    expect(JSON.stringify(Object.entries(stored)).length).toBeLessThanOrEqual(ITUNES_CACHE.maxChars);
    expect(Object.keys(stored)).toContain(`US|words ${ITUNES_CACHE.maxEntries - 1}`);
    expect(Object.keys(stored).length).toBeLessThan(ITUNES_CACHE.maxEntries);
  });
});
