// `npm run models:probe`: records what each shipped classifier reads on the probe face (models/probe)
// through the whole pipeline on wasm in headless Chromium, into models/probe/manifest.json, then the
// files' hashes. Run it after changing a model, the detector or the preprocessing: the e2e test
// test/e2e/backend-check.test.ts fails while the recorded scores are stale.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { REFERENCE_BACKEND } from '../src/core/probe';
import { MODEL_IDS } from '../src/shared/models';
import { MODELS_DIR } from './hash-models';
import { CHROMIUM, HEADLESS_SWITCHES } from './lib/browser/harness';
import { serveCapture } from './lib/browser/page-bundle';
import { readProbe } from './lib/browser/probe-scores';

const path = join(MODELS_DIR, 'probe', 'manifest.json');
const ABOUT =
  "The face the load-time backend check reads (src/capture/backend-check.ts): test/fixtures/frames/photo-smile.jpg at 320 x 240 (ffmpeg -vf scale=320:240 -pix_fmt rgb24, colour-profile chunk removed). expected: each classifier's scores through the whole pipeline on the reference backend (wasm), written by `npm run models:probe`.";
const before = existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : {};
// The check needs a manifest to read while the scores are recorded; its own verdicts are not used here.
if (!existsSync(path))
  writeFileSync(path, `${JSON.stringify({ id: 'probe', frame: 'face.png', expected: {} }, null, 2)}\n`);
const server = await serveCapture();
const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: HEADLESS_SWITCHES });
try {
  const run = await readProbe(browser, server.origin, REFERENCE_BACKEND, MODEL_IDS);
  const expected: Record<string, unknown> = {};
  for (const id of MODEL_IDS) {
    const scores = run.models[id]?.scores;
    if (!scores) throw new Error(`${id}: no face found on the probe picture`);
    // Six decimals: far below the check's tolerance, and a diff that shows real changes only.
    expected[id] = Object.fromEntries(Object.entries(scores).map(([k, v]) => [k, Number(v.toFixed(6))]));
    console.log(id.padEnd(18), JSON.stringify(expected[id]));
  }
  const manifest = { id: 'probe', about: ABOUT, frame: 'face.png', expected, files: before.files ?? {} };
  writeFileSync(path, `${JSON.stringify(manifest, null, 2)}\n`);
} finally {
  await browser.close();
  await server.close();
}
