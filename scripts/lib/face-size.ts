// `npm run bench -- --face-sizes`: the face's size in pixels at each camera setting that
// src/core/camera-request.ts can ask for, on the fake camera fixture, so that a lower resolution is
// chosen knowing what it leaves for the crop. The box comes from Human's BlazeFace (the detector family
// the extension uses) in a loopback page; the settings are what the camera actually delivered.
import type { AddressInfo } from 'node:net';
import { chromium } from 'playwright-core';
import { CAMERA_LADDER } from '../../src/core/camera-request';
import { type Frame, y4m } from './browser/fixtures';
import { CHROMIUM, HEADLESS_SWITCHES } from './browser/harness';
import { serveHuman } from './human-stock';

export async function faceSizes(fixture: Frame): Promise<void> {
  const server = await serveHuman();
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--use-fake-ui-for-media-stream',
      '--use-fake-device-for-media-stream',
      `--use-file-for-fake-video-capture=${y4m(fixture)}`,
      ...HEADLESS_SWITCHES,
    ],
  });
  try {
    const page = await browser.newPage();
    await page.goto(`${origin}/`);
    const rows = await page.evaluate(
      async ({ origin, ladder }) => {
        const { Human } = (await import(`${origin}/human/human.esm.js`)) as {
          Human: new (
            c: object,
          ) => {
            load(): Promise<void>;
            detect(i: HTMLVideoElement): Promise<{ face: { box: number[] }[] }>;
          };
        };
        const human = new Human({
          backend: 'wasm',
          modelBasePath: `${origin}/models/`,
          wasmPath: `${origin}/wasm/`,
          warmup: 'none',
          cacheSensitivity: 0,
          face: {
            enabled: true,
            mesh: { enabled: false },
            iris: { enabled: false },
            emotion: { enabled: false },
            description: { enabled: false },
          },
          body: { enabled: false },
          hand: { enabled: false },
          gesture: { enabled: false },
        });
        await human.load();
        const out = [];
        for (const step of ladder) {
          const stream = await navigator.mediaDevices.getUserMedia({
            video: { width: { ideal: step.width }, height: { ideal: step.height }, frameRate: { ideal: 5 } },
          });
          const video = document.createElement('video');
          video.muted = true;
          video.srcObject = stream;
          await video.play();
          await new Promise((r) => setTimeout(r, 500));
          const settings = stream.getVideoTracks()[0]?.getSettings();
          const result = await human.detect(video);
          for (const t of stream.getTracks()) t.stop();
          const box = result.face[0]?.box;
          out.push({
            asked: `${step.width}x${step.height}`,
            got: `${settings?.width}x${settings?.height} @ ${settings?.frameRate} fps`,
            box: box ? `${box[2]?.toFixed(0)} x ${box[3]?.toFixed(0)}` : 'no face',
          });
        }
        return out;
      },
      { origin, ladder: CAMERA_LADDER },
    );
    console.log(`face size on the fake camera (${fixture}), Human's BlazeFace box:`);
    for (const r of rows)
      console.log(`  asked ${r.asked.padEnd(8)} got ${r.got.padEnd(20)} face ${r.box} px`);
  } finally {
    await browser.close();
    server.close();
  }
}
