// The lab end to end on small data: train a few hundred faces for one short epoch, export to tfjs, load
// it with the extension's classifier and check parity with PyTorch; the baselines on a subset; the
// Python unit tests; and `npm run eval` on the committed 70-face sample. Full training is not in CI.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initNodeBackend } from '../../scripts/lib/node-tf';
import { checkParity } from '../../scripts/parity';
import { packSample } from './pack-sample';

const ROOT = join(import.meta.dirname, '..', '..');
const LAB = join(ROOT, 'lab');
const SAMPLE = join(ROOT, 'test', 'fixtures', 'fer2013-sample');
const python = (...args: string[]) =>
  execFileSync('/usr/bin/python3', args, { cwd: LAB, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

let work: string;
/** The sample in FER2013's packed layout: the lab's tests need no dataset beside the clone. */
let FER: string;
beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'emotune-lab-'));
  FER = packSample(SAMPLE, join(work, 'fer2013'));
  await initNodeBackend('wasm');
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Exports a run as a model folder with its PyTorch reference, then runs the parity check in tfjs. */
function packageAndCheck(run: string, id: string, quantize?: 'float16', classBias?: string) {
  const reference = join(work, `${id}.json`);
  const args = [
    '-m',
    'emotune_lab.package',
    '--run',
    run,
    '--out',
    join(work, id),
    '--id',
    id,
    '--reference',
    reference,
  ];
  python(
    ...args,
    ...(quantize ? ['--quantize', quantize] : []),
    ...(classBias ? ['--class-bias', classBias] : []),
  );
  return checkParity(join(work, id), reference, SAMPLE);
}

describe('lab', () => {
  it('python unit tests pass', () => {
    expect(python('-m', 'unittest', 'discover', '-s', 'tests', '-t', '.')).toBeDefined();
  });

  it('smoke: trains, exports to tfjs, and tfjs matches PyTorch within 1e-3 (float32)', async () => {
    const run = join(work, 'run');
    python('-m', 'emotune_lab.train', '--recipe', 'smoke', '--out', run, '--data', FER);
    expect(JSON.parse(readFileSync(join(run, 'train.json'), 'utf8')).recipe.name).toBe('smoke');
    const float32 = await packageAndCheck(run, 'smoke32');
    expect(float32.faces).toBe(70);
    expect(float32.sameClass).toBe(70);
    expect(float32.maxAbsDiff).toBeLessThan(1e-3);
    // float16 weights: a documented, looser tolerance.
    expect((await packageAndCheck(run, 'smoke16', 'float16')).maxAbsDiff).toBeLessThan(1e-2);
    // A manifest's classBias (ensemble.py's choice) is applied the same way in PyTorch and in the extension.
    const bias = join(work, 'bias.json');
    writeFileSync(bias, JSON.stringify({ classBias: { sad: -1.5, neutral: 0.7, happy: 0.2 } }));
    const biased = await packageAndCheck(run, 'smoke-bias', undefined, bias);
    expect(biased.maxAbsDiff).toBeLessThan(1e-3);
    expect(JSON.parse(readFileSync(join(work, 'smoke-bias', 'manifest.json'), 'utf8')).classBias).toEqual({
      sad: -1.5,
      neutral: 0.7,
      happy: 0.2,
    });
  }, 240_000);

  it('baselines run on a subset and report every metric', () => {
    const out = join(work, 'baselines');
    python('-m', 'emotune_lab.baselines', '--out', out, '--limit', '200', '--data', FER);
    const r = JSON.parse(readFileSync(join(out, 'baselines.json'), 'utf8'));
    for (const name of ['naive_bayes', 'knn', 'random_forest', 'svm']) {
      expect(r[name].n).toBe(70); // the packed sample's PrivateTest
      expect(r[name].accuracy).toBeGreaterThan(0);
      expect(r[name].confusion).toHaveLength(7);
      expect(Object.keys(r[name].per_class)).toHaveLength(7);
    }
  }, 240_000);

  it('npm run eval compares models on the 70-face sample and ends with the summary line', () => {
    const out = execFileSync(
      'npx',
      ['tsx', 'scripts/eval.ts', '--data', SAMPLE, '--model', 'human-emotion', '--model', 'face-api'],
      { cwd: ROOT, encoding: 'utf8' },
    );
    const lines = out.trim().split('\n');
    expect(lines.filter((l) => /^model=\S+ accuracy=0\.\d{4} macro_f1=0\.\d{4} n=70$/.test(l))).toHaveLength(
      2,
    );
    expect(lines.at(-1)).toMatch(/^model=face-api accuracy=0\.\d{4} macro_f1=0\.\d{4} n=70$/);
  }, 120_000);
});
