// Binds every item definition to the real browser storage. Pages and the background import items
// from here; tests bind the same definitions to an in-memory fake.
import { browser } from './browser';
import { calibrationProfileDef, calibrationRunDef } from './calibration-items';
import { moodSnapshotDef } from './mood-item';
import {
  holdSecondsDef,
  itunesCountryDef,
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
  moodHistoryDef,
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
  modelIdDef,
  resumeCameraDef,
  sessionStartedDef,
} from './settings';
import { backupDef, createItem, type ItemDefinition } from './storage-item';

const inLocal = <T>(def: ItemDefinition<T>) =>
  createItem(def, browser.storage.local, 'local', browser.storage.onChanged);
const inSession = <T>(def: ItemDefinition<T>) =>
  createItem(def, browser.storage.session, 'session', browser.storage.onChanged);

export const settings = {
  cameraEnabled: inLocal(cameraEnabledDef),
  resumeCamera: inLocal(resumeCameraDef),
  captureIntervalMs: inLocal(captureIntervalDef),
  modelId: inLocal(modelIdDef),
  backend: inLocal(backendDef),
};

export const musicSettings = {
  provider: inLocal(providerDef),
  itunesCountry: inLocal(itunesCountryDef),
  previewVolume: inLocal(previewVolumeDef),
  clientId: inLocal(spotifyClientIdDef),
  mapping: inLocal(musicMappingDef),
  strategy: inLocal(strategyDef),
  liftRows: inLocal(liftRowsDef),
  notify: inLocal(notifyDef),
  holdSeconds: inLocal(holdSecondsDef),
  notifyEveryMinutes: inLocal(notifyEveryMinutesDef),
  preferences: inLocal(preferencesDef),
  personalise: inLocal(personaliseDef),
  /** What a repair of the mapping kept of the damaged rows, until the user dismisses it. */
  mappingBackup: inLocal(backupDef(musicMappingDef.key)),
};

export const musicState = {
  session: inLocal(spotifySessionDef),
  spotifyStatus: inLocal(spotifyStatusDef),
  suggestions: inLocal(suggestionsDef),
  trackCache: inLocal(trackCacheDef),
  recentTracks: inLocal(recentTracksDef),
  moodHistory: inLocal(moodHistoryDef),
  topArtists: inLocal(topArtistsDef),
  keylessConsent: inLocal(keylessConsentDef),
  spotifyPause: inLocal(spotifyPauseDef),
  itunesCache: inLocal(itunesCacheDef),
  itunesRate: inSession(itunesRateDef),
  announce: inSession(announceStateDef),
};

export const moodSnapshot = inSession(moodSnapshotDef);
export const sessionStarted = inSession(sessionStartedDef);

export const calibration = {
  profile: inLocal(calibrationProfileDef),
  run: inSession(calibrationRunDef),
};
