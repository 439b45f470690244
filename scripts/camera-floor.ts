// `npx tsx scripts/camera-floor.ts [--seconds S]`: what an open camera costs before any reading, in a
// plain page of the same headless Chromium, on the fake camera the CPU figures use (photo-smile, a 5 fps
// .y4m, asked for 480 x 360 at 5 fps as the extension asks at one frame a second). One fresh browser
// per way of holding the camera; the renderer's and the capture service's share of one core over S s:
//   none     no camera (the renderer's own floor)
//   track    getUserMedia, nothing consuming the track
//   video    the track in a playing <video>, one 16 x 16 read a second (what the extension does)
//   video-1  the same, the track limited to 1 fps (applyConstraints frameRate max 1)
//   mstp     MediaStreamTrackProcessor, one frame read a second
//   grab     ImageCapture.grabFrame once a second
//   enabled  the <video> way, the track disabled between reads (enabled for one fresh frame a second)
//   copy     the track in a playing <video>, its frame copied once a second (VideoFrame.copyTo, RGBA:
//            what the extension does since the eighth round)
// `--ways a,b` runs only those.

import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { y4mAt } from './lib/browser/fixtures';
import { CHROMIUM, HEADLESS_SWITCHES } from './lib/browser/harness';
import { processes, TICKS } from './lib/cpu-share';

const { values } = parseArgs({
  options: { seconds: { type: 'string', default: '30' }, ways: { type: 'string' } },
});
const ALL_WAYS = ['none', 'track', 'video', 'video-1', 'mstp', 'grab', 'enabled', 'copy'] as const;
type Way = (typeof ALL_WAYS)[number];
const WAYS = values.ways ? ALL_WAYS.filter((w) => values.ways?.split(',').includes(w)) : ALL_WAYS;

/** Runs in the page: holds the camera the given way (and keeps reading once a second). */
async function hold(way: Way) {
  if (way === 'none') return;
  const frameRate = way === 'video-1' ? { ideal: 5, max: 1 } : { ideal: 5 };
  const stream = await navigator.mediaDevices.getUserMedia({
    video: { width: { ideal: 480 }, height: { ideal: 360 }, frameRate },
  });
  const [track] = stream.getVideoTracks();
  const ctx = new OffscreenCanvas(480, 360).getContext('2d', { willReadFrequently: true });
  if (!track || !ctx) throw new Error('no camera track or canvas');
  const read = (source: CanvasImageSource) => {
    ctx.drawImage(source, 0, 0);
    ctx.getImageData(0, 0, 16, 16);
  };
  if (way === 'video' || way === 'video-1') {
    const video = document.createElement('video');
    video.muted = true;
    video.srcObject = stream;
    await video.play();
    setInterval(() => read(video), 1000);
  } else if (way === 'enabled') {
    const video = document.createElement('video');
    video.muted = true;
    video.srcObject = stream;
    await video.play();
    track.enabled = false;
    const waits: number[] = [];
    (globalThis as unknown as { waits: number[] }).waits = waits;
    let waiting = false;
    setInterval(() => {
      // A fresh frame can take longer than the interval: one wait at a time.
      if (waiting) return;
      waiting = true;
      const asked = performance.now();
      track.enabled = true;
      // Two new frames: the first after enabling may still be a black one from the disabled track.
      video.requestVideoFrameCallback(() =>
        video.requestVideoFrameCallback(() => {
          waits.push(performance.now() - asked);
          read(video);
          track.enabled = false;
          waiting = false;
        }),
      );
    }, 1000);
  } else if (way === 'copy') {
    const video = document.createElement('video');
    video.muted = true;
    video.srcObject = stream;
    await video.play();
    let image: ImageData | null = null;
    setInterval(async () => {
      const frame = new VideoFrame(video);
      // The frame's own pixels (its visible size, the camera's), as the extension copies them.
      const { width = 0, height = 0 } = frame.visibleRect ?? {};
      if (image?.width !== width || image.height !== height) image = new ImageData(width, height);
      await frame.copyTo(image.data, { format: 'RGBA' });
      frame.close();
    }, 1000);
  } else if (way === 'mstp') {
    const Processor = (
      globalThis as unknown as {
        MediaStreamTrackProcessor: new (o: object) => { readable: ReadableStream<VideoFrame> };
      }
    ).MediaStreamTrackProcessor;
    const reader = new Processor({ track, maxBufferSize: 1 }).readable.getReader();
    setInterval(async () => {
      const { value } = await reader.read();
      if (value) read(value);
      value?.close();
    }, 1000);
  } else if (way === 'grab') {
    const Capture = (
      globalThis as unknown as {
        ImageCapture: new (t: MediaStreamTrack) => { grabFrame(): Promise<ImageBitmap> };
      }
    ).ImageCapture;
    const capture = new Capture(track);
    setInterval(async () => {
      const bitmap = await capture.grabFrame();
      read(bitmap);
      bitmap.close();
    }, 1000);
  }
}

/** The renderer, the capture service or the rest: what each of the browser's processes is. */
const kindOf = (cmd: string) =>
  cmd.includes('--type=renderer') ? 'renderer' : cmd.includes('video_capture') ? 'capture' : 'rest';

const server = createServer((_, res) =>
  res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html>'),
);
await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
const seconds = Number(values.seconds);
console.log(`camera held in a plain page, share of one core over ${seconds} s (renderer + capture service):`);
for (const way of WAYS) {
  const profile = mkdtempSync(join(tmpdir(), 'emotune-floor-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--use-fake-ui-for-media-stream',
      '--use-fake-device-for-media-stream',
      `--use-file-for-fake-video-capture=${y4mAt('photo-smile', 5)}`,
      ...HEADLESS_SWITCHES,
    ],
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
    // tsx names the page function's inner arrows with a helper the page lacks (as in human-stock.ts).
    await page.evaluate('globalThis.__name = (f) => f');
    await page.evaluate(hold, way);
    await new Promise((r) => setTimeout(r, 5000));
    const before = new Map(processes(profile).map((p) => [p.pid, p.ticks]));
    const t0 = Date.now();
    await new Promise((r) => setTimeout(r, seconds * 1000));
    const elapsed = (Date.now() - t0) / 1000;
    const share = { renderer: 0, capture: 0, rest: 0 };
    for (const p of processes(profile))
      share[kindOf(p.cmd)] += (p.ticks - (before.get(p.pid) ?? p.ticks)) / TICKS / elapsed;
    const pct = (v: number) => `${(v * 100).toFixed(1)} %`;
    console.log(
      `  ${way.padEnd(8)} ${pct(share.renderer)} + ${pct(share.capture)} = ${pct(share.renderer + share.capture)}`,
    );
    if (way === 'enabled') {
      const waits = (await page.evaluate('globalThis.waits')) as number[];
      const sorted = [...waits].sort((x, y) => x - y);
      const median = sorted[Math.floor(sorted.length / 2)];
      console.log(
        median === undefined
          ? '           no fresh frame came after enabling'
          : `           a fresh frame ${median.toFixed(0)} ms after enabling (median of ${waits.length})`,
      );
    }
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}
server.close();
