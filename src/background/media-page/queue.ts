// The one queue for everything that opens or closes the media page (the camera control and the player):
// a quick on-off-on, or the camera closing the page while the player opens it, runs in order instead
// of racing two documents. The camera's switch-off waits in it, so nothing slow may: no network call
// runs in a job (the player fetches tracks before it queues), and every job has a time limit.
import { createSerial, type Serial } from '../../core/serial';

/** Long enough for a page to close (STOP_TIMEOUT_MS) and a new one to open. */
export const PAGE_QUEUE_LIMIT_MS = 10_000;

/** Made once by the background and shared by the camera control and the player. */
export function createPageQueue(): Serial {
  return createSerial({
    // i18n-ignore: a label in a log line
    what: 'media page',
    limitMs: PAGE_QUEUE_LIMIT_MS,
    onError: (error) => console.error('[emotune] media page:', error),
  });
}
