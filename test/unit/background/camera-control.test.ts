// The camera control over the shared fake stores, a fake page, the real mood store and fake alarms.
import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createCameraControl, WATCH_ALARM } from '../../../src/background/camera-control';
import type { CameraHost } from '../../../src/background/media-page/camera-host';
import { createMoodStore } from '../../../src/background/mood-store';
import { WATCH } from '../../../src/core/camera-watch';
import type { Reading } from '../../../src/core/mood';
import { createSerial } from '../../../src/core/serial';
import { moodHistoryDef, moodSnapshotDef } from '../../../src/shared/mood-item';
import {
  backendDef,
  cameraEnabledDef,
  captureIntervalDef,
  modelIdDef,
  resumeCameraDef,
  sessionStartedDef,
} from '../../../src/shared/settings';
import { fakeItem } from '../../support/fake-stores';

const perf = { readMs: 1, detectMs: 1, classifyMs: 1, tensors: 0 };
const noFace = (at: number): Reading => ({ kind: 'no-face', at, perf });

let clock = Date.now();
beforeEach(() => {
  fakeBrowser.reset();
  clock = Date.now();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

function setup() {
  let open = false;
  const log: string[] = [];
  const host: CameraHost = {
    isOpen: async () => open,
    open: async (o) => {
      open = true;
      log.push(`open ${o.intervalMs} ${o.modelId} ${o.backend}`);
    },
    update: async (o) => void log.push(`update ${o.intervalMs}`),
    stop: async () => {
      log.push('stop');
      return { trackState: 'ended' };
    },
    close: async (replace) => {
      open = false;
      log.push(replace ? 'close replace' : 'close');
      return { trackState: 'ended' };
    },
  };
  const settings = {
    cameraEnabled: fakeItem(cameraEnabledDef),
    resumeCamera: fakeItem(resumeCameraDef),
    captureIntervalMs: fakeItem(captureIntervalDef),
    modelId: fakeItem(modelIdDef),
    backend: fakeItem(backendDef),
  };
  const now = () => clock;
  const mood = createMoodStore({
    items: { snapshot: fakeItem(moodSnapshotDef), history: fakeItem(moodHistoryDef) },
    calibrate: async (r) => r,
    now,
  });
  const pageGone = vi.fn(async () => undefined);
  const control = createCameraControl({
    host,
    mood,
    serial: createSerial(),
    pageGone,
    settings,
    sessionStarted: fakeItem(sessionStartedDef),
    alarms: fakeBrowser.alarms,
    now,
  });
  return { control, settings, mood, log, pageGone, close: () => (open = false) };
}

describe('createCameraControl', () => {
  it('the switch on opens the page with the settings’ options, stamps starting and sets the watchdog', async () => {
    const { control, settings, mood, log } = setup();
    await settings.cameraEnabled.set(true);
    await control.sync();
    expect(log).toEqual([
      `open ${captureIntervalDef.defaultValue} ${modelIdDef.defaultValue} ${backendDef.defaultValue}`,
    ]);
    expect((await mood.current()).status).toBe('starting');
    expect(await fakeBrowser.alarms.get(WATCH_ALARM)).toMatchObject({ periodInMinutes: WATCH.periodMinutes });
    expect(await control.options()).toMatchObject({ intervalMs: captureIntervalDef.defaultValue });
  });

  it('the switch off stops the camera at once, then closes the page and clears the watchdog', async () => {
    const { control, settings, mood, log } = setup();
    await settings.cameraEnabled.set(true);
    await control.sync();
    await settings.cameraEnabled.set(false);
    await control.sync();
    expect(log.slice(1)).toEqual(['stop', 'close']);
    expect((await mood.current()).status).toBe('camera-off');
    expect(await fakeBrowser.alarms.get(WATCH_ALARM)).toBeUndefined();
    expect(await control.options()).toBeNull();
  });

  it('a reading counts only while the switch is on', async () => {
    const { control, settings, mood } = setup();
    await control.reading(noFace(clock));
    expect((await mood.current()).lastReadingAt).toBeNull();
    await settings.cameraEnabled.set(true);
    await control.reading(noFace(clock));
    expect((await mood.current()).lastReadingAt).toBe(clock);
  });

  it('a reading sent before the page restarts lands before the restart says "starting"', async () => {
    const { control, settings, mood } = setup();
    await settings.cameraEnabled.set(true);
    // The old run's last reading, then the restart's first state, as the worker's listeners receive
    // them (index.ts: neither waits for the other): the switch check must not let the state overtake.
    await Promise.all([control.reading(noFace(clock)), mood.cameraEvent({ state: 'starting' })]);
    expect((await mood.current()).status).toBe('starting');
  });

  it('a new browser session starts with the camera off, unless it should resume; once a session', async () => {
    const { control, settings } = setup();
    await settings.cameraEnabled.set(true);
    await control.sessionStart();
    expect(await settings.cameraEnabled.get()).toBe(false);
    await settings.cameraEnabled.set(true);
    await control.sessionStart();
    expect(await settings.cameraEnabled.get()).toBe(true);

    fakeBrowser.reset();
    const resumed = setup();
    await resumed.settings.resumeCamera.set(true);
    await resumed.settings.cameraEnabled.set(true);
    await resumed.control.sessionStart();
    expect(await resumed.settings.cameraEnabled.get()).toBe(true);
  });

  it('the watchdog replaces a silent page, and gives up after its restarts', async () => {
    const { control, settings, mood, log } = setup();
    await settings.cameraEnabled.set(true);
    await control.sync();
    clock += WATCH.startLimitMs + 1;
    await control.watch();
    expect(log.slice(1)).toEqual(['close replace', expect.stringMatching(/^open /)]);
    expect((await mood.current()).status).toBe('stalled');
    for (let i = 0; i < WATCH.maxRestarts; i++) {
      clock += WATCH.startLimitMs + 1;
      await control.watch();
    }
    expect((await mood.current()).status).toBe('error');
    expect(log.at(-1)).toBe('close');
  });

  it('a page found gone tells the player first, then a new one opens', async () => {
    const { control, settings, log, pageGone, close } = setup();
    await settings.cameraEnabled.set(true);
    await control.sync();
    close();
    await control.sync();
    expect(pageGone).toHaveBeenCalled();
    expect(log.filter((l) => l.startsWith('open'))).toHaveLength(2);
  });

  it('new options reach a running page; none reach a page open only for the player', async () => {
    const { control, settings, log } = setup();
    await control.reconfigure();
    expect(log).toEqual([]);
    await settings.cameraEnabled.set(true);
    await control.sync();
    await settings.captureIntervalMs.set(2000);
    await control.reconfigure();
    expect(log.at(-1)).toBe('update 2000');
  });
});
