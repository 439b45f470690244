// The mood store over the shared fake stores: queued updates, the history, the watchdog's stamps.

import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { createMoodStore } from '../../../src/background/mood-store';
import { message } from '../../../src/core/message';
import type { Reading } from '../../../src/core/mood';
import { moodHistoryDef, moodSnapshotDef } from '../../../src/shared/mood-item';
import { fakeItem } from '../../support/fake-stores';

const perf = { readMs: 1, detectMs: 1, classifyMs: 1, tensors: 0 };
const happy = { angry: 0, disgust: 0, fear: 0, happy: 0.9, sad: 0.02, surprise: 0.04, neutral: 0.04 };
const face = (at: number): Reading => ({ kind: 'face', at, perf, scores: happy, faceCount: 1 });

// Real time: the history item drops spans older than 24 hours by the clock when it is read.
let clock = Date.now();
beforeEach(() => {
  fakeBrowser.reset();
  clock = Date.now();
});

function setup(calibrate: (r: Reading, model: string | null) => Promise<Reading> = async (r) => r) {
  const items = { snapshot: fakeItem(moodSnapshotDef), history: fakeItem(moodHistoryDef) };
  const store = createMoodStore({ items, calibrate, now: () => clock });
  return { items, store };
}

describe('createMoodStore', () => {
  it('keeps the snapshot in storage.session, where every page watches it', async () => {
    const { store } = setup();
    await store.cameraEvent({ state: 'starting' });
    const stored = (await fakeBrowser.storage.session.get('moodSnapshot')).moodSnapshot as {
      value: { status: string; lastReportAt: number };
    };
    expect(stored.value.status).toBe('starting');
    expect(stored.value.lastReportAt).toBe(clock);
    expect(await fakeBrowser.storage.local.get('moodSnapshot')).toEqual({});
  });

  it('readings that arrive together are applied one after another, none lost', async () => {
    const { store } = setup();
    await store.cameraEvent({ state: 'running', backend: 'wasm', model: 'm' });
    const results = await Promise.all([1, 2, 3, 4, 5].map((i) => store.addReading(face(clock + i * 1000))));
    expect(results.map((s) => s.lastReadingAt)).toEqual([1, 2, 3, 4, 5].map((i) => clock + i * 1000));
    expect((await store.current()).lastReadingAt).toBe(clock + 5000);
  });

  it('a stable mood extends the 24-hour history (local)', async () => {
    const { store, items } = setup();
    await store.cameraEvent({ state: 'running', backend: 'wasm', model: 'm' });
    for (let i = 1; i <= 6; i++) await store.addReading(face(clock + i * 1000));
    const snapshot = await store.current();
    expect(snapshot.mood).toBe('happy');
    const history = await items.history.get();
    expect(history.at(-1)?.mood).toBe('happy');
    expect(await fakeBrowser.storage.local.get('moodHistory')).not.toEqual({});
  });

  it('readings go through the calibrator with the model that made them', async () => {
    const seen: (string | null)[] = [];
    const { store } = setup(async (r, model) => {
      seen.push(model);
      return r;
    });
    await store.cameraEvent({ state: 'running', backend: 'wasm', model: 'emotion-ensemble' });
    await store.addReading(face(clock + 1));
    expect(seen).toEqual(['emotion-ensemble']);
  });

  it('a reading resets the watchdog’s restarts; a stall counts one, a give-up says why', async () => {
    const { store } = setup();
    await store.stall(message('watch_noFrame', { seconds: 12 }));
    expect((await store.current()).restarts).toBe(1);
    await store.cameraEvent({ state: 'running', backend: 'wasm', model: 'm' });
    expect((await store.current()).restarts).toBe(1);
    await store.addReading(face(clock + 1));
    expect((await store.current()).restarts).toBe(0);
    await store.stall(message('watch_noFrame', { seconds: 12 }));
    await store.resetRestarts();
    expect((await store.current()).restarts).toBe(0);
    const given = await store.giveUp(message('watch_gaveUp'));
    expect(given).toMatchObject({
      status: 'error',
      detail: { key: 'watch_gaveUp' },
      cameraActive: false,
    });
  });

  it('calls back after every update, and a failed update does not stop the next', async () => {
    const { store } = setup(async () => Promise.reject(new Error('broken calibration')));
    const heard: string[] = [];
    store.onUpdate((s) => heard.push(s.status));
    await expect(store.addReading(face(clock + 1))).rejects.toThrow('broken calibration');
    await store.cameraEvent({ state: 'off' });
    expect(heard).toEqual(['camera-off']);
  });
});
