// `npx tsx scripts/classify-time.ts [--model ID]`: the classifier alone in Node on tfjs's wasm backend,
// 200 classifications of a 300 px crop of a 640 x 480 frame, to compare classifier changes without the
// browser's noise. Prints numbers; not a test.
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import * as tf from '@tensorflow/tfjs-core';
import { createClassifier } from '../src/capture/classifier';
import { fileFetch, initNodeBackend, MODELS, modelManifestUrl } from './lib/node-tf';

const { values } = parseArgs({ options: { model: { type: 'string', default: 'emotion-ensemble' } } });
await initNodeBackend('wasm');
const classifier = createClassifier(modelManifestUrl(join(MODELS, values.model)), fileFetch);
await classifier.load();
const frame = tf.randomUniform([480, 640, 3], 0, 255, 'int32') as tf.Tensor3D;
const box = { x: 200, y: 100, width: 300, height: 300 };
for (let i = 0; i < 20; i++) await classifier.classify({ frame, box });
const ms: number[] = [];
for (let i = 0; i < 200; i++) {
  const t0 = performance.now();
  await classifier.classify({ frame, box });
  ms.push(performance.now() - t0);
}
ms.sort((a, b) => a - b);
console.log(
  `${values.model} classify (Node, wasm): median ${ms[100]?.toFixed(2)} ms, p10 ${ms[20]?.toFixed(2)} ms`,
);
