// `npm run bench`: loads the built extension in headless Chromium with a real face on the fake camera,
// and prints per-frame detection and classification times and the tensors alive, as the extension
// itself reports them. Options: --frames N (default 100), --model ID, --backend auto|wasm|webgl.
// --soak N: N frames at the fastest interval after --warmup W (default 1000), heap and tensors at
// checkpoints, heap snapshots compared by constructor (scripts/lib/soak.ts).
// --cpu S: the extension's CPU share at the default interval over S seconds (scripts/lib/cpu-share.ts);
// with --interval MS at another interval; --camera still|moving and --camera-fps N choose the fake
// camera's picture and the frame rate its file says; --dist DIR measures another build (an older one
// kept aside) than dist/chrome; --keep-pages leaves the extension's pages open while measuring.
// --runs S: how often the detector and the classifier ran over S seconds (model-runs.ts), same camera
// options as --cpu.
// --face-sizes: the face's size in pixels at each camera size the extension asks for (face-size.ts).
// Alternating with it, in the same browser on the same camera, Human's own stock face-and-emotion
// pipeline (scripts/lib/human-stock.ts), and the ratio of the two medians: absolute times on a shared
// machine swing by 3x from run to run; taken in alternating rounds, both see the same load.
// --human-frames N (default 50), --rounds R (default 4).
import { parseArgs } from 'node:util';
import type { FramePerf, MoodSnapshot } from '../src/core/mood';
import { PAGES } from '../src/shared/pages';
import { makeY4mFixtures, movingY4m, y4m } from './lib/browser/fixtures';
import { grantCamera, launchExtension } from './lib/browser/harness';
import { cpuShare } from './lib/cpu-share';
import { faceSizes } from './lib/face-size';
import { openHumanStock } from './lib/human-stock';
import { quantile } from './lib/metrics';
import { modelRuns } from './lib/model-runs';
import { soak } from './lib/soak';

const { values } = parseArgs({
  options: {
    frames: { type: 'string', default: '100' },
    model: { type: 'string', default: '' },
    backend: { type: 'string', default: 'auto' },
    soak: { type: 'string' },
    warmup: { type: 'string' },
    cpu: { type: 'string' },
    runs: { type: 'string' },
    'face-sizes': { type: 'boolean', default: false },
    'human-frames': { type: 'string', default: '50' },
    rounds: { type: 'string', default: '4' },
    interval: { type: 'string' },
    camera: { type: 'string', default: 'still' },
    'camera-fps': { type: 'string' },
    dist: { type: 'string' },
    'keep-pages': { type: 'boolean', default: false },
  },
});
makeY4mFixtures();
if (values.soak || values.cpu || values.runs || values['face-sizes']) {
  if (values['face-sizes']) await faceSizes('photo-smile');
  if (values.soak) await soak(Number(values.soak), values.warmup ? Number(values.warmup) : undefined);
  // --cpu and --runs read the same camera at the same interval.
  const interval = values.interval ? Number(values.interval) : undefined;
  const camera = {
    scene: values.camera === 'moving' ? ('moving' as const) : ('still' as const),
    fps: values['camera-fps'] ? Number(values['camera-fps']) : undefined,
  };
  if (values.cpu) await cpuShare(Number(values.cpu), interval, camera, values.dist, values['keep-pages']);
  if (values.runs) await modelRuns(Number(values.runs), interval, camera, values.dist);
  process.exit(0);
}
const frames = Number(values.frames);

// The still photo lets both skip most work (Emotune's detector and classifier skipping, Human's frame
// cache); the moving face (fixtures.ts movingY4m) lets neither, so it measures the work itself.
const moving = values.camera === 'moving';
const ext = await launchExtension({ camera: moving ? movingY4m(25) : y4m('photo-smile'), dist: values.dist });
const page = await ext.context.newPage();
await page.goto(ext.url(PAGES.options));
await page.evaluate(
  async ({ model, backend }) => {
    const items: Record<string, unknown> = {
      captureIntervalMs: { v: 1, value: 250 },
      backend: { v: 1, value: backend },
    };
    if (model) items.modelId = { v: 1, value: model };
    await chrome.storage.local.set(items);
    const seen: unknown[] = [];
    // While Human runs, a frame of the (slowed) extension would measure the contention, not Emotune.
    const state = { paused: false };
    Object.assign(globalThis, { benchSeen: seen, benchState: state });
    chrome.storage.onChanged.addListener((changes, area) => {
      const snapshot = (changes.moodSnapshot?.newValue as { value?: { perf: unknown; status: string } })
        ?.value;
      if (area === 'session' && snapshot?.perf && snapshot.status !== 'starting' && !state.paused)
        seen.push(snapshot);
    });
  },
  { model: values.model, backend: values.backend },
);
const started = Date.now();
await grantCamera(ext);
type BenchPage = { benchSeen: unknown[]; benchState: { paused: boolean } };
const collect = async () =>
  (await page.evaluate(() => (globalThis as unknown as BenchPage).benchSeen)) as MoodSnapshot[];
