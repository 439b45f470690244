import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSerial } from '../../../src/core/serial';
import { TimeoutError } from '../../../src/core/with-timeout';

beforeEach(() => {
  vi.useFakeTimers();
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => void vi.useRealTimers());

const later = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('createSerial (core)', () => {
  it('runs jobs one at a time, in order', async () => {
    const serial = createSerial();
    const log: string[] = [];
    const a = serial(async () => {
      await later(50);
      log.push('a');
    });
    const b = serial(async () => void log.push('b'));
    await vi.advanceTimersByTimeAsync(50);
    await Promise.all([a, b]);
    expect(log).toEqual(['a', 'b']);
  });

  it('a failed job does not stop the queue, and its caller hears of the failure', async () => {
    const onError = vi.fn();
    const serial = createSerial({ onError });
    await expect(serial(async () => Promise.reject(new Error('no page')))).rejects.toThrow('no page');
    await expect(serial(async () => 7)).resolves.toBe(7);
    expect(onError).toHaveBeenCalledTimes(1);
  });

  it('a job that throws before its first await fails alone', async () => {
    const serial = createSerial();
    await expect(
      serial(() => {
        throw new Error('at once');
      }),
    ).rejects.toThrow('at once');
    await expect(serial(async () => 'next')).resolves.toBe('next');
  });

  it('without a limit, a slow job is waited for however long it takes', async () => {
    const serial = createSerial();
    const slow = serial(async () => {
      await later(60_000);
      return 'done';
    });
    let second = false;
    const next = serial(async () => {
      second = true;
    });
    await vi.advanceTimersByTimeAsync(59_999);
    expect(second).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await expect(slow).resolves.toBe('done');
    await next;
    expect(second).toBe(true);
  });

  it('with a limit, a job that never finishes fails with a TimeoutError and the next one runs', async () => {
    const serial = createSerial({ what: 'test', limitMs: 100 });
    const hung = serial(() => new Promise<never>(() => undefined)).catch((e: unknown) => e);
    const next = serial(async () => 'next');
    await vi.advanceTimersByTimeAsync(100);
    expect(await hung).toBeInstanceOf(TimeoutError);
    expect(((await hung) as Error).message).toMatch(/a test job/);
    await expect(next).resolves.toBe('next');
  });
});
