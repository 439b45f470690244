// Every setting: its default, a valid value and an invalid one (the item machinery is storage-item.test.ts).
import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  backendDef,
  cameraEnabledDef,
  captureIntervalDef,
  feelingFadeDef,
  modelIdDef,
  resumeCameraDef,
} from '../../../src/shared/settings';
import type { ItemDefinition } from '../../../src/shared/storage-item';
import { fakeItem } from '../../support/fake-stores';

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

describe('every setting', () => {
  it.each([
    [cameraEnabledDef, false, true, 'yes'],
    [resumeCameraDef, false, true, 1],
    [captureIntervalDef, 1000, 500, 100],
    [captureIntervalDef, 1000, 10_000, 10_001],
    [captureIntervalDef, 1000, 250, 333.5],
    [modelIdDef, 'emotion-ensemble', 'human-emotion', 'gpt-9'],
    [backendDef, 'auto', 'wasm', 'cuda'],
    [feelingFadeDef, 1200, 20, 4],
    [feelingFadeDef, 1200, 86_400, 'soon'],
  ] as [ItemDefinition<unknown>, unknown, unknown, unknown][])(
    '%o: default, a valid value, and an invalid one',
    async (def, fallback, valid, invalid) => {
      const item = fakeItem(def);
      expect(await item.get()).toBe(fallback);
      await item.set(valid);
      expect(await item.get()).toBe(valid);
      await expect(item.set(invalid)).rejects.toThrow(/invalid/);
      expect(await item.get()).toBe(valid);
    },
  );
});
