// `npx tsx scripts/backend-parity.ts`: each shipped emotion model, and the preprocessing's ops, on the
// same input on tfjs's wasm and webgl backends in headless Chromium (WebGL there is SwiftShader, a
// software rasteriser: a correctness check, not a speed figure). Prints the largest difference of each
// model's output, and of the preprocessing's ops, between wasm and webgl, also with the flags Human sets
// when it runs on webgl (they are flags of the one tfjs engine that the classifier shares). It runs no
// detector before the models and feeds them a CPU copy of the input, so it cannot see the shader-reuse
// fault of Human's shape uniforms (docs/performance.md, fourth round): test/e2e/backend-check.test.ts can.
import { chromium } from 'playwright-core';
import { CHROMIUM, HEADLESS_SWITCHES } from './lib/browser/harness';
import { serveCapture } from './lib/browser/page-bundle';

// Human's own ESM build (its bundled tfjs), the models and the frames, from the loopback server that
// otherwise serves the capture bundle (not needed here).
const server = await serveCapture({ bundle: false });
const { origin } = server;
const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: HEADLESS_SWITCHES });
try {
  const page = await browser.newPage();
  await page.goto(`${origin}/`);
  await page.evaluate('globalThis.__name = (f) => f');
  const members = ['emotion-xception', 'face-api', 'gear-e2', 'human-emotion'];
  const out = await page.evaluate(
    async ({ origin, members }) => {
      // biome-ignore lint/suspicious/noExplicitAny: Human's ESM build, loaded by URL in the page
      const { Human } = (await import(`${origin}/human/human.esm.js`)) as any;
      const human = new Human({ backend: 'wasm', wasmPath: `${origin}/wasm/` });
      await human.init();
      const tf = human.tf;
      tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
      const img = new Image();
      img.src = `${origin}/frames/photo-smile.jpg`;
      await img.decode();
      const result: Record<string, { out: number[] }> = {};
      for (const variant of ['wasm', 'webgl', 'webgl-human-flags']) {
        const backend = variant === 'wasm' ? 'wasm' : 'webgl';
        // What Human sets when its backend is webgl (humangl): flags of the one tfjs engine, so they
        // apply to the classifier too.
        if (variant === 'webgl-human-flags') {
          tf.env().set('WEBGL_USE_SHAPES_UNIFORMS', true);
          tf.env().set('WEBGL_EXP_CONV', true);
        }
        if (!(await tf.setBackend(backend))) throw new Error(`no ${backend} backend`);
        await tf.ready();
        const frame = tf.browser.fromPixels(img);
        for (const id of members) {
          const m = await (await fetch(`${origin}/models/${id}/manifest.json`)).json();
          const model = await tf.loadGraphModel(`${origin}/models/${id}/${m.modelFile}`);
          const { size, channels, mean, std } = m.input;
          // The face of photo-smile (a 400 px face on a 640x480 frame), plainly resized: the same
          // input on both backends, built on the CPU side so only the model differs.
          const input = tf.tidy(() => {
            const crop = tf.image.resizeBilinear(tf.slice(frame, [40, 120, 0], [400, 400, 3]), [size, size]);
            const grey = tf.sum(tf.mul(crop, tf.tensor1d([0.299, 0.587, 0.114])), 2, true);
            const norm = tf.div(tf.sub(tf.div(grey, 255), mean), std);
            return tf.expandDims(channels === 3 ? tf.tile(norm, [1, 1, 3]) : norm, 0);
          });
          const cpuInput = tf.tensor(await input.data(), input.shape);
          const y = model.execute(cpuInput);
          result[`${id} (${variant})`] = { out: Array.from(await y.data()) as number[] };
          // As the classifier runs a member with flip averaging: the face and its mirror in one batch.
          const pair = tf.concat([cpuInput, tf.reverse(cpuInput, 2)]);
          const y2 = model.execute(pair);
          result[`${id} batch of 2 (${variant})`] = { out: Array.from(await y2.data()) as number[] };
          tf.dispose([pair, y2]);
          tf.dispose([input, cpuInput, y]);
          model.dispose();
        }
        // The preprocessing's ops as src/capture/preprocess.ts runs them (cropAndResize of the int32
        // frame at k times the size, luma, k x k average pool, normalisation), on a 300 px face box.
        for (const size of [48, 64, 112]) {
          const k = Math.max(1, Math.min(4, Math.floor(300 / size)));
          const side = size * k;
          const [h, w] = frame.shape;
          const box = [40 / (h - 1), 170 / (w - 1), 339 / (h - 1), 469 / (w - 1)];
          const pre = tf.tidy(() => {
            const resized = tf.image.cropAndResize(tf.expandDims(frame, 0), [box], [0], [side, side]);
            let face = tf.sum(
              tf.mul(tf.slice(resized, [0, 0, 0, 0], [-1, -1, -1, 3]), tf.tensor1d([0.299, 0.587, 0.114])),
              3,
              true,
            );
            if (k > 1) face = tf.avgPool(face, k, k, 'valid');
            return tf.div(face, 255);
          });
          result[`preprocess ${size} (${variant})`] = { out: Array.from(await pre.data()) as number[] };
          const cropOnly = tf.tidy(() =>
            tf.image.cropAndResize(tf.expandDims(frame, 0), [box], [0], [side, side]),
          );
          result[`cropAndResize ${size} (${variant})`] = {
            out: Array.from(await cropOnly.data()) as number[],
          };
          tf.dispose([pre, cropOnly]);
        }
        frame.dispose();
      }
      return result;
    },
    { origin, members },
  );
  for (const id of [
    ...members,
    ...members.map((m) => `${m} batch of 2`),
    'preprocess 48',
    'preprocess 64',
    'preprocess 112',
    'cropAndResize 48',
    'cropAndResize 112',
  ]) {
    const a = out[`${id} (wasm)`]?.out ?? [];
    const b = out[`${id} (webgl)`]?.out ?? [];
    const worst = a.reduce((m, v, i) => Math.max(m, Math.abs(v - (b[i] ?? Number.NaN))), 0);
    const c = out[`${id} (webgl-human-flags)`]?.out ?? [];
    const worstFlags = a.reduce((m, v, i) => Math.max(m, Math.abs(v - (c[i] ?? Number.NaN))), 0);
    const fmt = (xs: number[]) => xs.map((v) => v.toFixed(3)).join(' ');
    console.log(
      `${id.padEnd(17)} largest |wasm - webgl| ${worst.toFixed(4)}, with Human's webgl flags ${worstFlags.toFixed(4)}`,
    );
    if (a.length < 10) console.log(`  wasm  ${fmt(a)}\n  webgl ${fmt(b)}\n  webgl, Human's flags ${fmt(c)}`);
  }
} finally {
  await browser.close();
  await server.close();
}
