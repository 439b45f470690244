// One queue for everything that opens or closes the media page (the camera control and the player):
// a quick on-off-on, or the camera closing the page while the player opens it, runs in order instead
// of racing two documents. The camera's switch-off waits in it, so nothing slow may: no network call
// runs in a job (the player fetches tracks before it queues), and every job has a time limit, after
// which the queue moves on (the job itself may still finish; it is only no longer waited for).
import { withTimeout } from '../core/with-timeout';

export type Serial = <T>(job: () => Promise<T>) => Promise<T>;

/** Long enough for a page to close (STOP_TIMEOUT_MS) and a new one to open. */
export const SERIAL_LIMIT_MS = 10_000;

export function createSerial(what: string, limitMs = SERIAL_LIMIT_MS): Serial {
  let queue: Promise<unknown> = Promise.resolve();
  return (job) => {
    const next = queue.then(() => withTimeout(job(), limitMs, `a ${what} job`));
    queue = next.catch((error: unknown) => console.error(`[emotune] ${what}:`, error));
    return next;
  };
}
