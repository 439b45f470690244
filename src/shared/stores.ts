// Binds every item definition to the real browser storage, in the area each definition declares.
// Pages and the background import items from here (the background's own: background/stores.ts); tests bind the same definitions to an in-memory fake.
import { browser } from './browser';
import { calibrationProfileDef, calibrationRunDef } from './calibration-items';
import { keylessConsentDef } from './itunes-items';
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
import { playQueueDef } from './player-items';
import {
  backendDef,
  cameraEnabledDef,
  captureIntervalDef,
  feelingFadeDef,
  modelIdDef,
  resumeCameraDef,
  sessionStartedDef,
} from './settings';
import { spotifyStatusDef, topArtistsDef } from './spotify-items';
import { backupDef, createItem, type ItemDefinition } from './storage-item';
import { suggestionsDef } from './suggester-items';

/** Binds a definition to the storage area it declares (the background binds its own items with it). */
export const bind = <T>(def: ItemDefinition<T>) =>
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

/**
 * The music state pages read (the background writes it). What only the background uses is bound in
 * background/stores.ts, and the Spotify session with its tokens in background/spotify/index.ts.
 */
export const musicState = {
  spotifyStatus: bind(spotifyStatusDef),
  topArtists: bind(topArtistsDef),
  suggestions: bind(suggestionsDef),
  keylessConsent: bind(keylessConsentDef),
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
