// `npm run bench -- --soak N [--warmup W]`: W + N frames through the real extension at the fastest
// interval. Prints the tensors alive, the JS heap of the camera page and of the worker (after a garbage
// collection) at checkpoints, the growth from the end of warm-up to the end, and the per-frame time at
// the start and the end. Heap snapshots of both at frame 20, at the end of warm-up and at the end are
// written to .tmp/soak/<start time>/ (open them in DevTools' Memory panel) and compared by constructor, so that any
// growth is explained by measuring it. Numbers to read, not a timed test.
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { errorLine } from '../../src/core/message';
import type { FramePerf } from '../../src/core/mood';
import { PAGES } from '../../src/shared/pages';
import { CAPTURE_INTERVAL_LIMITS } from '../../src/shared/settings';
import { ROOT, y4m } from './browser/fixtures';
import { DIST, type Extension, grantCamera, launchExtension } from './browser/harness';
import { type OffscreenDocument, offscreenDocument, serviceWorkerTarget } from './browser/offscreen';
import { censusDiff, type HeapCensus, takeHeapSnapshot } from './heap-snapshot';
import { quantile } from './metrics';

interface Frame extends FramePerf {
  at: number;
}
type Heaps = { camera: number; worker: number };
type Censuses = { camera: HeapCensus; worker: HeapCensus };

/**
 * Warm-up by default: 1000 frames (about 4 minutes). The previous round cut it at 20 frames: the camera
 * page's heap there was 7.2 MB in one run and 7.9 MB in another, both ending at 7.8-7.9 MB, and the
 * worker's heap went on rising until about frame 1000 (0.72 -> 0.82 MB at 500, 0.86 at 1000, 0.87 at
 * 2000). The checkpoints printed show whether the cut was late enough.
 */
export const DEFAULT_WARMUP = 1000;
/** One folder per run (its start time), so that two soaks never overwrite each other's snapshots. */
const SNAPSHOT_DIR = join(ROOT, '.tmp', 'soak', new Date().toISOString().replace(/[:.]/g, '-'));

const usedMb = async (target: OffscreenDocument) => {
  await target.call('HeapProfiler.collectGarbage');
  const { usedSize } = (await target.call('Runtime.getHeapUsage')) as { usedSize: number };
  return usedSize / 2 ** 20;
};

async function withTargets<T>(ext: Extension, f: (c: OffscreenDocument, w: OffscreenDocument) => Promise<T>) {
  const camera = await offscreenDocument(ext);
  const worker = await serviceWorkerTarget(ext);
  try {
    return await f(camera, worker);
  } finally {
    await camera.detach();
    await worker.detach();
  }
}

const heaps = (ext: Extension): Promise<Heaps> =>
  withTargets(ext, async (c, w) => ({ camera: await usedMb(c), worker: await usedMb(w) }));

/**
 * A snapshot of each, named by `label`. A snapshot leaves things behind in the heap (V8 fills in source
 * positions for every function it names), so the heap is measured before it and again after it: the
 * "after" is the fair start for what follows.
 */
const snapshots = async (ext: Extension, label: string) => {
  // The heaps first, then the snapshots, the worker's (small) before the camera page's (tens of MB, which
  // pauses the page for seconds: the background's watchdog may take it for stalled and reopen it).
  const before = await heaps(ext);
  const census: Partial<Censuses> = {};
  for (const k of ['worker', 'camera'] as const) {
    try {
      const target = k === 'worker' ? await serviceWorkerTarget(ext) : await offscreenDocument(ext);
      try {
        census[k] = await takeHeapSnapshot(target, join(SNAPSHOT_DIR, `${k}-${label}.heapsnapshot`));
      } finally {
        await target.detach();
      }
    } catch (error) {
      console.log(`  (${label}: no ${k} snapshot: ${errorLine(error)})`);
    }
  }
  const after = await heaps(ext).catch(() => before);
  return { before, after, census };
};

