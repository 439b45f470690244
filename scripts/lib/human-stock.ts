// Human's own stock face-and-emotion pipeline, as the yardstick for `npm run bench`: Human's default
// config with face.emotion on (detector, mesh, iris, description, emotion), the non-face models off
// (they are not part of reading a face's mood). It runs in a plain page served from loopback, in the same
// browser as the extension, on the same fake camera, with Human's ESM build and the models its npm
// package ships: nothing is fetched from the internet.
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { ROOT } from './browser/fixtures';

const HUMAN = join(ROOT, 'node_modules', '@vladmandic', 'human');
/** URL prefix -> folder served under it. */
const ROUTES: Record<string, string> = {
  '/human/': join(HUMAN, 'dist'),
  '/models/': join(HUMAN, 'models'),
  '/wasm/': join(ROOT, 'node_modules', '@tensorflow', 'tfjs-backend-wasm', 'dist'),
};
const TYPES: Record<string, string> = {
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.html': 'text/html',
};

/** A loopback server for Human's ESM build, its models and tfjs's wasm files. */
export function serveHuman(): Promise<Server> {
  const server = createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (path === '/') {
      res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>human</title>');
      return;
    }
    const prefix = Object.keys(ROUTES).find((p) => path.startsWith(p));
    const base = prefix ? ROUTES[prefix] : undefined;
    const file = base && prefix ? normalize(join(base, path.slice(prefix.length))) : null;
    if (!file || !base || !file.startsWith(base)) return void res.writeHead(404).end();
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

export interface HumanStock {
  /**
   * `frames` timed `human.detect(video)` calls, one per `intervalMs`. `cached`: Human's default frame cache
   * (its cacheSensitivity, skipFrames/skipTime per model) as shipped; without it (cacheSensitivity 0) every
   * model runs on every frame.
   */
  run(frames: number, cached: boolean, intervalMs: number): Promise<number[]>;
  /** The top emotion of the last frame with a face ('' if none had one). */
  lastEmotion(): Promise<string>;
  close(): Promise<void>;
}

/** Loads Human in its page and opens the camera once, so that runs can alternate with the extension's. */
export async function openHumanStock(
  context: BrowserContext,
  opts: { backend: string },
): Promise<HumanStock> {
  const server = await serveHuman();
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const page = await context.newPage();
  await page.goto(`${origin}/`);
  // tsx names nested functions through a helper that a page does not have.
  await page.evaluate('globalThis.__name = (f) => f');
  await page.evaluate(
    async ({ origin, backend }) => {
      type Result = { face: { emotion?: { emotion: string }[] }[] };
      const { Human } = (await import(`${origin}/human/human.esm.js`)) as {
        Human: new (
          c: object,
        ) => {
          config: { cacheSensitivity: number };
          load(): Promise<void>;
          detect(i: HTMLVideoElement, c?: object): Promise<Result>;
        };
      };
      const human = new Human({
        backend,
        modelBasePath: `${origin}/models/`,
        wasmPath: `${origin}/wasm/`,
        // The only change to the face defaults besides emotion (on by default anyway): no warm-up,
        // since the first frame of each run is left out of the figures.
        warmup: 'none',
        face: { enabled: true, emotion: { enabled: true } },
        body: { enabled: false },
        hand: { enabled: false },
        object: { enabled: false },
        gesture: { enabled: false },
        segmentation: { enabled: false },
      });
      const stockCache = human.config.cacheSensitivity;
      await human.load();
      const stream = await navigator.mediaDevices.getUserMedia({
        video: { width: { ideal: 640 }, height: { ideal: 480 } },
      });
      const video = document.createElement('video');
      video.muted = true;
      video.srcObject = stream;
      await video.play();
      let lastEmotion = '';
      const run = async (frames: number, cached: boolean, intervalMs: number) => {
        // detect() merges this into Human's config for this and later calls: set on every call.
        const config = { cacheSensitivity: cached ? stockCache : 0 };
        const ms: number[] = [];
        for (let i = 0; i <= frames; i++) {
          const t0 = performance.now();
          const result = await human.detect(video, config);
          const dt = performance.now() - t0;
          if (i > 0) ms.push(dt);
          lastEmotion = result.face[0]?.emotion?.[0]?.emotion ?? lastEmotion;
          await new Promise((r) => setTimeout(r, Math.max(0, intervalMs - dt)));
        }
        return ms;
      };
      Object.assign(globalThis, { humanRun: run, humanLastEmotion: () => lastEmotion });
    },
    { origin, backend: opts.backend },
  );
  type Page = { humanRun(f: number, c: boolean, i: number): Promise<number[]>; humanLastEmotion(): string };
  return {
    run: (frames, cached, intervalMs) =>
      page.evaluate(([f, c, i]) => (globalThis as unknown as Page).humanRun(f, c, i), [
        frames,
        cached,
        intervalMs,
      ] as const),
    lastEmotion: () => page.evaluate(() => (globalThis as unknown as Page).humanLastEmotion()),
    async close() {
      await page.close();
      server.close();
    },
  };
}
