// The background: wiring only. State lives in storage (settings in local, the mood in session), so the
// service worker can be stopped and restarted by the browser at any time without losing anything.
import { browser } from '../shared/browser';
import { listen } from '../shared/messaging';
import { settings } from '../shared/stores';
import { captureOptions, createCameraControl } from './camera-control';
import { moodStore } from './mood-store';
import { createCameraHost } from './platform';

const camera = createCameraControl(createCameraHost(), moodStore);

listen('background', {
  'camera/reading': async (reading) => void (await moodStore.addReading(reading)),
  'camera/state': async (event) => void (await moodStore.cameraEvent(event)),
  'camera/sync': () => camera.sync(),
  'capture/options': () => captureOptions(),
  'mood/current': () => moodStore.current(),
});

settings.cameraEnabled.watch(() => void camera.sync());
settings.captureIntervalMs.watch(() => void camera.reconfigure());
settings.modelId.watch(() => void camera.reconfigure());
settings.backend.watch(() => void camera.reopen());

browser.runtime.onStartup.addListener(() => void camera.sync());
browser.runtime.onInstalled.addListener(() => void camera.sync());
