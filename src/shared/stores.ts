// Binds every item definition to the real browser storage, in the area each definition declares.
// Pages and the background import items from here; tests bind the same definitions to an in-memory fake.
import { browser } from './browser';
import { calibrationProfileDef, calibrationRunDef } from './calibration-items';
import { moodHistoryDef, moodSnapshotDef, typedFeelingDef } from './mood-item';
import {
  holdSecondsDef,
  itunesCountryDef,
  keepPlayingDef,
  liftRowsDef,
  musicMappingDef,
  notifyDef,
  notifyEveryMinutesDef,
  personaliseDef,
  preferencesDef,
  previewVolumeDef,
  providerDef,
  spotifyClientIdDef,
  strategyDef,
} from './music-settings';
import {
  announceStateDef,
  itunesCacheDef,
  itunesRateDef,
  keylessConsentDef,
  playQueueDef,
  recentTracksDef,
  spotifyPauseDef,
  spotifySessionDef,
  spotifyStatusDef,
  suggestionsDef,
  topArtistsDef,
  trackCacheDef,
} from './music-state';
import {
  backendDef,
  cameraEnabledDef,
  captureIntervalDef,
  feelingFadeDef,
  modelIdDef,
  resumeCameraDef,
  sessionStartedDef,
} from './settings';
import { backupDef, createItem, type ItemDefinition } from './storage-item';

/** Binds a definition to the storage area it declares. */
const bind = <T>(def: ItemDefinition<T>) =>
  createItem(def, browser.storage[def.area], def.area, browser.storage.onChanged);

export const settings = {
  cameraEnabled: bind(cameraEnabledDef),
  resumeCamera: bind(resumeCameraDef),
  captureIntervalMs: bind(captureIntervalDef),
  modelId: bind(modelIdDef),
  backend: bind(backendDef),
  feelingFadeSeconds: bind(feelingFadeDef),
};

export const musicSettings = {
  provider: bind(providerDef),
  itunesCountry: bind(itunesCountryDef),
  previewVolume: bind(previewVolumeDef),
  keepPlaying: bind(keepPlayingDef),
  clientId: bind(spotifyClientIdDef),
  mapping: bind(musicMappingDef),
  strategy: bind(strategyDef),
  liftRows: bind(liftRowsDef),
  notify: bind(notifyDef),
  holdSeconds: bind(holdSecondsDef),
  notifyEveryMinutes: bind(notifyEveryMinutesDef),
  preferences: bind(preferencesDef),
  personalise: bind(personaliseDef),
  /** What a repair of the mapping kept of the damaged rows, until the user dismisses it. */
  mappingBackup: bind(backupDef(musicMappingDef)),
};

export const musicState = {
  session: bind(spotifySessionDef),
  spotifyStatus: bind(spotifyStatusDef),
  suggestions: bind(suggestionsDef),
  trackCache: bind(trackCacheDef),
  recentTracks: bind(recentTracksDef),
  topArtists: bind(topArtistsDef),
  keylessConsent: bind(keylessConsentDef),
  spotifyPause: bind(spotifyPauseDef),
  itunesCache: bind(itunesCacheDef),
  itunesRate: bind(itunesRateDef),
  announce: bind(announceStateDef),
  playQueue: bind(playQueueDef),
};

export const moodSnapshot = bind(moodSnapshotDef);
/** The last 24 hours of stable moods: with the mood, not with the music. */
export const moodHistory = bind(moodHistoryDef);
/** The last typed feeling's scores and time (never its text), fading into the face's mood. */
export const typedFeeling = bind(typedFeelingDef);
export const sessionStarted = bind(sessionStartedDef);

export const calibration = {
  profile: bind(calibrationProfileDef),
  run: bind(calibrationRunDef),
};
