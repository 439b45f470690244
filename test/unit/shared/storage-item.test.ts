// A stored item's life: wrapped with its version, validated on read, a corrupt value reset to the default
// (and said so, with a backup where it came from a newer release), migrations step by step, watching.
import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Message } from '../../../src/core/message';
import { englishOf, englishText } from '../../../src/shared/english';
import { captureIntervalDef } from '../../../src/shared/settings';
import { backupDef, decodeItem, type ItemDefinition } from '../../../src/shared/storage-item';
import { fakeItem } from '../../support/fake-stores';

// Messages read in the English catalogue's words, as a browser in English shows them.
const english = (m: Message | readonly Message[] | null | undefined) =>
  m == null ? m : Array.isArray(m) ? englishOf(m) : englishText(m as Message);

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

describe('corrupt stored values', () => {
  it.each([
    ['not wrapped', 1500, /unreadable/],
    ['wrong type', { v: 1, value: 'fast' }, /invalid/],
    ['no version', { value: 1500 }, /unreadable/],
    ['bad version', { v: 0, value: 1500 }, /no valid version/],
    ['from a newer release', { v: 7, value: 1500 }, /newer Emotune/],
  ])('%s: falls back to the default, says so, and repairs storage', async (_, raw, problem) => {
    await fakeBrowser.storage.local.set({ captureIntervalMs: raw });
    const item = fakeItem(captureIntervalDef);
    const read = await item.read();
    expect(read.value).toBe(1000);
    expect(english(read.problem)).toMatch(problem);
    expect((await fakeBrowser.storage.local.get('captureIntervalMs')).captureIntervalMs).toEqual({
      v: 1,
      value: 1000,
    });
    expect((await item.read()).problem).toBeNull();
  });

  it('a value from a newer release is kept whole in a backup before it is reset', async () => {
    await fakeBrowser.storage.local.set({ captureIntervalMs: { v: 7, value: { ms: 1500 } } });
    const read = await fakeItem(captureIntervalDef).read();
    expect(read.value).toBe(1000);
    const backup = await fakeItem(backupDef(captureIntervalDef)).get();
    expect(backup).toMatchObject({ problem: read.problem, value: { v: 7, value: { ms: 1500 } } });
  });
});

describe('migrations', () => {
  // A two-step history: v1 stored seconds as a string, v2 seconds as a number, v3 milliseconds.
  const def: ItemDefinition<number> = {
    key: 'interval',
    area: 'local',
    version: 3,
    defaultValue: 1000,
    validate: (v) => (typeof v === 'number' && v > 0 ? v : undefined),
    migrations: {
      2: (old) => Number.parseFloat(String(old)),
      3: (old) => Math.round((old as number) * 1000),
    },
  };

  it.each([
    [{ v: 1, value: '1.5' }, 1500],
    [{ v: 2, value: 2 }, 2000],
    [{ v: 3, value: 750 }, 750],
  ])('%o migrates to %i', (raw, want) => {
    const read = decodeItem(def, raw);
    expect(read).toMatchObject({ value: want, problem: null, rewrite: raw.v !== 3 });
  });

  it('a migration that produces an invalid value falls back to the default', () => {
    expect(decodeItem(def, { v: 1, value: 'soon' })).toMatchObject({
      value: 1000,
      problem: { key: 'storage_invalid' },
    });
  });

  it('a missing migration step falls back to the default', () => {
    const { migrations: _, ...noSteps } = def;
    expect(english(decodeItem(noSteps, { v: 1, value: '1' }).problem)).toMatch(/could not be upgraded/);
  });

  it('a migrated value is written back at the current version', async () => {
    await fakeBrowser.storage.local.set({ interval: { v: 1, value: '0.5' } });
    expect(await fakeItem(def).get()).toBe(500);
    expect((await fakeBrowser.storage.local.get('interval')).interval).toEqual({ v: 3, value: 500 });
  });
});

describe('watching', () => {
  it('calls back with validated values from its own area and key only', async () => {
    const item = fakeItem(captureIntervalDef);
    const seen: number[] = [];
    const stop = item.watch((v) => seen.push(v));
    await item.set(2000);
    await fakeBrowser.storage.local.set({ other: 1 });
    await fakeBrowser.storage.local.set({ captureIntervalMs: { v: 1, value: -5 } });
    stop();
    await item.set(3000);
    expect(seen).toEqual([2000, 1000]);
  });
});
