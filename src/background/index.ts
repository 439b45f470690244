// The background: wiring only. State lives in storage (settings in local, the mood in session), so the
// service worker (Chrome) or event page (Firefox) can stop at any time and rebuild from storage.
import { browser } from '../shared/browser';
import { tStored } from '../shared/i18n';
import { listen, send } from '../shared/messaging';
import { PAGES } from '../shared/pages';
import { NEEDS_PERMISSION_PAGE } from '../shared/platform';
import {
  calibration,
  moodHistory,
  moodSnapshot,
  musicSettings,
  musicState,
  sessionStarted,
  settings,
} from '../shared/stores';
import { createBadge } from './badge';
import { createCalibrator, shippedClassBias } from './calibration';
import { createCameraControl, WATCH_ALARM } from './camera-control';
import { createCommands } from './commands';
import { createCameraHost, createMediaPage, createPageQueue } from './media-page';
import { createMoodStore } from './mood-store';
import { signIn, signOut, suggester } from './music';
import { createAnnouncer } from './music/announcer';
import { createPlayer } from './music/player';
import { createRowSaver } from './music/rows';
import { mirrorStatus, spotifyAuth } from './spotify';
import { backgroundState } from './stores';

const WELCOME_PAGE = `${PAGES.options}?welcome`;

mirrorStatus();
const calibrator = createCalibrator({
  items: { profile: calibration.profile, run: calibration.run, intervalMs: settings.captureIntervalMs },
  classBias: shippedClassBias(async (path) => {
    const response = await fetch(browser.runtime.getURL(path));
    if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
    return response.json();
  }),
});
const moodStore = createMoodStore({
  items: { snapshot: moodSnapshot, history: moodHistory },
  calibrate: calibrator.apply,
});
const badge = createBadge({
  action: browser.action,
  items: {
    cameraEnabled: settings.cameraEnabled,
    snapshot: moodSnapshot,
    announce: backgroundState.announce,
  },
  translate: tStored,
});
// The camera and the player share the one media page, and one queue for opening and closing it.
const page = createMediaPage();
const serial = createPageQueue();
const player = createPlayer({
  page,
  suggester,
  serial,
  queue: musicState.playQueue,
  shown: musicState.suggestions,
  volume: musicSettings.previewVolume,
  cameraEnabled: settings.cameraEnabled,
  tell: (view) => send('bg-media-player-apply', view),
});
const camera = createCameraControl({
  host: createCameraHost(page, player.active),
  mood: moodStore,
  serial,
  pageGone: player.pauseIfGone,
  settings,
  sessionStarted,
  alarms: browser.alarms,
});
const announcer = createAnnouncer({
  suggester,
  items: { state: backgroundState.announce, settings: musicSettings },
  badge: badge.refresh,
  notifications: browser.notifications,
  translate: tStored,
  openPage: (path) => browser.tabs.create({ url: browser.runtime.getURL(path) }),
  iconUrl: browser.runtime.getURL('icons/icon-128.png'),
});
announcer.onAnnounce(player.follow);
const saveRow = createRowSaver(musicSettings.mapping);
// First, before any event below can open the camera: a new browser session starts with it off.
void camera.sessionStart();
// Reading deletes mood history older than 24 hours (its item expires spans on every read).
void moodHistory.read();
moodStore.onUpdate((snapshot) => {
  announcer.update(snapshot);
  void badge.refresh().catch((error: unknown) => console.warn('[emotune] badge:', error));
});

listen('background', {
  'media-bg-camera-reading': (reading) => camera.reading(reading),
  'media-bg-camera-state': async (event) => void (await moodStore.cameraEvent(event)),
  'ui-bg-camera-sync': () => camera.sync(),
  'ui-bg-camera-retry': () => camera.retry(),
  'media-bg-capture-options': () => camera.options(),
  'ui-bg-mood-current': () => moodStore.current(),
  'ui-bg-calibration-start': () => calibrator.start(),
  'ui-bg-calibration-reset': () => calibrator.reset(),
  'ui-bg-spotify-sign-in': () => signIn(),
  'ui-bg-spotify-sign-out': () => signOut(),
  'ui-bg-music-suggest': ({ emotion, refresh }) => suggester.suggest(emotion, refresh),
  'ui-bg-music-feedback': ({ trackId, liked }) => suggester.feedback(trackId, liked),
  'ui-bg-music-save-row': ({ emotion, row }) => saveRow(emotion, row),
  'ui-bg-player-control': (command) => player.control(command),
  'ui-bg-player-sync': () => player.sync(),
  'media-bg-player-current': () => player.current(),
  'media-bg-player-event': (event) => player.event(event),
  'media-bg-player-next': () => player.control({ kind: 'next' }),
});

settings.cameraEnabled.watch(() => void camera.sync());
settings.captureIntervalMs.watch(() => void camera.reconfigure());
settings.modelId.watch(() => void camera.reconfigure());
settings.backend.watch(() => void camera.reopen());
musicSettings.previewVolume.watch(() => void player.volume());
// Turned off anywhere (the popup hands the track over to its own player first): the queue stops.
musicSettings.keepPlaying.watch((on) => void (on || player.control({ kind: 'stop' })));
// Tokens belong to one Client ID: a new ID means a new sign-in.
musicSettings.clientId.watch(async (id) => {
  if ((await spotifyAuth.sessionClientId()) !== id) await signOut();
});

// Keyboard commands (manifest.json `commands`). The permission query may be missing in a worker: then
// the permission page decides, as it does for a first start from the popup.
const cameraGranted = async () => {
  try {
    return (await navigator.permissions.query({ name: 'camera' as PermissionName })).state === 'granted';
  } catch {
    return false;
  }
};
const onCommand = createCommands({
  cameraEnabled: settings.cameraEnabled,
  cameraReady: async () => !NEEDS_PERMISSION_PAGE || (await cameraGranted()),
  askForCamera: async () =>
    void (await browser.tabs.create({ url: browser.runtime.getURL(PAGES.permission) })),
  playState: async () => ({
    queue: await musicState.playQueue.get(),
    shown: await musicState.suggestions.get(),
    keepPlaying: await musicSettings.keepPlaying.get(),
  }),
  control: (command) => player.control(command),
});
browser.commands.onCommand.addListener((name) => void onCommand(name));

browser.alarms.onAlarm.addListener((alarm) => {
  if (alarm.name === WATCH_ALARM) void camera.watch();
});
browser.runtime.onStartup.addListener(() => void camera.sync());
browser.runtime.onInstalled.addListener(({ reason }) => {
  // Only Emotune's own install or update: a browser update ('chrome_update', 'browser_update') is a
  // browser start, where onStartup decides whether the camera resumes.
  if (reason === 'install' || reason === 'update') void camera.sync();
  // First install: the settings page welcomes the user (camera, Spotify or not, how it works).
  if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL(WELCOME_PAGE) });
});
