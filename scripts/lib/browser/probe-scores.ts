// The probe face (models/probe) read by the page bundle's pipeline in headless Chromium: the scores
// `npm run models:probe` records on wasm, and what the load-time check (src/capture/backend-check.ts)
// says on another backend. One fresh page per call, so that backends and shader caches do not mix.
import type { Browser } from 'playwright-core';
import type { BackendName } from '../../../src/core/backend-choice';
import type { Scores } from '../../../src/core/emotions';
import type { ProbeVerdict } from '../../../src/core/probe';

export interface ProbeRun {
  /** The tfjs backend Human actually set up. */
  backend: string;
  /** Per model id: the scores on the probe face (null: no face found), and the check's verdict. */
  models: Record<string, { scores: Scores | null; verdict: ProbeVerdict }>;
}

export async function readProbe(
  browser: Browser,
  origin: string,
  backend: BackendName,
  modelIds: readonly string[],
): Promise<ProbeRun> {
  const page = await browser.newPage();
  try {
    await page.goto(`${origin}/`);
    return await page.evaluate(
      async ({ origin, backend, modelIds }) => {
        // Built as a string: vitest rewrites a literal import() in this callback for Node.
        const capture = await new Function('url', 'return import(url)')(`${origin}/capture.js`);
        capture.tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
        const detector = await capture.createFaceDetector({
          backend,
          modelBaseUrl: `${origin}/models/blazeface/`,
          wasmBaseUrl: `${origin}/wasm/`,
        });
        const { picture } = await capture.loadProbe(`${origin}/models/probe/`);
        const models: ProbeRun['models'] = {};
        for (const id of modelIds) {
          const classifier = capture.createClassifier(`${origin}/models/${id}/manifest.json`);
          await classifier.load();
          // The check first, on a classifier that has read no face yet, as at the extension's load.
          const verdict = await capture.checkBackend(detector, classifier, id, `${origin}/models/probe/`);
          const scores = await capture.probeScores(detector, classifier, picture);
          models[id] = { scores, verdict };
          classifier.dispose();
        }
        const used = detector.backend;
        picture.close();
        detector.dispose();
        return { backend: used, models };
      },
      { origin, backend, modelIds },
    );
  } finally {
    await page.close();
  }
}
