// Keeps the camera page in line with the settings: on when the camera switch is on, given new options
// when they change, closed (camera released) when it is off. A watchdog (an alarm, and every
// popup opening) restarts a camera page that has gone silent, and gives up after a few tries.
import { WATCH, watchCamera } from '../core/camera-watch';
import { browser } from '../shared/browser';
import type { CaptureOptions } from '../shared/protocol';
import { sessionStarted, settings } from '../shared/stores';
import type { moodStore } from './mood-store';
import type { CameraHost } from './platform';

export const WATCH_ALARM = 'emotune-camera-watch';

export async function captureOptions(): Promise<CaptureOptions> {
  const [intervalMs, modelId, backend] = await Promise.all([
    settings.captureIntervalMs.get(),
    settings.modelId.get(),
    settings.backend.get(),
  ]);
  return { intervalMs, modelId, backend };
}

export function createCameraControl(host: CameraHost, mood: typeof moodStore) {
  let queue: Promise<unknown> = Promise.resolve();
  // Serialised: a quick on-off-on from the popup runs in order instead of racing two documents.
  const serial = (job: () => Promise<void>) => {
    const next = queue.then(job);
    queue = next.catch((error: unknown) => console.error('[emotune] camera control:', error));
    return next;
  };

  // 'starting' is stamped before the page exists, so the watchdog times the start from here.
  const open = async () => {
    await mood.cameraEvent({ state: 'starting' });
    await host.open();
  };

  const watch = async () => {
    const [enabled, intervalMs, snapshot, pageOpen] = await Promise.all([
      settings.cameraEnabled.get(),
      settings.captureIntervalMs.get(),
      mood.current(),
      host.isOpen(),
    ]);
    const verdict = watchCamera({ enabled, pageOpen, snapshot, intervalMs, now: Date.now() });
    if (verdict.kind === 'fine') return;
    console.warn(`[emotune] watchdog: ${verdict.kind}: ${verdict.detail}`);
    if (verdict.kind === 'give-up') {
      await mood.giveUp(verdict.detail);
      await host.close();
      return;
    }
    await mood.stall(verdict.detail);
    await host.close();
    await host.open();
  };

  const sync = () =>
    serial(async () => {
      if (await settings.cameraEnabled.get()) {
        await browser.alarms.create(WATCH_ALARM, { periodInMinutes: WATCH.periodMinutes });
        if (!(await host.isOpen())) await open();
        else await watch();
      } else {
        await browser.alarms.clear(WATCH_ALARM);
        await host.close();
        await mood.cameraEvent({ state: 'off' });
      }
    });

  return {
    /** Opens or closes the camera page to match the camera switch, then checks that it still reports. */
    sync,
    /**
     * The worker's first wake in this browser session (storage.session starts empty with the browser, so
     * this holds whether or not onStartup fires: an extension loaded from the command line gets
     * onInstalled instead). The camera stays off unless the user asked for it to resume.
     */
    sessionStart: () =>
      serial(async () => {
        if (await sessionStarted.get()) return;
        await sessionStarted.set(true);
        if (!(await settings.resumeCamera.get())) await settings.cameraEnabled.set(false);
      }),
    /** The watchdog's look: restarts a camera page that has stopped reporting. */
    watch: () => serial(watch),
    /** The user's retry after a failure: a fresh page, and the watchdog's restarts back. */
    retry: () =>
      serial(async () => {
        if (!(await settings.cameraEnabled.get())) return;
        await mood.resetRestarts();
        await host.close();
        await open();
      }),
    /**
     * Options changed: a running camera page applies them (capture/configure). Not awaited: a model load
     * in the page must not hold up the camera switch, Retry or the watchdog queued behind it; the page
     * orders its own changes and drops one that a stop overtook.
     */
    reconfigure: () =>
      serial(async () => {
        if (!(await host.isOpen())) return;
        const options = await captureOptions();
        void host.update(options).catch((error: unknown) => console.warn('[emotune] reconfigure:', error));
      }),
    /** The tfjs backend is fixed once a page has set it up, so a new backend needs a new page. */
    reopen: () =>
      serial(async () => {
        if (!(await host.isOpen())) return;
        await host.close();
        if (await settings.cameraEnabled.get()) await open();
      }),
  };
}
