// Binds the state only the background uses, in the area each definition declares. Pages cannot import
// it (src/background is out of their reach); the Spotify session is bound apart, in spotify/index.ts.
import { bind } from '../shared/stores';
import { itunesCacheDef, itunesRateDef } from './itunes/items';
import { announceStateDef } from './music/announcer-items';
import { recentTracksDef, trackCacheDef } from './music/suggester-items';
import { spotifyPauseDef } from './spotify/pause-item';

export const backgroundState = {
  trackCache: bind(trackCacheDef),
  recentTracks: bind(recentTracksDef),
  spotifyPause: bind(spotifyPauseDef),
  itunesCache: bind(itunesCacheDef),
  itunesRate: bind(itunesRateDef),
  announce: bind(announceStateDef),
};
