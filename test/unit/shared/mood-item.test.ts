// The mood's stored items: history older than 24 hours goes on read; a damaged snapshot reads as the
// initial one, and an older one migrates.
import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { initialSnapshot } from '../../../src/core/mood';
import { HISTORY, type MoodSpan } from '../../../src/core/mood-history';
import { englishText } from '../../../src/shared/english';
import { moodHistoryDef, moodSnapshotDef } from '../../../src/shared/mood-item';
import { decodeItem } from '../../../src/shared/storage-item';
import { fakeItem } from '../../support/fake-stores';

const NOW = 1_800_000_000_000;
const DAY = HISTORY.windowMs;
const old: MoodSpan = { mood: 'sad', from: NOW - DAY - 120_000, to: NOW - DAY - 60_000 };
const fresh: MoodSpan = { mood: 'happy', from: NOW - 60_000, to: NOW - 1000 };

let clock = NOW;
const item = () => fakeItem(moodHistoryDef, () => clock);
const stored = async () => (await fakeBrowser.storage.local.get('moodHistory')).moodHistory;

beforeEach(() => {
  fakeBrowser.reset();
  clock = NOW;
});

describe('mood history older than 24 hours', () => {
  it('is deleted from storage on read, not only when a new mood is recorded', async () => {
    await fakeBrowser.storage.local.set({ moodHistory: { v: 1, value: [old, fresh] } });
    expect(await item().get()).toEqual([fresh]);
    expect(await stored()).toEqual({ v: 1, value: [fresh] });
  });

  it('expires as time passes, with no new mood at all', async () => {
    await fakeBrowser.storage.local.set({ moodHistory: { v: 1, value: [fresh] } });
    expect(await item().get()).toEqual([fresh]);
    clock = NOW + DAY;
    expect(await item().get()).toEqual([]);
    expect(await stored()).toEqual({ v: 1, value: [] });
  });

  it('a history with nothing old is left as it is (no write)', async () => {
    await fakeBrowser.storage.local.set({ moodHistory: { v: 1, value: [fresh] } });
    let writes = 0;
    fakeBrowser.storage.onChanged.addListener(() => void writes++);
    await item().get();
    expect(writes).toBe(0);
  });

  it('a page watching it never shows expired spans', async () => {
    const seen: MoodSpan[][] = [];
    item().watch((h) => seen.push(h));
    await fakeBrowser.storage.local.set({ moodHistory: { v: 1, value: [old, fresh] } });
    expect(seen).toEqual([[fresh]]);
  });
});

describe('the mood snapshot', () => {
  it('a corrupt mood snapshot reads as the initial one', async () => {
    const read = decodeItem(moodSnapshotDef, { v: 1, value: { status: 'ok', mood: 'elated' } });
    expect(read.value).toEqual(initialSnapshot());
    expect(read.problem && englishText(read.problem)).toMatch(/invalid/);
  });

  it('a v1 mood snapshot (before the watchdog) migrates: no report time, no restarts', () => {
    const { lastReportAt: _, restarts: __, ...v1 } = { ...initialSnapshot(), status: 'ok', mood: 'happy' };
    const read = decodeItem(moodSnapshotDef, { v: 1, value: v1 });
    expect(read.problem).toBeNull();
    expect(read.value).toMatchObject({ status: 'ok', mood: 'happy', lastReportAt: null, restarts: 0 });
  });

  it('a v2 mood snapshot (before the backend check) migrates: no backend refused', () => {
    const { backendRefused: _, ...v2 } = { ...initialSnapshot(), status: 'ok', backend: 'wasm' };
    const read = decodeItem(moodSnapshotDef, { v: 2, value: v2 });
    expect(read.problem).toBeNull();
    expect(read.value).toMatchObject({ status: 'ok', backend: 'wasm', backendRefused: null });
  });

  it('a refused backend that is not a name reads as corrupt', () => {
    const read = decodeItem(moodSnapshotDef, { v: 3, value: { ...initialSnapshot(), backendRefused: 7 } });
    expect(read.value).toEqual(initialSnapshot());
  });
});
