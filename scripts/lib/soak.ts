// `npm run bench -- --soak N`: N frames through the real extension at the fastest interval. Prints the
// tensors alive, the JS heap of the camera page and of the worker (after a garbage collection) and the
// per-frame time, at the start and at the end. Numbers to read, not a timed test.
import type { FramePerf } from '../../src/core/mood';
import { PAGES } from '../../src/shared/pages';
import { CAPTURE_INTERVAL_LIMITS } from '../../src/shared/settings';
import { y4m } from './browser/fixtures';
import { type Extension, grantCamera, launchExtension } from './browser/harness';
import { type OffscreenDocument, offscreenDocument, serviceWorkerTarget } from './browser/offscreen';

interface Frame extends FramePerf {
  at: number;
}

/** Used JS heap in MB after a full garbage collection, so that the number is what is really kept. */
async function heapMb(target: OffscreenDocument): Promise<number> {
  await target.call('HeapProfiler.collectGarbage');
  const { usedSize } = (await target.call('Runtime.getHeapUsage')) as { usedSize: number };
  return usedSize / 2 ** 20;
}

async function heaps(ext: Extension) {
  const camera = await offscreenDocument(ext);
  const worker = await serviceWorkerTarget(ext);
  try {
    return { camera: await heapMb(camera), worker: await heapMb(worker) };
  } finally {
    await camera.detach();
    await worker.detach();
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

export async function soak(frames: number): Promise<void> {
  const ext = await launchExtension({ camera: y4m('photo-smile') });
  try {
    const page = await ext.context.newPage();
    await page.goto(ext.url(PAGES.options));
    await page.evaluate(async (intervalMs) => {
      await chrome.storage.local.set({ captureIntervalMs: { v: 1, value: intervalMs } });
      const seen: unknown[] = [];
      Object.assign(globalThis, { soakFrames: seen });
      chrome.storage.onChanged.addListener((changes, area) => {
        const s = (
          changes.moodSnapshot?.newValue as {
            value?: { perf: FramePerf | null; lastReadingAt: number | null };
          }
        )?.value;
        if (area === 'session' && s?.perf && s.lastReadingAt) seen.push({ ...s.perf, at: s.lastReadingAt });
      });
    }, CAPTURE_INTERVAL_LIMITS.min);
    await grantCamera(ext);
    const count = () =>
      page.evaluate(() => (globalThis as unknown as { soakFrames: unknown[] }).soakFrames.length);
    const warm = 20;
    while ((await count()) < warm) await new Promise((r) => setTimeout(r, 500));
    const startHeap = await heaps(ext);
    const started = Date.now();
    // Halfway too: growth that goes on in the second half is a leak, growth only in the first is warm-up.
    let midHeap: { camera: number; worker: number } | null = null;
    for (let seen = await count(); seen < warm + frames; seen = await count()) {
      if (!midHeap && seen >= warm + frames / 2) midHeap = await heaps(ext);
      // Twice the nominal time, plus slack for a loaded machine, before calling the run stuck.
      if (Date.now() - started > (frames * 0.5 + 120) * 1000) throw new Error(`only ${seen - warm} frames`);
      await new Promise((r) => setTimeout(r, 2000));
    }
    const endHeap = await heaps(ext);
    const all = (await page.evaluate(
      () => (globalThis as unknown as { soakFrames: unknown[] }).soakFrames,
    )) as Frame[];
    const run = all.slice(warm, warm + frames);
    const window = Math.max(1, Math.min(100, Math.floor(run.length / 4)));
    const head = run.slice(0, window);
    const tail = run.slice(-window);
    const ms = (f: Frame) => f.detectMs + f.classifyMs;
    const period = (fs: Frame[]) => ((fs.at(-1)?.at ?? 0) - (fs[0]?.at ?? 0)) / Math.max(1, fs.length - 1);
    const mb = (v: number | undefined) => (v === undefined ? '?' : `${v.toFixed(2)} MB`);
    const pct = (a: number, b: number) => `${(((b - a) / a) * 100).toFixed(1)} %`;
    console.log(
      `soak: ${run.length} frames at a ${CAPTURE_INTERVAL_LIMITS.min} ms interval (after ${warm} warm-up frames), ${((Date.now() - started) / 1000).toFixed(0)} s`,
    );
    console.log(`tensors alive:        ${head[0]?.tensors} at the start, ${tail.at(-1)?.tensors} at the end`);
    console.log(
      `camera page JS heap:  ${mb(startHeap.camera)} -> ${mb(midHeap?.camera)} (halfway) -> ${mb(endHeap.camera)} (${pct(startHeap.camera, endHeap.camera)})`,
    );
    console.log(
      `worker JS heap:       ${mb(startHeap.worker)} -> ${mb(midHeap?.worker)} (halfway) -> ${mb(endHeap.worker)} (${pct(startHeap.worker, endHeap.worker)})`,
    );
    console.log(
      `per-frame time:       median ${median(head.map(ms)).toFixed(1)} ms over the first ${window}, ${median(tail.map(ms)).toFixed(1)} ms over the last ${window}`,
    );
    console.log(
      `frame period:         ${period(head).toFixed(0)} ms at the start, ${period(tail).toFixed(0)} ms at the end`,
    );
  } finally {
    await ext.close();
  }
}
