// The camera's side of the media page: start and stop capturing in it. The page itself is closed only
// when the player does not need it too.
import { withTimeout } from '../../core/with-timeout';
import { send } from '../../shared/messaging';
import type { CaptureOptions } from '../../shared/protocol';
import type { MediaPage } from './media-page';

/** A hung media page must not hold up closing it: closing releases the camera whatever it answers. */
export const STOP_TIMEOUT_MS = 3000;

export interface CameraHost {
  /** Is the media page running? */
  isOpen(): Promise<boolean>;
  /** Starts the camera: in a new media page (which asks for its options) or in the open one. */
  open(options: CaptureOptions): Promise<void>;
  /** Applies new options to the camera running in the media page. */
  update(options: CaptureOptions): Promise<void>;
  /** Stops the camera in the open page at once, leaving the page (the switch-off, ahead of the queue). */
  stop(): Promise<{ trackState: string }>;
  /**
   * Stops the camera; answers the track's final state. The page closes unless the player is using it,
   * or `replace` is set (the watchdog and Retry want a fresh page: the player resumes in the new one).
   */
  close(replace?: boolean): Promise<{ trackState: string }>;
}

export function createCameraHost(page: MediaPage, playerActive: () => Promise<boolean>): CameraHost {
  const stop = async () => {
    if (!(await page.isOpen())) return { trackState: 'ended' };
    try {
      return await withTimeout(
        send('bg-media-capture-stop', undefined),
        STOP_TIMEOUT_MS,
        'bg-media-capture-stop',
      );
    } catch {
      // A page that cannot answer is closed anyway; closing it releases the camera.
      return { trackState: 'ended' };
    }
  };
  return {
    isOpen: () => page.isOpen(),
    async open(options) {
      // Not awaited: opening the camera and loading the models takes seconds; the page reports its
      // states itself and the watchdog times the start, as for a new page.
      if (await page.open('camera')) {
        void send('bg-media-capture-start', options).catch((e: unknown) =>
          console.warn('[emotune] bg-media-capture-start:', e),
        );
      }
    },
    async update(options) {
      await send('bg-media-capture-configure', options);
    },
    stop,
    async close(replace = false) {
      if (!(await page.isOpen())) return { trackState: 'ended' };
      const { trackState } = await stop();
      if (replace || !(await playerActive())) await page.close();
      return { trackState };
    },
  };
}
