// One way to run async work one job at a time, in order: each job starts when the one before it has
// settled (a failure does not stop the queue; its caller hears of it). A queue whose jobs may hang on a
// browser call gets a time limit, after which it moves on (the job may still finish; it is only no
// longer waited for). A queue that must see every job through (storage updates) gets none.
import { withTimeout } from './with-timeout';

export type Serial = <T>(job: () => Promise<T>) => Promise<T>;

export interface SerialOptions {
  /** A job not settled after this many ms fails with a TimeoutError and the next one starts. */
  limitMs?: number;
  /** What the queue serves, named in its TimeoutError ("a media page job did not finish..."). */
  what?: string;
  /** Hears every failed job (its caller hears too): for queues whose callers do not wait. */
  onError?: (error: unknown) => void;
}

export function createSerial(options: SerialOptions = {}): Serial {
  const { limitMs, what = 'queue', onError } = options;
  let queue: Promise<unknown> = Promise.resolve();
  return (job) => {
    const next = queue.then(() =>
      limitMs === undefined ? job() : withTimeout(job(), limitMs, `a ${what} job`),
    );
    queue = next.catch((error: unknown) => onError?.(error));
    return next;
  };
}
