// The load-time backend check (src/capture/backend-check.ts). First on the shipped capture code bundled
// for a plain page: wasm still reads the probe face (models/probe) as recorded, and webgl (SwiftShader
// here, a software GPU) reads it the same, so it passes. Then in the extension: when webgl reads the probe
// otherwise, the camera page falls back to wasm, the options page says why, and the mood is still right.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ROOT, y4m } from '../../scripts/lib/browser/fixtures';
import { type Extension, grantCamera, launchExtension } from '../../scripts/lib/browser/harness';
import { readProbe } from '../../scripts/lib/browser/probe-scores';
import { MODEL_IDS, type ModelId } from '../../src/shared/models';
import { PAGES } from '../../src/shared/pages';
import { useCapturePage } from './capture-page';

describe('the probe face through the shipped pipeline, in a plain page', () => {
  const capture = useCapturePage();

  it('wasm reads it as recorded, for every shipped model (else run `npm run models:probe`)', async () => {
    const run = await readProbe(capture.browser, capture.origin, 'wasm', MODEL_IDS);
    expect(run.backend).toBe('wasm');
    // Recorded on this very backend: only the six decimals the manifest keeps may differ.
    const worst = MODEL_IDS.map((id) => {
      const v = run.models[id]?.verdict;
      return [id, v?.ok === true && v.worst < 1e-4] as const;
    });
    expect(worst).toEqual(MODEL_IDS.map((id) => [id, true]));
  });

  it('webgl reads it as wasm does, so every shipped model passes the check', async () => {
    const run = await readProbe(capture.browser, capture.origin, 'webgl', MODEL_IDS);
    expect(run.backend).toBe('webgl');
    expect(MODEL_IDS.map((id) => [id, run.models[id]?.verdict.ok])).toEqual(
      MODEL_IDS.map((id) => [id, true]),
    );
  });
});

describe('a backend that fails the check, in the extension', () => {
  // The smallest shipped model: the fallback is the same for every model (each one's check is above), and
  // SwiftShader runs the default ensemble's four members on the CPU many times slower.
  const MODEL: ModelId = 'gear-e2';
  let ext: Extension | null = null;
  let dist: string | null = null;
  afterEach(async () => {
    await ext?.close();
    ext = null;
    if (dist) rmSync(dist, { recursive: true, force: true });
    dist = null;
  });

  it.each([
    // The model's reference changed to read angry: webgl's (right) reading of the smiling probe then
    // differs from it, as a faulty GPU's would from the real one.
    [
      'reads the probe otherwise',
      (dir: string) => {
        const path = join(dir, 'models', 'probe', 'manifest.json');
        const probe = JSON.parse(readFileSync(path, 'utf8'));
        const ref = probe.expected[MODEL];
        [ref.happy, ref.angry] = [ref.angry, ref.happy];
        writeFileSync(path, JSON.stringify(probe));
      },
    ],
    // The check itself fails (as a lost GL context or a shader that does not compile would).
    ['cannot run the check', (dir: string) => rmSync(join(dir, 'models', 'probe', 'face.png'))],
  ])(
    'webgl that %s: falls back to wasm, says why in the options page, and still reads the mood',
    async (_, spoil) => {
      dist = mkdtempSync(join(tmpdir(), 'emotune-probe-'));
      cpSync(join(ROOT, 'dist', 'chrome'), dist, { recursive: true });
      spoil(dist);

      ext = await launchExtension({ camera: y4m('photo-smile'), dist });
      await ext.worker.evaluate((id) => chrome.storage.local.set({ modelId: { v: 1, value: id } }), MODEL);
      await grantCamera(ext);
      await ext.waitForSnapshot((s) => s.status === 'ok' && s.backend === 'wasm');
      const options = await ext.open(PAGES.options);
      await options.getByLabel('Compute backend').selectOption('webgl');

      const s = await ext.waitForSnapshot((s) => s.backendRefused === 'webgl' && s.status === 'ok', 85_000);
      expect(s).toMatchObject({ backend: 'wasm', mood: 'happy' });
      const said = /WebGL \(GPU\) did not pass the check against WebAssembly/;
      await expect.poll(() => options.getByText(said).count()).toBe(1);
    },
  );
});
