import { describe, expect, it } from 'vitest';
import {
  applyGiveUp,
  applyStall,
  shownStatus,
  WATCH,
  type WatchInput,
  watchCamera,
} from '../../../src/core/camera-watch';
import { message } from '../../../src/core/message';
import {
  applyCameraEvent,
  initialSnapshot,
  type MoodSnapshot,
  type MoodStatus,
} from '../../../src/core/mood';
import { isMoodStale } from '../../../src/core/status-text';
import { englishText } from '../../../src/shared/english';

const NOW = 1_000_000;
const input = (status: MoodStatus, silentMs: number | null, more: Partial<WatchInput> = {}): WatchInput => ({
  enabled: true,
  pageOpen: true,
  intervalMs: 1000,
  now: NOW,
  snapshot: { status, lastReportAt: silentMs === null ? null : NOW - silentMs, restarts: 0 },
  ...more,
});

describe('the camera watchdog', () => {
  it.each([
    ['a page reporting every second', input('ok', 900), 'fine'],
    ['a page silent for 11 s at 1 fps', input('ok', 11_000), 'restart'],
    ['no face, but still reporting', input('no-face', 2000), 'fine'],
    ['no face and silent', input('no-face', 30_000), 'restart'],
    [
      'a slow interval stretches the limit (10 s frames, 30 s silent)',
      input('ok', 30_000, { intervalMs: 10_000 }),
      'fine',
    ],
    ['starting for 20 s (models loading)', input('starting', 20_000), 'fine'],
    ['starting for 61 s: hung', input('starting', 61_000), 'restart'],
    ['switch on, page never reported', input('camera-off', null), 'restart'],
    ['the page closed (crashed) while running', input('ok', 500, { pageOpen: false }), 'restart'],
    ['switch off: nothing to watch', input('ok', 60_000, { enabled: false }), 'fine'],
    ['denied: waits for the user', input('camera-denied', 600_000), 'fine'],
    ['camera ended: waits for the user', input('camera-ended', 600_000), 'fine'],
    ['gave up already: waits for the user', input('error', 600_000), 'fine'],
  ])('%s: %s', (_, i, kind) => {
    expect(watchCamera(i).kind).toBe(kind);
  });

  it('gives up after a few restarts without a reading, and says what to do', () => {
    const i = input('stalled', 61_000);
    const verdict = watchCamera({ ...i, snapshot: { ...i.snapshot, restarts: WATCH.maxRestarts } });
    expect(verdict).toEqual({ kind: 'give-up', detail: message('watch_gaveUp') });
    if (verdict.kind !== 'fine') expect(englishText(verdict.detail)).toMatch(/press Retry/);
  });

  it('says why it restarts', () => {
    expect(watchCamera(input('ok', 12_000))).toEqual({
      kind: 'restart',
      detail: message('watch_noFrame', { seconds: 12 }),
    });
    expect(watchCamera(input('ok', 0, { pageOpen: false }))).toMatchObject({
      detail: { key: 'watch_pageClosed' },
    });
    const late = watchCamera(input('starting', 61_000));
    expect(late.kind !== 'fine' && englishText(late.detail)).toBe('the camera did not start within 60 s');
  });
});

describe('a stall is never shown as the current mood', () => {
  const happy: MoodSnapshot = { ...initialSnapshot(), status: 'ok', mood: 'happy', lastReportAt: NOW - 500 };

  it('a silent "ok" snapshot shows as stalled, a fresh one as ok', () => {
    expect(shownStatus(happy, 1000, NOW)).toBe('ok');
    expect(shownStatus(happy, 1000, NOW + 20_000)).toBe('stalled');
    expect(isMoodStale(shownStatus(happy, 1000, NOW + 20_000))).toBe(true);
    expect(shownStatus({ ...happy, lastReportAt: null }, 1000, NOW)).toBe('stalled');
  });

  it('other states show as they are', () => {
    expect(shownStatus({ ...happy, status: 'no-face' }, 1000, NOW + 60_000)).toBe('no-face');
  });

  it('a stall marks the snapshot and counts the restart; the new page starts from no mood', () => {
    const stalled = applyStall(happy, message('watch_noFrame', { seconds: 12 }), NOW);
    expect(stalled).toMatchObject({
      status: 'stalled',
      restarts: 1,
      lastReportAt: NOW,
      detail: message('watch_noFrame', { seconds: 12 }),
    });
    expect(isMoodStale(stalled.status)).toBe(true);
    const restarted = applyCameraEvent(stalled, { state: 'starting' });
    expect(restarted).toMatchObject({ mood: null, status: 'starting', restarts: 1 });
  });

  it('giving up turns the camera inactive with the reason', () => {
    expect(applyGiveUp(happy, message('watch_gaveUp'), NOW)).toMatchObject({
      status: 'error',
      cameraActive: false,
      detail: message('watch_gaveUp'),
    });
  });
});
