// `npm run eval:calibration -- --split PrivateTest [--model <id|folder>] [--margin 0.5] [--keep-bias 0]`
// Measures personal calibration (src/core/calibration.ts) on lfw-expressions: for every person of the
// split with two or more neutral photos, calibrate on their first neutral photo (by row) and classify all
// their other photos, with and without the calibration. Choose settings on the dev split (PublicTest),
// report on test (PrivateTest). The model runs exactly as the extension runs it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createClassifier } from '../src/capture/classifier';
import { applyOffsets, calibratedOffsets, DEFAULT_RESTING } from '../src/core/calibration';
import { EMOTIONS, type Emotion, type Scores, topEmotion } from '../src/core/emotions';
import { classifyFace, loadFaces, type SplitName } from './lib/faces';
import { computeMetrics } from './lib/metrics';
import { DEFAULT_MODEL_ID, manifestUrlFor } from './lib/model-source';
import { fileFetch, initNodeBackend } from './lib/node-tf';

const { values } = parseArgs({
  options: {
    data: {
      type: 'string',
      default: join(import.meta.dirname, '..', '..', 'shared', 'data', 'lfw-expressions'),
    },
    split: { type: 'string', default: 'PrivateTest' },
    model: { type: 'string', default: DEFAULT_MODEL_ID },
    margin: { type: 'string', multiple: true, default: [String(DEFAULT_RESTING.margin)] },
    // How much of the model's own class offsets a calibrated reading keeps (1 = all, as before issue 16;
    // 0 = none: the person's resting face alone sets the priors). Repeat to compare.
    'keep-bias': { type: 'string', multiple: true, default: [String(DEFAULT_RESTING.keepBias)] },
  },
});

/** Row -> person, from ids.txt (`row path person split`). */
function persons(dir: string): Map<number, string> {
  const map = new Map<number, string>();
  for (const line of readFileSync(join(dir, 'ids.txt'), 'utf8').split('\n')) {
    const [row, , person] = line.split(' ');
    if (row && person) map.set(Number(row), person);
  }
  return map;
}

await initNodeBackend('wasm');
const faces = loadFaces(values.data, values.split as SplitName);
const who = persons(values.data);
// Raw scores and the model's own offsets, so that a calibration can keep all, some or none of them.
const classifier = createClassifier(manifestUrlFor(values.model), fileFetch, { raw: true });
await classifier.load();
const modelBias = classifier.manifest.classBias;
const scored: { person: string; label: Emotion; scores: Scores }[] = [];
for (const face of faces) {
  const person = who.get(Number(face.name.replace('row', '')));
  if (!person) throw new Error(`${face.name}: no person in ids.txt`);
  const raw = await classifyFace(classifier, face);
  scored.push({ person, label: face.label, scores: applyOffsets(raw, modelBias) });
}
classifier.dispose();

const byPerson = new Map<string, typeof scored>();
for (const s of scored) byPerson.set(s.person, [...(byPerson.get(s.person) ?? []), s]);
for (const margin of values.margin.map(Number))
  for (const keepBias of values['keep-bias'].map(Number)) report(margin, keepBias);

function report(margin: number, keepBias: number) {
  const truth: Emotion[] = [];
  const plain: Emotion[] = [];
  const calibrated: Emotion[] = [];
  let people = 0;
  for (const photos of byPerson.values()) {
    const resting = photos.find((p) => p.label === 'neutral');
    if (!resting || photos.filter((p) => p.label === 'neutral').length < 2) continue;
    people++;
    const offsets = calibratedOffsets([resting.scores], modelBias, { ...DEFAULT_RESTING, margin, keepBias });
    for (const photo of photos) {
      if (photo === resting) continue;
      truth.push(photo.label);
      plain.push(topEmotion(photo.scores));
      calibrated.push(topEmotion(applyOffsets(photo.scores, offsets)));
    }
  }
  for (const [name, predicted] of [
    ['uncalibrated', plain],
    ['calibrated', calibrated],
  ] as const) {
    const m = computeMetrics(truth, predicted);
    const recalls = EMOTIONS.map((e) => `${e}=${m.perClass[e].recall.toFixed(3)}/${m.perClass[e].support}`);
    console.log(
      `${name} margin=${margin} keep_bias=${keepBias} people=${people} photos=${m.n} ` +
        `accuracy=${m.accuracy.toFixed(4)} macro_f1=${m.macroF1.toFixed(4)} recall/support: ${recalls.join(' ')}`,
    );
  }
}
