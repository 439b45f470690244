// The shipped Xception in tfjs (the extension's classifier and preprocessing) against PyTorch's
// probabilities for the same 70 faces, saved by lab/emotune_lab/package.py when the model was exported.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { initNodeBackend, MODELS } from '../../../scripts/lib/node-tf';
import { checkParity } from '../../../scripts/parity';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures');

beforeAll(() => initNodeBackend('wasm'));

describe('emotion-xception parity with PyTorch', () => {
  it('same class on all 70 faces, probabilities within the float16 tolerance', async () => {
    const r = await checkParity(
      join(MODELS, 'emotion-xception'),
      join(FIXTURES, 'parity', 'emotion-xception.json'),
      join(FIXTURES, 'fer2013-sample'),
    );
    expect(r.faces).toBe(70);
    expect(r.sameClass).toBe(70);
    // Weights are stored as float16 (PyTorch ran the float32 weights): see the model card.
    expect(r.maxAbsDiff).toBeLessThan(5e-3);
  });
});
