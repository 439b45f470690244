import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type FrameLoop, startFrameLoop } from '../../../src/core/frame-loop';

let loop: FrameLoop | null = null;
beforeEach(() => void vi.useFakeTimers());
afterEach(() => {
  loop?.stop();
  loop = null;
  vi.useRealTimers();
});

/** Runs a loop whose frames fail as `fails(n)` says (n counts from 1); answers the frames that ran. */
async function run(opts: { fails: (n: number) => boolean; onErrorFails: boolean; frames: number }) {
  let n = 0;
  const errors: unknown[] = [];
  loop = startFrameLoop({
    intervalMs: 100,
    now: () => Date.now(),
    frame: async () => {
      n++;
      if (opts.fails(n)) throw new Error(`frame ${n}: Could not establish connection`);
    },
    onError: async (error) => {
      errors.push(error);
      if (opts.onErrorFails) throw new Error('the error report failed too');
    },
  });
  await vi.advanceTimersByTimeAsync(100 * opts.frames);
  return { ran: n, errors: errors.length };
}

describe('the frame loop survives every per-frame failure', () => {
  it.each([
    ['no failure', () => false, false],
    ['a frame fails (analysis)', (n: number) => n === 2, false],
    ['a frame fails and so does reporting it (the worker is restarting)', (n: number) => n === 2, true],
    ['every frame for a while fails, reports too', (n: number) => n >= 2 && n <= 6, true],
    ['every frame fails', () => true, true],
  ])('%s: frames keep coming', async (_, fails, onErrorFails) => {
    const { ran } = await run({ fails, onErrorFails, frames: 10 });
    expect(ran).toBeGreaterThanOrEqual(10);
  });

  it('hands each failure to onError once', async () => {
    const { errors } = await run({ fails: (n) => n % 2 === 0, onErrorFails: false, frames: 10 });
    expect(errors).toBe(5);
  });

  it('a slow frame delays the next one instead of overlapping it', async () => {
    let running = 0;
    let overlap = false;
    loop = startFrameLoop({
      intervalMs: 100,
      now: () => Date.now(),
      frame: async () => {
        overlap ||= running > 0;
        running++;
        await new Promise((r) => setTimeout(r, 350));
        running--;
      },
      onError: () => undefined,
    });
    await vi.advanceTimersByTimeAsync(2000);
    expect(overlap).toBe(false);
  });

  it('stop() ends it: no frame after', async () => {
    let n = 0;
    loop = startFrameLoop({
      intervalMs: 100,
      now: () => Date.now(),
      frame: async () => void n++,
      onError: () => 0,
    });
    await vi.advanceTimersByTimeAsync(250);
    loop.stop();
    const at = n;
    await vi.advanceTimersByTimeAsync(1000);
    expect(n).toBe(at);
  });

  it('settled() waits for the frame in flight when stopped (a classifier swap must not pull it away)', async () => {
    let finished = false;
    loop = startFrameLoop({
      intervalMs: 100,
      now: () => Date.now(),
      frame: async () => {
        await new Promise((r) => setTimeout(r, 300));
        finished = true;
      },
      onError: () => undefined,
    });
    await vi.advanceTimersByTimeAsync(50); // the first frame is under way
    loop.stop();
    let settled = false;
    void loop.settled().then(() => {
      settled = true;
    });
    await vi.advanceTimersByTimeAsync(100);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(300);
    expect(finished).toBe(true);
    expect(settled).toBe(true);
  });
});
