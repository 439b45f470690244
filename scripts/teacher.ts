// `npm run teacher -- --model human-emotion --split Training --out lab/runs/teacher/human-Training.f32`
// Writes a model's probabilities for every face of a split (N x 7 float32, FER2013 class order, the
// split's row order), averaged with the mirrored face, for knowledge distillation in lab/ (`train.py
// --teacher`); with --plain, exactly as the extension runs it, for choosing ensemble weights (`lab/ensemble`).
// The model runs exactly as in the extension: its manifest, our preprocessing. `--model face-api` works too.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { createClassifier } from '../src/capture/classifier';
import { EMOTIONS, scoresFrom, topEmotion } from '../src/core/emotions';
import { classifyFace, loadFaces, mirrorFace, type SplitName } from './lib/faces';
import { manifestUrlFor } from './lib/model-source';
import { fileFetch, initNodeBackend } from './lib/node-tf';

const { values } = parseArgs({
  options: {
    data: { type: 'string', default: join(import.meta.dirname, '..', '..', 'shared', 'data', 'fer2013') },
    split: { type: 'string', default: 'Training' },
    model: { type: 'string', default: 'human-emotion' },
    out: { type: 'string' },
    limit: { type: 'string' },
    // As the extension runs the model (no extra mirror averaging): for choosing ensemble weights.
    plain: { type: 'boolean', default: false },
    // Without the manifest's class offsets: an ensemble member's own output, as the ensemble combines it.
    raw: { type: 'boolean', default: false },
  },
});
if (!values.out) throw new Error('--out <file.f32> is required');

await initNodeBackend('wasm');
const faces = loadFaces(values.data, values.split as SplitName).slice(0, Number(values.limit ?? Infinity));
const classifier = createClassifier(manifestUrlFor(values.model), fileFetch, {
  raw: values.raw,
});
await classifier.load();
const out = new Float32Array(faces.length * EMOTIONS.length);
let correct = 0;
const started = performance.now();
for (const [i, face] of faces.entries()) {
  const a = await classifyFace(classifier, face);
  const b = values.plain ? a : await classifyFace(classifier, mirrorFace(face));
  const averaged = scoresFrom((e) => (a[e] + b[e]) / 2);
  out.set(
    EMOTIONS.map((e) => averaged[e]),
    i * EMOTIONS.length,
  );
  if (topEmotion(averaged) === face.label) correct++;
  if (i % 5000 === 4999)
    console.log(`${i + 1} faces, ${((performance.now() - started) / (i + 1)).toFixed(1)} ms each`);
}
classifier.dispose();
mkdirSync(dirname(values.out), { recursive: true });
writeFileSync(values.out, Buffer.from(out.buffer));
console.log(
  `${values.model} on ${faces.length} ${values.split} faces: accuracy ${(correct / faces.length).toFixed(4)}${values.plain ? '' : ' (mirror-averaged)'}; wrote ${values.out}`,
);
