// Words that happen to be Object.prototype's property names ("constructor", "toString", "__proto__"...)
// are ordinary words in a mapping row: learned, ranked and searched like any other. Before per-term data
// was read by own keys only, a thumb next to "constructor" made the sampler loop forever (background hung).
import { fakeBrowser } from '@webext-core/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSuggester } from '../../../../src/background/music/suggester';
import { createSpotifyApi } from '../../../../src/background/spotify/api';
import { createSpotifyAuth } from '../../../../src/background/spotify/auth';
import { createSpotifyProvider } from '../../../../src/background/spotify/provider';
import {
  type Preferences,
  preference,
  rankTerms,
  recordFeedback,
  seededRandom,
} from '../../../../src/core/music/bandit';
import { DEFAULT_MAPPING, termIssue } from '../../../../src/core/music/mapping';
import { buildQueries } from '../../../../src/core/music/queries';
import { englishText } from '../../../../src/shared/english';
import { preferencesDef } from '../../../../src/shared/music-settings';
import { type SpotifyStub, startSpotifyStub } from '../../../stubs/spotify-stub';
import { fakeItem } from '../../../support/fake-stores';
import { suggesterStores } from '../../../support/suggester-stores';

/** A term's problem in the English catalogue's words, as a browser in English shows it. */
const termProblem = (term: string) => {
  const m = termIssue(term);
  return m && englishText(m);
};

const NAMES = Object.getOwnPropertyNames(Object.prototype);
beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

describe.each(NAMES)('"%s" as a term', (name) => {
  it('is ranked like a word never rated, next to rated ones', () => {
    const prefs = recordFeedback({}, 'happy', ['pop'], true);
    const ranked = rankTerms([name, 'pop'], prefs.happy, seededRandom(1));
    expect([...ranked].sort()).toEqual([name, 'pop'].sort());
  });

  it('learns from thumbs, and what it learned survives storage', async () => {
    let prefs: Preferences = recordFeedback({}, 'happy', ['pop'], false);
    prefs = recordFeedback(prefs, 'happy', [name], true);
    prefs = recordFeedback(prefs, 'happy', [name], true);
    const item = fakeItem(preferencesDef);
    await item.set(prefs);
    const stored = (await item.get()).happy;
    expect(stored && Object.hasOwn(stored, name.toLowerCase())).toBe(true);
    expect(preference(stored?.[name.toLowerCase()])).toBe(3 / 4);
    expect(preference(stored?.pop)).toBe(1 / 3);
    // The queries draw from the stored beliefs without looping forever or throwing.
    const row = { mood: 'x', genres: [], keywords: [name, 'pop'] };
    expect(
      buildQueries(row, await item.get(), 'happy', seededRandom(3))
        .flatMap((q) => q.terms)
        .sort(),
    ).toEqual([name, 'pop'].sort());
  });

  it('is accepted or refused by the same rule as any word with its characters', () => {
    // Only underscores set these names apart from letters: they get the same answer as "my_word".
    expect(termProblem(name)).toBe(name.includes('_') ? termProblem('my_word') : null);
  });
});

describe('a thumb on a track found by such a term, then new suggestions (the background used to hang)', () => {
  let stub: SpotifyStub;
  beforeEach(async () => {
    stub = await startSpotifyStub();
  });
  afterEach(() => stub.close());

  const words = NAMES.filter((n) => termProblem(n) === null);

  it.each(words)('"%s"', async (word) => {
    const { settings, state } = suggesterStores();
    const endpoints = async () => ({ accounts: stub.accounts, api: stub.api });
    const auth = createSpotifyAuth({
      fetch,
      endpoints,
      session: state.session,
      clientId: settings.clientId,
      permitted: async () => true,
      scopes: async () => [],
      identity: {
        getRedirectURL: () => 'https://id.chromiumapp.org/',
        launchWebAuthFlow: async ({ url }) =>
          (await fetch(url, { redirect: 'manual' })).headers.get('location') ?? undefined,
      },
    });
    const api = createSpotifyApi({ fetch, endpoints, accessToken: auth.accessToken, refresh: auth.refresh });
    await settings.clientId.set('0123456789abcdef0123456789abcdef');
    await auth.signIn();
    await settings.mapping.set({
      ...DEFAULT_MAPPING,
      sad: { mood: 'odd', genres: [], keywords: ['calm', word] },
    });
    await settings.provider.set('spotify');
    const spotify = createSpotifyProvider({ api, settings, state, random: seededRandom(7) });
    // Apple's provider is never asked here: the source is Spotify.
    const itunes = { ...spotify, id: 'itunes' as const };
    const suggester = createSuggester({
      providers: { spotify, itunes },
      settings,
      state,
      random: seededRandom(7),
    });

    const first = await suggester.suggest('sad', false);
    const calm = first.tracks.find((t) => t.terms.includes('calm'));
    if (!calm) throw new Error('no track found by "calm"');
    await suggester.feedback(calm.id, true);
    const again = await suggester.suggest('sad', true);
    expect(again).toMatchObject({ origin: 'tracks', provider: 'spotify' });
    expect(again.queries).toContain(word);
    const found = again.tracks.find((t) => t.terms.includes(word));
    if (!found) throw new Error(`no track found by "${word}"`);
    await suggester.feedback(found.id, true);
    expect((await settings.preferences.get()).sad?.[word.toLowerCase()]).toEqual({ likes: 1, dislikes: 0 });
  });
});
