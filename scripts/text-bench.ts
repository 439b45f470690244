// The text mood model as the extension runs it (src/text + the shared tokeniser), in Node's tfjs:
// parity with PyTorch on the lab's probe sentences, then milliseconds per sentence over the tokeniser
// fixture's sentences. A benchmark prints numbers; the unit test asserts the parity.
//   tsx scripts/text-bench.ts [--backend wasm|cpu] [--model-dir models/text-mood]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import * as tf from '@tensorflow/tfjs-core';
import { loadTextModel, type TextMoodModel } from '../src/text/text-model';
import { fileFetch, initNodeBackend, MODELS, modelManifestUrl } from './lib/node-tf';

const FIXTURES = join(import.meta.dirname, '..', 'test', 'fixtures', 'parity');

/** Largest |tfjs - PyTorch| probability over the probe sentences, and how many agree on the top mood. */
export async function textParity(
  model: TextMoodModel,
): Promise<{ n: number; maxAbsDiff: number; sameTop: number }> {
  const ref = JSON.parse(readFileSync(join(FIXTURES, 'text-mood.json'), 'utf8')) as {
    labels: string[];
    cases: { text: string; probabilities: number[] }[];
  };
  let maxAbsDiff = 0;
  let sameTop = 0;
  for (const c of ref.cases) {
    const got = await model.read(c.text);
    const gotRow = ref.labels.map((l) => got[l as keyof typeof got]);
    gotRow.forEach((v, i) => {
      maxAbsDiff = Math.max(maxAbsDiff, Math.abs(v - (c.probabilities[i] ?? Number.NaN)));
    });
    if (gotRow.indexOf(Math.max(...gotRow)) === c.probabilities.indexOf(Math.max(...c.probabilities)))
      sameTop++;
  }
  return { n: ref.cases.length, maxAbsDiff, sameTop };
}

async function main() {
  const { values } = parseArgs({
    options: { backend: { type: 'string', default: 'wasm' }, 'model-dir': { type: 'string' } },
  });
  const backend = await initNodeBackend(values.backend === 'cpu' ? 'cpu' : 'wasm');
  const dir = values['model-dir'] ?? join(MODELS, 'text-mood');
  const t0 = performance.now();
  const model = await loadTextModel(modelManifestUrl(dir), fileFetch);
  console.log(`backend ${backend}; load + warm-up ${(performance.now() - t0).toFixed(0)} ms`);
  const p = await textParity(model);
  console.log(
    `parity: ${p.n} sentences, max |diff| ${p.maxAbsDiff.toExponential(2)}, same top ${p.sameTop}/${p.n}`,
  );
  const sentences = (
    JSON.parse(readFileSync(join(FIXTURES, 'text-tokens.json'), 'utf8')) as { cases: { text: string }[] }
  ).cases.map((c) => c.text);
  const before = tf.memory().numTensors;
  const times: number[] = [];
  for (let round = 0; round < 3; round++) {
    for (const s of sentences) {
      const start = performance.now();
      await model.read(s);
      times.push(performance.now() - start);
    }
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => (times[Math.floor(q * (times.length - 1))] ?? 0).toFixed(3);
  const mean = times.reduce((a, b) => a + b, 0) / times.length;
  console.log(
    `ms per sentence over ${times.length} reads: mean ${mean.toFixed(3)}, median ${at(0.5)}, p95 ${at(0.95)}, max ${at(1)}`,
  );
  console.log(`tensors before ${before}, after ${tf.memory().numTensors}`);
  model.dispose();
}

if (process.argv[1] === import.meta.filename) await main();
