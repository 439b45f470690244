// The media page's queue: a job that hangs fails after the page's limit, so the next one still runs.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPageQueue, PAGE_QUEUE_LIMIT_MS } from '../../../../src/background/media-page/queue';
import { TimeoutError } from '../../../../src/core/with-timeout';

beforeEach(() => {
  vi.useFakeTimers();
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => void vi.useRealTimers());

describe('the media page’s serial queue', () => {
  it('a job that never finishes fails after the limit, and the next job (a camera switch-off) runs', async () => {
    const serial = createPageQueue();
    const hung = serial(() => new Promise<never>(() => undefined)).catch((e: unknown) => e);
    let switchedOff = false;
    const off = serial(async () => {
      switchedOff = true;
    });
    await vi.advanceTimersByTimeAsync(PAGE_QUEUE_LIMIT_MS - 1);
    expect(switchedOff).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await off;
    expect(switchedOff).toBe(true);
    expect(await hung).toBeInstanceOf(TimeoutError);
    expect(console.error).toHaveBeenCalledWith('[emotune] media page:', expect.any(TimeoutError));
  });
});
