// Music settings and state: a corrupt stored value falls back to the default and says so, migrations of
// stored suggestions, and the country field's message.
import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { itunesRateDef } from '../../../src/background/itunes/items';
import { trackCacheDef } from '../../../src/background/music/suggester-items';
import { spotifyPauseDef } from '../../../src/background/spotify/pause-item';
import { spotifySessionDef } from '../../../src/background/spotify/session';
import type { Message } from '../../../src/core/message';
import { DEFAULT_MAPPING } from '../../../src/core/music/mapping';
import { englishOf, englishText } from '../../../src/shared/english';
import { keylessConsentDef } from '../../../src/shared/itunes-items';
import { moodHistoryDef } from '../../../src/shared/mood-item';
import {
  countryIssue,
  holdSecondsDef,
  itunesCountryDef,
  liftRowsDef,
  musicMappingDef,
  notifyEveryMinutesDef,
  preferencesDef,
  previewVolumeDef,
  providerDef,
  spotifyClientIdDef,
  strategyDef,
} from '../../../src/shared/music-settings';
import type { ItemDefinition } from '../../../src/shared/storage-item';
import { suggestionsDef } from '../../../src/shared/suggester-items';
import { expectKnownMessage } from '../../support/catalogue';
import { fakeItem } from '../../support/fake-stores';

// Messages read in the English catalogue's words, as a browser in English shows them.
const english = (m: Message | readonly Message[] | null | undefined) =>
  m == null ? m : Array.isArray(m) ? englishOf(m) : englishText(m as Message);

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

const corrupt = [
  // A table with damaged rows resets those rows only (mapping-repair.test.ts); one that is not a table:
  ['musicMapping (not a table)', musicMappingDef, ['happy']],
  ['strategy', strategyDef, 'random'],
  ['liftRows', liftRowsDef, { sad: 'euphoric' }],
  ['spotifyClientId', spotifyClientIdDef, 'not-an-id'],
  ['moodHoldSeconds', holdSecondsDef, 2],
  ['notifyEveryMinutes', notifyEveryMinutesDef, 0.5],
  ['musicPreferences', preferencesDef, { happy: { pop: { likes: -1, dislikes: 0 } } }],
  ['spotifySession', spotifySessionDef, { accessToken: 'a' }],
  ['suggestions', suggestionsDef, { emotion: 'happy', tracks: 'x' }],
  ['moodHistory', moodHistoryDef, [{ mood: 'happy', from: 10, to: 5 }]],
  ['musicProvider', providerDef, 'deezer'],
  ['itunesCountry', itunesCountryDef, 'USA'],
  ['previewVolume', previewVolumeDef, 101],
  ['keylessConsent', keylessConsentDef, 'maybe'],
  ['itunesRate', itunesRateDef, { calls: ['x'], blockedUntil: 0 }],
  ['spotifyPause', spotifyPauseDef, { until: 'tomorrow', reason: 'quota' }],
] as [string, ItemDefinition<unknown>, unknown][];

describe('music settings and state: a corrupt stored value falls back to the default and says so', () => {
  it.each(corrupt)('%s', async (_name, def, bad) => {
    await fakeBrowser.storage[def.area].set({ [def.key]: { v: 1, value: bad } });
    const item = fakeItem(def);
    const read = await item.read();
    expect(read.value).toEqual(def.defaultValue);
    expect(english(read.problem)).toMatch(/invalid and was reset to its default/);
    await expect(item.set(bad)).rejects.toThrow('refusing to save');
  });

  it('valid values round-trip', async () => {
    const mapping = fakeItem(musicMappingDef);
    const edited = {
      ...DEFAULT_MAPPING,
      happy: { mood: 'sunny', genres: ['k-pop'], keywords: ["rock 'n' roll"] },
    };
    await mapping.set(edited);
    expect(await mapping.get()).toEqual(edited);
    const id = fakeItem(spotifyClientIdDef);
    await id.set('0123456789ABCDEF0123456789abcdef');
    expect(await id.get()).toBe('0123456789ABCDEF0123456789abcdef');
    const lift = fakeItem(liftRowsDef);
    await lift.set({ sad: 'surprise' });
    expect(await lift.get()).toEqual({ sad: 'surprise' });
  });
});

