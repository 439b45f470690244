// The shipped text mood model as the extension runs it (src/text + the shared tokeniser) in Node's tfjs
// wasm: its manifest, parity with PyTorch on the lab's probe sentences, and no tensor left behind.
import { join } from 'node:path';
import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { fileFetch, initNodeBackend, MODELS, modelManifestUrl } from '../../../scripts/lib/node-tf';
import { textParity } from '../../../scripts/text-bench';
import { parseTextModelManifest } from '../../../src/core/text-model-manifest';
import { loadTextModel, type TextMoodModel } from '../../../src/text/text-model';

let model: TextMoodModel;
beforeAll(async () => {
  await initNodeBackend('wasm');
  model = await loadTextModel(modelManifestUrl(join(MODELS, 'text-mood')), fileFetch);
});

describe('text-mood', () => {
  it('same top mood as PyTorch on every probe sentence, probabilities within float32 noise', async () => {
    const p = await textParity(model);
    expect(p.n).toBeGreaterThanOrEqual(30);
    expect(p.sameTop).toBe(p.n);
    expect(p.maxAbsDiff).toBeLessThan(1e-3);
  });

  it('reads the issue example as angry', async () => {
    const s = await model.read('I am so angry about this');
    expect(Math.max(...Object.values(s))).toBe(s.angry);
  });

  it('leaves no tensor behind over many sentences', async () => {
    await model.read('warm');
    const before = tf.memory().numTensors;
    for (let i = 0; i < 50; i++) await model.read(`sentence number ${i} with some words`);
    expect(tf.memory().numTensors).toBe(before);
  });

  it.each([
    [{ tokenizer: { version: 99, buckets: 65536, maxWords: 64 } }, /tokenizer.version/],
    [{ tokenizer: { version: 1, buckets: 0, maxWords: 64 } }, /buckets/],
    [{ labels: ['angry'] }, /labels/],
    [{ language: '' }, /language/],
  ])('rejects a bad manifest (%#)', (change, why) => {
    expect(() => parseTextModelManifest({ ...model.manifest, ...change })).toThrow(why);
  });
});
