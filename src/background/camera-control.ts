// Keeps the camera page in line with the settings: on when the camera switch is on, given new options
// when they change, closed (camera released) when it is off. A watchdog (an alarm, and every
// popup opening) restarts a camera page that has gone silent, and gives up after a few tries. A factory
// over its items and ports (the page, the mood store, the alarms), so it is unit-tested with fakes.
import { WATCH, watchCamera } from '../core/camera-watch';
import type { Reading } from '../core/mood';
import type { Serial } from '../core/serial';
import { englishText } from '../shared/english';
import type { CaptureOptions } from '../shared/protocol';
import type { StorageItem } from '../shared/storage-item';
import type { settings as settingItems } from '../shared/stores';
import type { CameraHost } from './media-page';
import type { MoodStore } from './mood-store';

export const WATCH_ALARM = 'emotune-camera-watch';

/** The part of browser.alarms the watchdog needs. */
export interface Alarms {
  create(name: string, info: { periodInMinutes: number }): Promise<void>;
  clear(name: string): Promise<boolean>;
}

export interface CameraControlDeps {
  host: CameraHost;
  mood: Pick<MoodStore, 'current' | 'addReading' | 'cameraEvent' | 'stall' | 'giveUp' | 'resetRestarts'>;
  /** Shared with the player: both open and close the one media page. */
  serial: Serial;
  /**
   * Called (inside `serial`) whenever the page is found missing, before a new one opens: music marked
   * playing there is paused, so that the camera's new page starts no sound by itself.
   */
  pageGone: () => Promise<void>;
  settings: Pick<
    typeof settingItems,
    'cameraEnabled' | 'resumeCamera' | 'captureIntervalMs' | 'modelId' | 'backend'
  >;
  sessionStarted: StorageItem<boolean>;
  alarms: Alarms;
  now?: () => number;
}

export function createCameraControl(deps: CameraControlDeps) {
  const { host, mood, serial, pageGone, settings, sessionStarted, alarms, now = Date.now } = deps;

  const captureOptions = async (): Promise<CaptureOptions> => {
    const [intervalMs, modelId, backend] = await Promise.all([
      settings.captureIntervalMs.get(),
      settings.modelId.get(),
      settings.backend.get(),
    ]);
    return { intervalMs, modelId, backend };
  };

  /** Whether the page is up; when it is not, the player hears of it first. */
  const pageUp = async () => {
    if (await host.isOpen()) return true;
    await pageGone();
    return false;
  };

  // 'starting' is stamped before the page exists, so the watchdog times the start from here.
  const open = async () => {
    await mood.cameraEvent({ state: 'starting' });
    await host.open(await captureOptions());
  };

  const watch = async () => {
    const [enabled, intervalMs, snapshot, pageOpen] = await Promise.all([
      settings.cameraEnabled.get(),
      settings.captureIntervalMs.get(),
      mood.current(),
      pageUp(),
    ]);
    const verdict = watchCamera({ enabled, pageOpen, snapshot, intervalMs, now: now() });
    if (verdict.kind === 'fine') return;
    console.warn(`[emotune] watchdog: ${verdict.kind}: ${englishText(verdict.detail)}`);
    if (verdict.kind === 'give-up') {
      await mood.giveUp(verdict.detail);
      await host.close();
      return;
    }
    await mood.stall(verdict.detail);
    await host.close(true);
    await host.open(await captureOptions());
  };

  const sync = async () => {
    // Off means off at once: the page stops capturing before anything queued ahead of the switch-off
    // runs (a page opening, the player's jobs); the queued job below then closes the page.
    if (!(await settings.cameraEnabled.get())) await host.stop();
    return serial(async () => {
      if (await settings.cameraEnabled.get()) {
        await alarms.create(WATCH_ALARM, { periodInMinutes: WATCH.periodMinutes });
        // The page may be open for the player alone: camera-off says the camera is not running in it.
        if (!(await pageUp()) || (await mood.current()).status === 'camera-off') await open();
        else await watch();
      } else {
        await alarms.clear(WATCH_ALARM);
        await host.close();
        await mood.cameraEvent({ state: 'off' });
      }
    });
  };

  return {
    /** The options a camera page captures with; null while the switch is off (a page opened to play). */
    options: async (): Promise<CaptureOptions | null> =>
      (await settings.cameraEnabled.get()) ? captureOptions() : null,
    /**
     * A reading from the page counts only while the switch is on: one in flight when it went off (or
     * from a page that has not heard yet) moves neither the mood nor the history.
     */
    reading: async (r: Reading) => void (await mood.addReading(r, () => settings.cameraEnabled.get())),
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
        await pageUp();
        await mood.resetRestarts();
        await host.close(true);
        await open();
      }),
    /**
     * Options changed: a running camera page applies them (bg-media-capture-configure). Not awaited: a model load
     * in the page must not hold up the camera switch, Retry or the watchdog queued behind it; the page
     * orders its own changes and drops one that a stop overtook.
     */
    reconfigure: () =>
      serial(async () => {
        // A page open only for the player must not start the camera (configure starts one if none runs).
        if (!(await settings.cameraEnabled.get()) || !(await host.isOpen())) return;
        const options = await captureOptions();
        void host.update(options).catch((error: unknown) => console.warn('[emotune] reconfigure:', error));
      }),
    /** The tfjs backend is fixed once a page has set it up, so a new backend needs a new page. */
    reopen: () =>
      serial(async () => {
        // A page open only for the player has no backend to change.
        if (!(await settings.cameraEnabled.get()) || !(await host.isOpen())) return;
        await host.close(true);
        await open();
      }),
  };
}
