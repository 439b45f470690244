import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MODELS_DIR } from '../../../scripts/hash-models';
import type { Scores } from '../../../src/core/emotions';
import { judgeProbe, needsCheck, PROBE_TOLERANCE, parseProbeManifest } from '../../../src/core/probe';
import { MODEL_IDS } from '../../../src/shared/models';

const shipped = JSON.parse(readFileSync(join(MODELS_DIR, 'probe', 'manifest.json'), 'utf8'));
const expected = parseProbeManifest(shipped).expected['emotion-ensemble'] as Scores;

describe('the probe check', () => {
  it('the shipped probe has a reference for every shipped classifier', () => {
    expect(Object.keys(parseProbeManifest(shipped).expected).sort()).toEqual([...MODEL_IDS].sort());
  });

  it('passes a reading within the tolerance, with the same top mood', () => {
    const got = { ...expected, happy: expected.happy - 0.03, neutral: expected.neutral + 0.03 };
    expect(judgeProbe(expected, got)).toEqual({ ok: true, worst: expect.closeTo(0.03, 6) });
  });

  it('fails what webgl read before the fix (the smiling probe as angry 51 %)', () => {
    // Scores of the extension's webgl path on SwiftShader with Human's shape uniforms left on.
    const faulty: Scores = {
      angry: 0.506,
      disgust: 0.01,
      fear: 0.053,
      happy: 0.009,
      sad: 0.088,
      surprise: 0.097,
      neutral: 0.237,
    };
    expect(judgeProbe(expected, faulty)).toMatchObject({
      ok: false,
      why: 'differs',
      expectedTop: 'happy',
      gotTop: 'angry',
    });
  });

  it('fails a drift beyond the tolerance even when the top mood holds', () => {
    const got = { ...expected, happy: expected.happy - 2 * PROBE_TOLERANCE, neutral: expected.neutral + 0.1 };
    expect(judgeProbe(expected, got)).toMatchObject({ ok: false, why: 'differs', gotTop: 'happy' });
  });

  it('fails when there is nothing to compare: no reference for the model, or no face found', () => {
    expect(judgeProbe(undefined, expected)).toEqual({ ok: false, why: 'no-reference' });
    expect(judgeProbe(expected, null)).toEqual({ ok: false, why: 'no-face' });
  });

  it.each([
    ['wasm', null, 'm', false],
    ['wasm', 'other', 'm', false],
    ['webgl', null, 'm', true],
    ['webgl', 'm', 'm', false],
    ['webgl', 'm', 'n', true],
    ['webgpu', null, 'm', true],
  ] as const)('on %s, with %s passed, model %s is checked: %s', (backend, checked, id, want) => {
    expect(needsCheck(backend, checked, id)).toBe(want);
  });

  it.each([
    [{ ...shipped, frame: '../../secret.png' }, /PNG file name/],
    [{ ...shipped, frame: 'face.jpg' }, /PNG file name/],
    [{ ...shipped, expected: null }, /map model ids/],
    [{ ...shipped, expected: { x: { happy: 1 } } }, /all seven/],
    [{ ...shipped, expected: { x: null } }, /all seven/],
    [{ ...shipped, expected: { x: { ...expected, happy: 2 } } }, /each 0-1/],
    [null, /PNG file name/],
  ])('rejects a bad probe manifest (%#)', (raw, why) => {
    expect(() => parseProbeManifest(raw)).toThrow(why);
  });
});
