/** Thrown by withTimeout, so that callers can tell a hang from a failure. */
export class TimeoutError extends Error {
  override name = 'TimeoutError';
}

/**
 * Settles like `promise`, or rejects with TimeoutError after `ms`: for browser calls that can wait forever
 * (getUserMedia behind a prompt nobody answers, a message to a page that hangs).
 */
export function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TimeoutError(`${what} did not finish within ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
