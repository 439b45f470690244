// The camera's frame timer. Whatever fails in one frame (the analysis, or the message to a background
// that is restarting) is handed to `onError`, and the next frame is scheduled anyway: one failed frame
// must never stop the loop for good while the camera stays on.

export interface FrameLoopOptions {
  intervalMs: number;
  /** Analyses and reports one frame. */
  frame(): Promise<void>;
  /** A frame failed. If this fails too, the loop still goes on: there is no one left to tell. */
  onError(error: unknown): unknown;
  /** Milliseconds, monotonic (performance.now in a page). */
  now(): number;
}

export interface FrameLoop {
  stop(): void;
  /** Resolves once no frame is in flight (after stop(): when the last frame has finished). */
  settled(): Promise<void>;
}

export function startFrameLoop(o: FrameLoopOptions): FrameLoop {
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let inFlight: Promise<void> = Promise.resolve();
  const run = async () => {
    try {
      await o.frame();
    } catch (error) {
      try {
        await o.onError(error);
      } catch {
        // Reporting the failure failed as well (the background is away): the next frame tries again.
      }
    }
  };
  const tick = async () => {
    const started = o.now();
    inFlight = run();
    await inFlight;
    // Self-scheduling instead of setInterval: a slow frame delays the next one, frames never overlap.
    if (!stopped) timer = setTimeout(tick, Math.max(0, o.intervalMs - (o.now() - started)));
  };
  timer = setTimeout(tick, 0);
  return {
    stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      timer = null;
    },
    settled: () => inFlight,
  };
}
