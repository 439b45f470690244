// `npm run eval -- --data <dir> --split PrivateTest --model emotion-xception --model human-emotion --model face-api`
// Runs each model exactly as the extension does (its manifest, the extension's classifier and
// preprocessing code, tfjs wasm) on the same faces, and prints per-class metrics. The last line of each
// model's report is `model=<name> accuracy=0.xxxx macro_f1=0.xxxx n=<faces>`.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import * as tf from '@tensorflow/tfjs-core';
import { createClassifier } from '../src/capture/classifier';
import { EMOTIONS, type Emotion, topEmotion } from '../src/core/emotions';
import { classifyFace, type Face, loadFaces, type SplitName } from './lib/faces';
import { computeMetrics, type Metrics } from './lib/metrics';
import { DEFAULT_MODEL_ID, manifestUrlFor } from './lib/model-source';
import { fileFetch, initNodeBackend } from './lib/node-tf';

const DEFAULT_DATA = join(import.meta.dirname, '..', '..', 'shared', 'data', 'fer2013');

async function evaluate(name: string, faces: Face[]) {
  const classifier = createClassifier(manifestUrlFor(name), fileFetch);
  await classifier.load();
  const started = performance.now();
  const predicted: Emotion[] = [];
  for (const face of faces) {
    predicted.push(topEmotion(await classifyFace(classifier, face)));
  }
  const msPerFace = (performance.now() - started) / faces.length;
  classifier.dispose();
  return {
    metrics: computeMetrics(
      faces.map((f) => f.label),
      predicted,
    ),
    msPerFace,
  };
}

function report(name: string, m: Metrics, msPerFace: number): string {
  const pct = (v: number) => `${(100 * v).toFixed(1)}`.padStart(6);
  const lines = [`\n${name}: per class (precision / recall / F1 %, support)`];
  for (const e of EMOTIONS) {
    const c = m.perClass[e];
    lines.push(`  ${e.padEnd(9)}${pct(c.precision)}${pct(c.recall)}${pct(c.f1)}   ${c.support}`);
  }
  lines.push(`  ${'macro'.padEnd(9)}${pct(m.macroPrecision)}${pct(m.macroRecall)}${pct(m.macroF1)}`);
  lines.push(`  confusion (rows true, columns predicted, ${EMOTIONS.join(' ')}):`);
  for (const row of m.confusion) lines.push(`    ${row.map((v) => String(v).padStart(4)).join(' ')}`);
  lines.push(`  ${msPerFace.toFixed(2)} ms per face (tfjs ${tf.getBackend()}, Node)`);
  lines.push(`model=${name} accuracy=${m.accuracy.toFixed(4)} macro_f1=${m.macroF1.toFixed(4)} n=${m.n}`);
  return lines.join('\n');
}

const { values } = parseArgs({
  options: {
    data: { type: 'string', default: DEFAULT_DATA },
    split: { type: 'string', default: 'PrivateTest' },
    // No --model: the extension's default classifier.
    model: { type: 'string', multiple: true, default: [DEFAULT_MODEL_ID] },
    json: { type: 'string' },
  },
});
if (!['Training', 'PublicTest', 'PrivateTest'].includes(values.split)) {
  throw new Error(`--split must be Training, PublicTest or PrivateTest, not ${values.split}`);
}
await initNodeBackend('wasm');
const faces = loadFaces(values.data, values.split as SplitName);
const results: Record<string, Metrics & { msPerFace: number }> = {};
for (const name of values.model.flatMap((m) => m.split(','))) {
  const { metrics, msPerFace } = await evaluate(name, faces);
  results[name] = { ...metrics, msPerFace };
  console.log(report(name, metrics, msPerFace));
}
if (values.json) writeFileSync(values.json, `${JSON.stringify(results, null, 1)}\n`);
