// `npx tsx scripts/classify-time.ts [--model ID] [--colour]`: the classifier alone in Node on tfjs's wasm
// backend, 200 classifications of a 300 px face, to compare classifier changes without the browser's
// noise. It is given what the pipeline gives it: the crop's region of the frame in grey (pixels.ts,
// createGreyReader); `--colour` gives the region in RGB instead, as before the eighth round. Prints
// numbers; not a test.
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import * as tf from '@tensorflow/tfjs-core';
import { createClassifier } from '../src/capture/classifier';
import { fileFetch, initNodeBackend, MODELS, modelManifestUrl } from './lib/node-tf';

const { values } = parseArgs({
  options: {
    model: { type: 'string', default: 'emotion-ensemble' },
    colour: { type: 'boolean', default: false },
  },
});
await initNodeBackend('wasm');
const classifier = createClassifier(modelManifestUrl(join(MODELS, values.model)), fileFetch);
await classifier.load();
// A 300 px face and the region around it that the pipeline reads (cropRegion: the box, whole pixels).
const box = { x: 0.4, y: 0.7, width: 300, height: 300 };
const frame = (
  values.colour
    ? tf.randomUniform([302, 302, 3], 0, 255, 'int32')
    : tf.randomUniform([302, 302, 1], 0, 255, 'float32')
) as tf.Tensor3D;
for (let i = 0; i < 20; i++) await classifier.classify({ frame, box });
const ms: number[] = [];
for (let i = 0; i < 200; i++) {
  const t0 = performance.now();
  await classifier.classify({ frame, box });
  ms.push(performance.now() - t0);
}
ms.sort((a, b) => a - b);
console.log(
  `${values.model} classify (Node, wasm, ${values.colour ? 'colour' : 'grey'} crop): median ${ms[100]?.toFixed(2)} ms, p10 ${ms[20]?.toFixed(2)} ms`,
);
