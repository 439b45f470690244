import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSerial, SERIAL_LIMIT_MS } from '../../src/background/serial';
import { TimeoutError } from '../../src/core/with-timeout';

beforeEach(() => {
  vi.useFakeTimers();
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => void vi.useRealTimers());

describe('the media page’s serial queue', () => {
  it('runs jobs one at a time, in order', async () => {
    const serial = createSerial('test');
    const log: string[] = [];
    const a = serial(async () => {
      await new Promise((r) => setTimeout(r, 50));
      log.push('a');
    });
    const b = serial(async () => void log.push('b'));
    await vi.advanceTimersByTimeAsync(50);
    await Promise.all([a, b]);
    expect(log).toEqual(['a', 'b']);
  });

  it('a job that never finishes fails after the limit, and the next job (a camera switch-off) runs', async () => {
    const serial = createSerial('test');
    const hung = serial(() => new Promise<never>(() => undefined)).catch((e: unknown) => e);
    let switchedOff = false;
    const off = serial(async () => {
      switchedOff = true;
    });
    await vi.advanceTimersByTimeAsync(SERIAL_LIMIT_MS - 1);
    expect(switchedOff).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await off;
    expect(switchedOff).toBe(true);
    expect(await hung).toBeInstanceOf(TimeoutError);
  });

  it('a failed job does not stop the queue', async () => {
    const serial = createSerial('test', 100);
    await expect(serial(async () => Promise.reject(new Error('no page')))).rejects.toThrow('no page');
    await expect(serial(async () => 7)).resolves.toBe(7);
  });
});
