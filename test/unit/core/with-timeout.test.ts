import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TimeoutError, withTimeout } from '../../../src/core/with-timeout';

beforeEach(() => void vi.useFakeTimers());
afterEach(() => void vi.useRealTimers());

describe('withTimeout', () => {
  it('a promise that never settles (getUserMedia behind an unanswered prompt) fails after the limit', async () => {
    const hung = withTimeout(new Promise<never>(() => undefined), 20_000, 'the camera');
    const outcome = expect(hung).rejects.toThrow('the camera did not finish within 20 s');
    const said = expect(hung).rejects.toMatchObject({
      messages: [{ key: 'error_timedOut', subs: { seconds: 20 } }],
    });
    await vi.advanceTimersByTimeAsync(20_000);
    await outcome;
    await said;
    await expect(hung).rejects.toBeInstanceOf(TimeoutError);
  });

  it('settles like the promise when it is in time, failures included', async () => {
    await expect(withTimeout(Promise.resolve(7), 1000, 'x')).resolves.toBe(7);
    await expect(withTimeout(Promise.reject(new Error('NotAllowedError')), 1000, 'x')).rejects.toThrow(
      'NotAllowedError',
    );
  });

  it('a timeout is told apart from a failure', async () => {
    const hung = withTimeout(new Promise<never>(() => undefined), 10, 'x').catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(10);
    expect(await hung).toBeInstanceOf(TimeoutError);
  });
});
