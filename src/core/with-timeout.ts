import { MessageError, message } from './message';

/** Thrown by withTimeout, so that callers can tell a hang from a failure; `message` names what hung. */
export class TimeoutError extends MessageError {
  override name = 'TimeoutError';
}

/**
 * Settles like `promise`, or rejects with TimeoutError after `ms`: for browser calls that can wait forever
 * (getUserMedia behind a prompt nobody answers, a message to a page that hangs).
 */
export function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    const seconds = ms / 1000;
    const error = () =>
      new TimeoutError(
        [message('error_timedOut', { seconds })],
        `${what} did not finish within ${seconds} s`,
      );
    timer = setTimeout(() => reject(error()), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
