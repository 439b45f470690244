// A damaged row of the stored emotion-to-music table resets that row only, keeps a backup of what was
// there, and says so (the pages show the backup's message until it is dismissed).
import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Message } from '../../../src/core/message';
import { DEFAULT_MAPPING } from '../../../src/core/music/mapping';
import { englishOf, englishText } from '../../../src/shared/english';
import { musicMappingDef } from '../../../src/shared/music-settings';
import { backupDef } from '../../../src/shared/storage-item';
import { fakeItem } from '../../support/fake-stores';

// Messages read in the English catalogue's words, as a browser in English shows them.
const english = (m: Message | readonly Message[] | null | undefined) =>
  m == null ? m : Array.isArray(m) ? englishOf(m) : englishText(m as Message);

const NOW = 1_800_000_000_000;
const mine = { mood: 'sunny', genres: ['funk'], keywords: ['sunny day'] };

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

describe('a damaged mapping row', () => {
  it.each([
    ['a number for a mood name', { mood: 42, genres: [], keywords: ['calm'] }],
    ['a term that breaks searches', { mood: 'calm', genres: [], keywords: ['genre:"x'] }],
    ['not an object', 'calm'],
    ['missing', undefined],
  ])('%s: resets that row only, keeps a backup, and says so', async (_, damaged) => {
    const raw = { ...DEFAULT_MAPPING, happy: mine, sad: damaged };
    await fakeBrowser.storage.local.set({ musicMapping: { v: 1, value: raw } });
    const read = await fakeItem(musicMappingDef, () => NOW).read();
    expect(read.value.happy).toEqual(mine);
    expect(read.value.sad).toEqual(DEFAULT_MAPPING.sad);
    expect(english(read.problem)).toMatch(
      /^The saved sad row was damaged and reset to the default; your other rows/,
    );
    // Storage now holds the repaired table, so every page and the background agree.
    expect((await fakeBrowser.storage.local.get('musicMapping')).musicMapping).toEqual({
      v: 1,
      value: { ...DEFAULT_MAPPING, happy: mine },
    });
    const backup = await fakeItem(backupDef(musicMappingDef), () => NOW).get();
    expect(backup).toEqual({ at: NOW, problem: read.problem, value: JSON.parse(JSON.stringify(raw)) });
  });

  it('several damaged rows are counted', async () => {
    const raw = { ...DEFAULT_MAPPING, happy: mine, sad: null, fear: { mood: '' } };
    await fakeBrowser.storage.local.set({ musicMapping: { v: 1, value: raw } });
    const read = await fakeItem(musicMappingDef, () => NOW).read();
    expect(english(read.problem)).toMatch(/^2 saved rows were damaged/);
    expect(read.value.happy).toEqual(mine);
  });

  it('a sound table makes no backup; dismissing the note clears the backup', async () => {
    await fakeBrowser.storage.local.set({
      musicMapping: { v: 1, value: { ...DEFAULT_MAPPING, happy: mine } },
    });
    expect((await fakeItem(musicMappingDef, () => NOW).read()).problem).toBeNull();
    const backup = fakeItem(backupDef(musicMappingDef), () => NOW);
    expect(await backup.get()).toBeNull();
    await backup.set({ at: NOW, problem: 'x', value: 1 });
    await backup.set(null);
    expect(await backup.get()).toBeNull();
  });

  it('a backup says what was reset in a message; one written in English text before still reads', async () => {
    const backup = fakeItem(backupDef(musicMappingDef), () => NOW);
    const old = { at: NOW, problem: 'The saved sad row was damaged and reset to the default.', value: 1 };
    await fakeBrowser.storage.local.set({ musicMappingBackup: { v: 1, value: old } });
    expect(await backup.get()).toEqual(old);
    const now = { at: NOW, problem: { key: 'mapping_rowsReset', subs: { count: 2 } }, value: 1 };
    await backup.set(now);
    expect(await backup.get()).toEqual(now);
    await fakeBrowser.storage.local.set({ musicMappingBackup: { v: 1, value: { ...now, problem: 7 } } });
    expect(await backup.get()).toBeNull();
  });

  it('a value that is not a table at all still falls back to the seed, and says so', async () => {
    await fakeBrowser.storage.local.set({ musicMapping: { v: 1, value: 'garbage' } });
    const read = await fakeItem(musicMappingDef, () => NOW).read();
    expect(read.value).toEqual(DEFAULT_MAPPING);
    expect(english(read.problem)).toMatch(/invalid and was reset/);
  });
});
