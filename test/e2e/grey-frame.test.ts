// The luma path of src/capture/grey-frame.ts in real Chromium, on the fake camera: it must be taken (not
// fall back to the canvas), its thumbnails must match the canvas path's to within a few grey levels,
// since the skip thresholds (face-track.ts, score-reuse.ts) were set on canvas thumbnails, and the colour
// frame it draws for the models must be the video's own picture.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeY4mFixtures, ROOT, y4m } from '../../scripts/lib/browser/fixtures';
import { CHROMIUM } from '../../scripts/lib/browser/harness';
import type { createGreyReader } from '../../src/capture/grey-frame';

type CreateGreyReader = typeof createGreyReader;

let server: Server;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  const out = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: false,
      lib: { entry: join(ROOT, 'src', 'capture', 'grey-frame.ts'), formats: ['es'], fileName: 'grey-frame' },
    },
  });
  const bundle = (Array.isArray(out) ? out[0] : out) as { output: { code?: string }[] };
  const code = bundle.output[0]?.code ?? '';
  server = createServer((req, res) => {
    if (req.url === '/grey-frame.js')
      return void res.writeHead(200, { 'content-type': 'text/javascript' }).end(code);
    res.writeHead(200, { 'content-type': 'text/html' }).end(
      `<!doctype html><title>grey frame</title><script type="module">
        import { createGreyReader } from '/grey-frame.js'; window.createGreyReader = createGreyReader;</script>`,
    );
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  makeY4mFixtures();
  context = await chromium.launchPersistentContext('', {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--use-fake-ui-for-media-stream',
      '--use-fake-device-for-media-stream',
      `--use-file-for-fake-video-capture=${y4m('photo-smile')}`,
      '--no-sandbox',
    ],
  });
  page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
  await page.waitForFunction(() => 'createGreyReader' in window);
});

afterAll(async () => {
  await context?.close();
  server?.close();
});

describe('grey frame (luma plane)', () => {
  it('is read from the camera, and its thumbnails and colour frame match the canvas path', async () => {
    const result = await page.evaluate(async () => {
      // Put there by the page's module script (served from the bundle above).
      const { createGreyReader } = window as unknown as { createGreyReader: CreateGreyReader };
      const stream = await navigator.mediaDevices.getUserMedia({
        video: { width: { ideal: 480 }, height: { ideal: 360 }, frameRate: { ideal: 5 } },
      });
      const video = document.createElement('video');
      video.muted = true;
      video.srcObject = stream;
      await video.play();
      while (video.videoWidth === 0) await new Promise((r) => setTimeout(r, 50));
      const { videoWidth: w, videoHeight: h } = video;
      const grey = await createGreyReader().read(video);
      if (!grey) return null;
      // The canvas path, as the pipeline takes it: the frame drawn, then shrunk with smoothing.
      const frame = new OffscreenCanvas(w, h).getContext('2d', { willReadFrequently: true });
      const small = (wide: number, high: number) => {
        const c = new OffscreenCanvas(wide, high).getContext('2d', { willReadFrequently: true });
        if (!c) throw new Error('no canvas');
        c.imageSmoothingQuality = 'high';
        return c;
      };
      if (!frame) throw new Error('no canvas');
      grey.draw(frame as unknown as CanvasRenderingContext2D);
      const canvasGrey = (
        r: { x: number; y: number; width: number; height: number },
        wide: number,
        high: number,
      ) => {
        const c = small(wide, high);
        c.drawImage(frame.canvas, r.x, r.y, r.width, r.height, 0, 0, wide, high);
        const d = c.getImageData(0, 0, wide, high).data;
        return Array.from({ length: wide * high }, (_, i) =>
          Math.round(0.299 * (d[4 * i] ?? 0) + 0.587 * (d[4 * i + 1] ?? 0) + 0.114 * (d[4 * i + 2] ?? 0)),
        );
      };
      const compare = (
        r: { x: number; y: number; width: number; height: number },
        wide: number,
        high: number,
      ) => {
        const a = Array.from(grey.thumb(r, wide, high));
        const b = canvasGrey(r, wide, high);
        const diffs = a.map((v, i) => Math.abs(v - (b[i] ?? 0)));
        const bias = a.reduce((s2, v, i) => s2 + v - (b[i] ?? 0), 0) / a.length;
        return {
          bias,
          mean: diffs.reduce((s, d) => s + d, 0) / diffs.length,
          spread: Math.max(...a) - Math.min(...a),
        };
      };
      // The colour frame the models get: the drawn frame against the video drawn directly.
      const direct = new OffscreenCanvas(w, h).getContext('2d', { willReadFrequently: true });
      direct?.drawImage(video, 0, 0);
      const da = direct?.getImageData(0, 0, w, h).data ?? new Uint8ClampedArray();
      const fa = frame.getImageData(0, 0, w, h).data;
      let colour = 0;
      for (let i = 0; i < fa.length; i++) colour += Math.abs((fa[i] ?? 0) - (da[i] ?? 0));
      const out = {
        size: [grey.width, grey.height, w, h],
        scene: compare({ x: 0, y: 0, width: w, height: h }, 32, 24),
        face: compare({ x: 150, y: 80, width: 180, height: 180 }, 16, 16),
        colourMeanDiff: colour / fa.length,
      };
      grey.close();
      for (const t of stream.getTracks()) t.stop();
      return out;
    });
    expect(result, 'Chromium gives a WebCodecs frame with a luma plane').not.toBeNull();
    if (!result) return;
    expect(result.size).toEqual([480, 360, 480, 360]);
    // A real picture (not a blank frame), and the two paths within a few grey levels of each other
    // (measured: 1.3-1.8 brighter on average, 2.7-2.8 apart pixel by pixel: the canvas's smoothing is not
    // an exact area average). Thresholds only ever compare thumbnails of one path (pipeline.ts).
    for (const part of [result.scene, result.face]) {
      expect(part.spread).toBeGreaterThan(50);
      expect(Math.abs(part.bias)).toBeLessThan(3);
      expect(part.mean).toBeLessThan(4);
    }
    expect(result.colourMeanDiff).toBeLessThan(1);
  });
});