export async function soak(frames: number, warm = DEFAULT_WARMUP): Promise<void> {
  mkdirSync(SNAPSHOT_DIR, { recursive: true });
  // A copy of the build: a rebuild of dist/chrome during a long soak must not change what it runs.
  const dist = mkdtempSync(join(tmpdir(), 'emotune-soak-'));
  cpSync(DIST, dist, { recursive: true });
  const ext = await launchExtension({ camera: y4m('photo-smile'), dist });
  try {
    const page = await ext.context.newPage();
    await page.goto(ext.url(PAGES.options));
    // The readings are kept here in Node, not in the page: the page shares the camera page's renderer
    // and JS heap (one isolate for the extension's pages), so an array of readings there grows the heap
    // measured (~70 bytes a frame, measured in a 10,000-frame run that kept it there).
    const recorded: Frame[] = [];
    await page.exposeFunction('soakFrame', (f: Frame) => void recorded.push(f));
    await page.evaluate(async (intervalMs) => {
      await chrome.storage.local.set({ captureIntervalMs: { v: 1, value: intervalMs } });
      const send = (globalThis as unknown as { soakFrame: (f: unknown) => void }).soakFrame;
      chrome.storage.onChanged.addListener((changes, area) => {
        const s = (
          changes.moodSnapshot?.newValue as {
            value?: { perf: FramePerf | null; lastReadingAt: number | null };
          }
        )?.value;
        if (area === 'session' && s?.perf && s.lastReadingAt) send({ ...s.perf, at: s.lastReadingAt });
      });
    }, CAPTURE_INTERVAL_LIMITS.min);
    await grantCamera(ext);
    const all = async () => recorded;
    const count = async () => recorded.length;
    const total = warm + frames;
    const checkpoints = [
      ...new Set([20, 100, 250, 500, ...Array.from({ length: 20 }, (_, i) => (i * total) / 20), warm, total]),
    ]
      .map(Math.round)
      .filter((n) => n >= 20 && n <= total)
      .sort((a, b) => a - b);
    const started = Date.now();
    const timeline: { frame: number; tensors: number | undefined; heaps: Heaps }[] = [];
    const taken: Record<string, { before: Heaps; after: Heaps; census: Partial<Censuses> }> = {};
    console.log(
      'checkpoints (frame: tensors, camera page MB, worker MB, after a garbage collection, elapsed s):',
    );
    const line = (t: { frame: number; tensors: number | undefined; heaps: Heaps }) =>
      console.log(
        `  ${String(t.frame).padStart(6)}: ${t.tensors}  ${t.heaps.camera.toFixed(3)}  ${t.heaps.worker.toFixed(3)}  ${((Date.now() - started) / 1000).toFixed(0)}`,
      );
    let warmAt = started;
    for (const checkpoint of checkpoints) {
      // Twice the nominal time, plus slack for a loaded machine, before calling the run stuck.
      while ((await count()) < checkpoint) {
        if (Date.now() - started > (total * 0.5 + 180) * 1000)
          throw new Error(`only ${await count()} frames`);
        await new Promise((r) => setTimeout(r, 1000));
      }
      const label =
        checkpoint === total ? 'end' : checkpoint === warm ? 'warm' : checkpoint === 20 ? 'early' : '';
      const seen = await all();
      const tensors = seen.at(-1)?.tensors;
      if (label) {
        const s = await snapshots(ext, label);
        taken[label] = s;
        timeline.push({ frame: seen.length, tensors, heaps: s.before });
        if (label === 'warm') warmAt = Date.now();
      } else timeline.push({ frame: seen.length, tensors, heaps: await heaps(ext) });
      const latest = timeline.at(-1);
      if (latest) line(latest);
    }
    const run = (await all()).slice(warm, total);
    const window = Math.max(1, Math.min(100, Math.floor(run.length / 4)));
    const head = run.slice(0, window);
    const tail = run.slice(-window);
    const ms = (f: Frame) => (f.readMs ?? 0) + f.detectMs + f.classifyMs;
    const period = (fs: Frame[]) => ((fs.at(-1)?.at ?? 0) - (fs[0]?.at ?? 0)) / Math.max(1, fs.length - 1);
    const pct = (a: number, b: number) => `${b >= a ? '+' : ''}${(((b - a) / a) * 100).toFixed(1)} %`;
    console.log(
      `soak: ${run.length} frames at a ${CAPTURE_INTERVAL_LIMITS.min} ms interval after ${warm} warm-up frames, ${((Date.now() - warmAt) / 1000).toFixed(0)} s (${((Date.now() - started) / 1000).toFixed(0)} s in all)`,
    );
    const w = taken.warm;
    const e = taken.end;
    const early = taken.early;
    if (w && e) {
      for (const k of ['camera', 'worker'] as const)
        console.log(
          `${k === 'camera' ? 'camera page' : 'worker'} JS heap, end of warm-up (after its snapshot) -> end: ${w.after[k].toFixed(3)} -> ${e.before[k].toFixed(3)} MB (${pct(w.after[k], e.before[k])}); the snapshot itself added ${((w.after[k] - w.before[k]) * 1024).toFixed(0)} KB`,
        );
      for (const k of ['camera', 'worker'] as const) {
        const [a, b, c] = [early?.census[k], w.census[k], e.census[k]];
        if (a && b)
          console.log(`${k}: what grew from frame 20 to the end of warm-up, by constructor (own bytes)`);
        if (a && b) for (const l of censusDiff(a, b)) console.log(`  ${l}`);
        if (b && c)
          console.log(`${k}: what grew from the end of warm-up to the end, by constructor (own bytes)`);
        if (b && c) for (const l of censusDiff(b, c)) console.log(`  ${l}`);
      }
    }
    console.log(`tensors alive:  ${head[0]?.tensors} after warm-up, ${tail.at(-1)?.tensors} at the end`);
    console.log(
      `per-frame time: median ${quantile(head.map(ms), 0.5).toFixed(1)} ms over the first ${window}, ${quantile(tail.map(ms), 0.5).toFixed(1)} ms over the last ${window}`,
    );
    console.log(
      `frame period:   ${period(head).toFixed(0)} ms at the start, ${period(tail).toFixed(0)} ms at the end`,
    );
    console.log(`heap snapshots: ${SNAPSHOT_DIR}/{camera,worker}-{early,warm,end}.heapsnapshot`);
  } finally {
    await ext.close();
    rmSync(dist, { recursive: true, force: true });
  }
}
