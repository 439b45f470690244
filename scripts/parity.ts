// The exported model in tfjs (the extension's own classifier and preprocessing, wasm backend) against the
// PyTorch probabilities the lab saved for the same faces. Exits 1 past the tolerance.
//   tsx scripts/parity.ts --model-dir models/emotion-xception --reference test/fixtures/parity/emotion-xception.json
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createClassifier } from '../src/capture/classifier';
import { topEmotion } from '../src/core/emotions';
import { classifyFace, loadFaces } from './lib/faces';
import { fileFetch, initNodeBackend, modelManifestUrl } from './lib/node-tf';

export interface ParityResult {
  faces: number;
  maxAbsDiff: number;
  sameClass: number;
}

export async function checkParity(
  modelDir: string,
  referencePath: string,
  faceDir: string,
): Promise<ParityResult> {
  const reference = JSON.parse(readFileSync(referencePath, 'utf8')) as {
    faces: string[];
    probabilities: number[][];
  };
  const faces = loadFaces(faceDir);
  const classifier = createClassifier(modelManifestUrl(modelDir), fileFetch);
  await classifier.load();
  const labels = classifier.manifest.labels;
  let maxAbsDiff = 0;
  let sameClass = 0;
  for (const [i, name] of reference.faces.entries()) {
    const face = faces.find((f) => f.name === name);
    const want = reference.probabilities[i];
    if (!face || !want) throw new Error(`reference face ${name} not found in ${faceDir}`);
    const got = await classifyFace(classifier, face);
    labels.forEach((label, j) => {
      maxAbsDiff = Math.max(maxAbsDiff, Math.abs(got[label] - (want[j] ?? Number.NaN)));
    });
    const wantTop = labels[want.indexOf(Math.max(...want))];
    if (topEmotion(got) === wantTop) sameClass++;
  }
  classifier.dispose();
  return { faces: reference.faces.length, maxAbsDiff, sameClass };
}

if (process.argv[1] === import.meta.filename) {
  const { values } = parseArgs({
    options: {
      'model-dir': { type: 'string' },
      reference: { type: 'string' },
      faces: { type: 'string', default: 'test/fixtures/fer2013-sample' },
      tolerance: { type: 'string', default: '1e-3' },
    },
  });
  if (!values['model-dir'] || !values.reference) throw new Error('--model-dir and --reference are required');
  await initNodeBackend('wasm');
  const r = await checkParity(values['model-dir'], values.reference, values.faces);
  const ok = r.maxAbsDiff <= Number(values.tolerance) && r.sameClass === r.faces;
  console.log(
    `parity: ${r.faces} faces, same class ${r.sameClass}/${r.faces}, max |p_tfjs - p_torch| = ${r.maxAbsDiff.toExponential(2)} (tolerance ${values.tolerance}) ${ok ? 'OK' : 'FAILED'}`,
  );
  process.exit(ok ? 0 : 1);
}
