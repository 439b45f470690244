// The suggester's settings and state as fresh fake items, the way its tests wire it to the real Spotify
// client and the loopback stub.
import { recentTracksDef, trackCacheDef } from '../../src/background/music/suggester-items';
import { spotifySessionDef } from '../../src/background/spotify/session';
import {
  liftRowsDef,
  musicMappingDef,
  personaliseDef,
  preferencesDef,
  providerDef,
  spotifyClientIdDef,
  strategyDef,
} from '../../src/shared/music-settings';
import { topArtistsDef } from '../../src/shared/spotify-items';
import { suggestionsDef } from '../../src/shared/suggester-items';
import { fakeItem } from './fake-stores';

export function suggesterStores() {
  return {
    settings: {
      mapping: fakeItem(musicMappingDef),
      strategy: fakeItem(strategyDef),
      liftRows: fakeItem(liftRowsDef),
      preferences: fakeItem(preferencesDef),
      clientId: fakeItem(spotifyClientIdDef),
      personalise: fakeItem(personaliseDef),
      provider: fakeItem(providerDef),
    },
    state: {
      session: fakeItem(spotifySessionDef),
      suggestions: fakeItem(suggestionsDef),
      trackCache: fakeItem(trackCacheDef),
      recentTracks: fakeItem(recentTracksDef),
      topArtists: fakeItem(topArtistsDef),
    },
  };
}
