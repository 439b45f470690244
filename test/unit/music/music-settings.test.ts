import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_MAPPING } from '../../../src/core/music/mapping';
import {
  holdSecondsDef,
  liftRowsDef,
  musicMappingDef,
  notifyEveryMinutesDef,
  preferencesDef,
  spotifyClientIdDef,
  strategyDef,
} from '../../../src/shared/music-settings';
import { moodHistoryDef, spotifySessionDef, suggestionsDef } from '../../../src/shared/music-state';
import { createItem, type ItemDefinition } from '../../../src/shared/storage-item';

const local = <T>(def: ItemDefinition<T>) =>
  createItem(def, fakeBrowser.storage.local, 'local', fakeBrowser.storage.onChanged);

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

const corrupt = [
  // A table with damaged rows resets those rows only (mapping-repair.test.ts); one that is not a table:
  ['musicMapping (not a table)', musicMappingDef, ['happy']],
  ['strategy', strategyDef, 'random'],
  ['liftRows', liftRowsDef, { sad: 'euphoric' }],
  ['spotifyClientId', spotifyClientIdDef, 'not-an-id'],
  ['moodHoldSeconds', holdSecondsDef, 2],
  ['notifyEveryMinutes', notifyEveryMinutesDef, 0.5],
  ['musicPreferences', preferencesDef, { happy: { pop: { likes: -1, dislikes: 0 } } }],
  ['spotifySession', spotifySessionDef, { accessToken: 'a' }],
  ['suggestions', suggestionsDef, { emotion: 'happy', tracks: 'x' }],
  ['moodHistory', moodHistoryDef, [{ mood: 'happy', from: 10, to: 5 }]],
] as [string, ItemDefinition<unknown>, unknown][];

describe('music settings and state: a corrupt stored value falls back to the default and says so', () => {
  it.each(corrupt)('%s', async (_name, def, bad) => {
    await fakeBrowser.storage.local.set({ [def.key]: { v: 1, value: bad } });
    const item = local(def);
    const read = await item.read();
    expect(read.value).toEqual(def.defaultValue);
    expect(read.problem).toMatch(/invalid and was reset to its default/);
    await expect(item.set(bad)).rejects.toThrow('refusing to save');
  });

  it('valid values round-trip', async () => {
    const mapping = local(musicMappingDef);
    const edited = {
      ...DEFAULT_MAPPING,
      happy: { mood: 'sunny', genres: ['k-pop'], keywords: ["rock 'n' roll"] },
    };
    await mapping.set(edited);
    expect(await mapping.get()).toEqual(edited);
    const id = local(spotifyClientIdDef);
    await id.set('0123456789ABCDEF0123456789abcdef');
    expect(await id.get()).toBe('0123456789ABCDEF0123456789abcdef');
    const lift = local(liftRowsDef);
    await lift.set({ sad: 'surprise' });
    expect(await lift.get()).toEqual({ sad: 'surprise' });
  });
});