describe('migrations', () => {
  // A set stored by the Spotify-only version 1: origin 'spotify', tracks without `preview`.
  const v1Track = {
    id: 't1',
    name: 'Song',
    artists: ['A'],
    uri: 'spotify:track:t1',
    url: 'https://open.spotify.com/track/t1',
    image: null,
    terms: ['pop'],
  };
  const v1 = (origin: string) => ({
    emotion: 'happy',
    source: 'happy',
    strategy: 'match',
    row: DEFAULT_MAPPING.happy,
    queries: origin === 'links' ? [] : ['genre:pop upbeat'],
    tracks: origin === 'links' ? [] : [v1Track],
    links: [],
    origin,
    note: null,
    at: 5,
    ratings: {},
  });

  it.each([
    ['spotify', 'tracks', 'spotify'],
    ['cache', 'cache', 'spotify'],
    ['links', 'links', null],
  ])('suggestions v1 (origin %s) become origin %s from provider %s', async (origin, want, provider) => {
    await fakeBrowser.storage.local.set({ suggestions: { v: 1, value: v1(origin) } });
    const read = await fakeItem(suggestionsDef).read();
    expect(read.problem).toBeNull();
    expect(read.value).toMatchObject({ origin: want, provider });
    expect(read.value?.tracks.every((t) => t.preview === null)).toBe(true);
    // Rewritten at the new version, so the migration runs once.
    expect((await fakeBrowser.storage.local.get('suggestions')).suggestions).toMatchObject({ v: 3 });
  });

  it('suggestions v2: a note in English text is kept, as a message that shows it as it was', async () => {
    const v2 = { ...v1('links'), provider: null, playlists: [], note: 'You seem to be offline.' };
    await fakeBrowser.storage.local.set({ suggestions: { v: 2, value: v2 } });
    const read = await fakeItem(suggestionsDef).read();
    expect(read.problem).toBeNull();
    expect(read.value?.note).toEqual([{ key: 'note_verbatim', subs: { text: 'You seem to be offline.' } }]);
    expect(english(read.value?.note)).toBe('You seem to be offline.');
    expect((await fakeBrowser.storage.local.get('suggestions')).suggestions).toMatchObject({ v: 3 });
  });

  it('suggestions v3: a note is messages; anything else there makes the set unusable', async () => {
    const v3 = { ...v1('links'), provider: null, playlists: [], note: [{ key: 'net_offline' }] };
    await fakeBrowser.storage.local.set({ suggestions: { v: 3, value: v3 } });
    expect((await fakeItem(suggestionsDef).read()).value?.note).toEqual([{ key: 'net_offline' }]);
    await fakeBrowser.storage.local.set({ suggestions: { v: 3, value: { ...v3, note: 'text' } } });
    expect((await fakeItem(suggestionsDef).read()).value).toBeNull();
  });

  it('the per-mood cache v2 keeps its English notes as messages', async () => {
    const v2 = {
      ...v1('cache'),
      origin: 'cache',
      provider: 'spotify',
      tracks: [],
      playlists: [],
      note: 'Old words.',
    };
    await fakeBrowser.storage.local.set({ trackCache: { v: 2, value: { sad: v2 } } });
    const read = await fakeItem(trackCacheDef).read();
    expect(read.value.sad?.note).toEqual([{ key: 'note_verbatim', subs: { text: 'Old words.' } }]);
  });

  it('the per-mood cache v1 is migrated set by set', async () => {
    await fakeBrowser.storage.local.set({ trackCache: { v: 1, value: { happy: v1('spotify') } } });
    const read = await fakeItem(trackCacheDef).read();
    expect(read.problem).toBeNull();
    expect(read.value.happy).toMatchObject({ origin: 'tracks', provider: 'spotify' });
    expect(read.value.happy?.tracks[0]?.preview).toBeNull();
  });

  it('a v1 set that was already corrupt is still refused after migration', async () => {
    await fakeBrowser.storage.local.set({ suggestions: { v: 1, value: { ...v1('spotify'), tracks: 'x' } } });
    const read = await fakeItem(suggestionsDef).read();
    expect(read.value).toBeNull();
    expect(english(read.problem)).toMatch(/invalid/);
  });

  it('the country is stored in capitals', async () => {
    const country = fakeItem(itunesCountryDef);
    await country.set('gb');
    expect(await country.get()).toBe('GB');
  });
});

describe('the country field speaks in a key of the catalogue', () => {
  it('a bad country', () => {
    expect(countryIssue(' de ')).toBeNull();
    const m = countryIssue('DEU');
    expect(m?.key).toBe('provider_countryProblem');
    if (m) expectKnownMessage(m);
  });
});