/** Readings at 250 ms until `count` are in, or, paused, the extension at its slowest (10 s). */
const setPaused = (paused: boolean) =>
  page.evaluate(async (paused) => {
    (globalThis as unknown as BenchPage).benchState.paused = paused;
    await chrome.storage.local.set({ captureIntervalMs: { v: 1, value: paused ? 10_000 : 250 } });
  }, paused);
const waitFor = async (count: number) => {
  let got = await collect();
  while (got.length < count) {
    await new Promise((r) => setTimeout(r, 500));
    got = await collect();
    if (Date.now() - started > 15 * 60_000) throw new Error(`only ${got.length} frames in 15 minutes`);
  }
};
// The first frame (kernel compilation) first, then Human loads, then the rounds alternate.
await waitFor(1);
await setPaused(true);
const backendUsed = (await collect())[0]?.backend ?? 'wasm';
const human = await openHumanStock(ext.context, { backend: backendUsed });
const rounds = Math.max(1, Number(values.rounds));
const humanFrames = Number(values['human-frames']);
const humanMs: [number[], number[]] = [[], []];
for (let r = 0; r < rounds; r++) {
  await setPaused(false);
  await waitFor(1 + Math.round((frames * (r + 1)) / rounds));
  await setPaused(true);
  // A new interval starts with a frame at once: let it finish before Human's run starts.
  await new Promise((r) => setTimeout(r, 1500));
  for (const [i, cached] of [false, true].entries())
    humanMs[i]?.push(...(await human.run(Math.round(humanFrames / rounds), cached, 250)));
}
const humanEmotion = await human.lastEmotion();
await human.close();
let samples = await collect();
await ext.close();

// The first frame pays for kernel compilation: reported apart, left out of the statistics.
samples = samples.slice(0, frames + 1);
const perfs = samples.map((s) => s.perf).filter((p): p is FramePerf => p !== null);
const [first, ...rest] = perfs;
const faceFrames = samples.slice(1).filter((s) => s.status === 'ok' || s.status === 'several-faces').length;
// The mean too: with detector skipping the median frame runs no detector, the mean pays its share.
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
const fmt = (xs: number[]) =>
  `median ${quantile(xs, 0.5).toFixed(1)} ms, mean ${mean(xs).toFixed(1)} ms, p95 ${quantile(xs, 0.95).toFixed(1)} ms`;
const last = samples.at(-1);
console.log(
  `classifier: ${last?.model}   backend: ${last?.backend}   camera fixture: ${moving ? 'moving-face (photo-smile panned, 25 fps)' : 'photo-smile (still)'} (640x480)`,
);
console.log(`mood at the end: ${last?.mood} (${((last?.confidence ?? 0) * 100).toFixed(0)} %)`);
// For comparing backends (--backend webgl against wasm): the smoothed scores, on a still face the scores.
const scores = Object.entries(last?.scores ?? {}).map(([e, v]) => `${e} ${(v * 100).toFixed(1)}`);
console.log(`scores at the end (%): ${scores.join(', ')}`);
console.log(`frames measured: ${rest.length} (${faceFrames} with a face), first frame excluded`);
console.log(
  `first frame:     detection ${first?.detectMs.toFixed(1)} ms, classification ${first?.classifyMs.toFixed(1)} ms`,
);
// Builds before the eighth round did not time reading the frame (then left out of frame-to-mood).
const reported = rest.every((p) => typeof p.readMs === 'number');
const readMs = (p: FramePerf) => (reported ? p.readMs : 0);
console.log(
  `reading frame:   ${reported ? fmt(rest.map(readMs)) : 'not reported by this build (left out below)'}`,
);
console.log(`detection:       ${fmt(rest.map((p) => p.detectMs))}`);
console.log(`classification:  ${fmt(rest.map((p) => p.classifyMs))}`);
console.log(`tensors alive:   ${rest[0]?.tensors} after frame 2, ${rest.at(-1)?.tensors} at the end`);

// Reading the frame counts: Human's figure is a whole detect(video), its own reading of the video included.
const frameToMood = rest.map((p) => readMs(p) + p.detectMs + p.classifyMs);
const emotune = quantile(frameToMood, 0.5);
const emotuneMean = mean(frameToMood);
console.log(`frame-to-mood:   Emotune ${fmt(frameToMood)}`);
for (const [i, ms] of humanMs.entries()) {
  const label = i === 0 ? 'every frame (cacheSensitivity 0)' : 'as shipped (its frame cache on)';
  console.log(`Human stock, ${label}: ${fmt(ms)} over ${ms.length} frames`);
  console.log(`  ratio Emotune / Human (medians): ${(emotune / quantile(ms, 0.5)).toFixed(2)}`);
  // With skipping, most frames cost almost nothing and the median hides the frames that do the work:
  // the means are the cost per frame, amortised.
  console.log(`  ratio Emotune / Human (means):   ${(emotuneMean / mean(ms)).toFixed(2)}`);
}
console.log(`Human's last emotion: ${humanEmotion || 'none'}; ${rounds} alternating rounds`);
