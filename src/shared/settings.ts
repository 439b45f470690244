// Every user setting: one typed item each, in storage.local (nothing here is secret, and local keeps
// a temporary Firefox add-on working without a sync account).
// Definitions only (no browser import), so they are testable in Node; stores.ts binds them to storage.

import { isModelId, MODEL_IDS, type ModelId } from './models';
import { type ItemDefinition, intIn, isBool } from './storage-item';

export type BackendPreference = 'auto' | 'webgl' | 'wasm';

/** Whether the camera loop should run. Turned on by granting the camera; the popup switch toggles it. */
export const cameraEnabledDef: ItemDefinition<boolean> = {
  key: 'cameraEnabled',
  area: 'local',
  version: 1,
  defaultValue: false,
  validate: isBool,
};

/**
 * Whether the camera comes back on by itself when the browser starts (or Emotune is updated, which also
 * clears the session). Off by default: a camera that
 * switches itself on at every browser start is a surprise, whatever the switch said last time.
 */
export const resumeCameraDef: ItemDefinition<boolean> = {
  key: 'resumeCamera',
  area: 'local',
  version: 1,
  defaultValue: false,
  validate: isBool,
};

/** Set at the background's first wake in a browser session (in storage.session, which the browser clears). */
export const sessionStartedDef: ItemDefinition<boolean> = {
  key: 'sessionStarted',
  area: 'session',
  version: 1,
  defaultValue: false,
  validate: isBool,
};

export const CAPTURE_INTERVAL_LIMITS = { min: 250, max: 10_000 } as const;

/** Milliseconds between analysed frames. 1 s reads a held expression quickly and keeps the CPU mostly idle. */
export const captureIntervalDef: ItemDefinition<number> = {
  key: 'captureIntervalMs',
  area: 'local',
  version: 1,
  defaultValue: 1000,
  validate: intIn(CAPTURE_INTERVAL_LIMITS.min, CAPTURE_INTERVAL_LIMITS.max),
};

/** Which shipped emotion model classifies faces. */
export const modelIdDef: ItemDefinition<ModelId> = {
  key: 'modelId',
  area: 'local',
  version: 1,
  defaultValue: MODEL_IDS[0],
  validate: (v) => (isModelId(v) ? v : undefined),
};

/** tfjs backend: `auto` is wasm until our webgl path is checked (core/backend-choice.ts). */
export const backendDef: ItemDefinition<BackendPreference> = {
  key: 'backend',
  area: 'local',
  version: 1,
  defaultValue: 'auto',
  validate: (v) => (v === 'auto' || v === 'webgl' || v === 'wasm' ? v : undefined),
};

export const FEELING_FADE_LIMITS = { min: 5, max: 24 * 3600 } as const;

/**
 * How long a typed feeling ("How do you feel?") counts, in seconds: its weight falls linearly to 0 over
 * this time and the face takes over again. 20 minutes: a stretch of work, or a handful of songs.
 */
export const feelingFadeDef: ItemDefinition<number> = {
  key: 'feelingFadeSeconds',
  area: 'local',
  version: 1,
  defaultValue: 20 * 60,
  validate: intIn(FEELING_FADE_LIMITS.min, FEELING_FADE_LIMITS.max),
};
