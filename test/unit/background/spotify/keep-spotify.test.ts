import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { keepSpotifyOnUpdate } from '../../../../src/background/spotify/keep-spotify';
import { type SpotifySession, spotifySessionDef } from '../../../../src/background/spotify/session';
import { providerDef } from '../../../../src/shared/music-settings';
import { fakeItem } from '../../../support/fake-stores';

const SESSION: SpotifySession = {
  accessToken: 'a',
  refreshToken: 'r',
  expiresAt: 1,
  scope: '',
  clientId: '0123456789abcdef0123456789abcdef',
  userName: null,
};

beforeEach(() => fakeBrowser.reset());

describe('updating from the Spotify-only version', () => {
  it.each([
    ['signed in, provider never chosen', SESSION, undefined, 'spotify'],
    ['signed out, provider never chosen', null, undefined, 'itunes'],
    ['signed in, keyless chosen by the user', SESSION, 'itunes', 'itunes'],
    ['signed in, links chosen by the user', SESSION, 'links', 'links'],
  ] as const)('%s -> %s', async (_name, session, stored, want) => {
    const provider = fakeItem(providerDef);
    const sessionItem = fakeItem(spotifySessionDef);
    await sessionItem.set(session);
    if (stored) await provider.set(stored);
    await keepSpotifyOnUpdate({ area: fakeBrowser.storage.local, provider, session: sessionItem });
    expect(await provider.get()).toBe(want);
  });
});
