// Binds every item definition to the real browser storage. Pages and the background import items
// from here; tests bind the same definitions to an in-memory fake.
import { browser } from './browser';
import { moodSnapshotDef } from './mood-item';
import { backendDef, cameraEnabledDef, captureIntervalDef, modelIdDef } from './settings';
import { createItem, type ItemDefinition } from './storage-item';

const inLocal = <T>(def: ItemDefinition<T>) =>
  createItem(def, browser.storage.local, 'local', browser.storage.onChanged);

export const settings = {
  cameraEnabled: inLocal(cameraEnabledDef),
  captureIntervalMs: inLocal(captureIntervalDef),
  modelId: inLocal(modelIdDef),
  backend: inLocal(backendDef),
};

export const moodSnapshot = createItem(
  moodSnapshotDef,
  browser.storage.session,
  'session',
  browser.storage.onChanged,
);
