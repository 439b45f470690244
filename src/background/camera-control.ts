// Keeps the camera page in line with the settings: on when the camera switch is on, restarted with new
// options when they change, closed (camera released) when it is off.
import type { CaptureOptions } from '../shared/protocol';
import { settings } from '../shared/stores';
import type { moodStore } from './mood-store';
import type { CameraHost } from './platform';

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

  return {
    /** Opens or closes the camera page to match the camera switch. */
    sync: () =>
      serial(async () => {
        if (await settings.cameraEnabled.get()) {
          if (!(await host.isOpen())) await host.open();
        } else {
          await host.close();
          await mood.cameraEvent({ state: 'off' });
        }
      }),
    /** Options changed: a running camera page restarts with them. */
    reconfigure: () =>
      serial(async () => {
        if (await host.isOpen()) await host.update(await captureOptions());
      }),
    /** The tfjs backend is fixed once a page has set it up, so a new backend needs a new page. */
    reopen: () =>
      serial(async () => {
        if (!(await host.isOpen())) return;
        await host.close();
        if (await settings.cameraEnabled.get()) await host.open();
      }),
  };
}
