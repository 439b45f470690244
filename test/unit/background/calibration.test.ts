// The calibrator over the shared fake stores: a run fed by readings, offsets applied per model, and the
// shipped manifest's class bias read once per model.
import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createCalibrator, shippedClassBias } from '../../../src/background/calibration';
import type { Reading } from '../../../src/core/mood';
import { calibrationProfileDef, calibrationRunDef } from '../../../src/shared/calibration-items';
import { captureIntervalDef } from '../../../src/shared/settings';
import { fakeItem } from '../../support/fake-stores';

const perf = { readMs: 1, detectMs: 1, classifyMs: 1, tensors: 0 };
const resting = {
  angry: 0.3,
  disgust: 0.05,
  fear: 0.05,
  happy: 0.05,
  sad: 0.3,
  surprise: 0.05,
  neutral: 0.2,
};
const face = (at: number, faceCount = 1): Reading => ({ kind: 'face', at, perf, scores: resting, faceCount });
const MODEL = 'emotion-ensemble';

let clock = 1_000_000;
beforeEach(() => {
  fakeBrowser.reset();
  clock = 1_000_000;
});

function setup(classBias = vi.fn(async () => null)) {
  const items = {
    profile: fakeItem(calibrationProfileDef),
    run: fakeItem(calibrationRunDef),
    intervalMs: fakeItem(captureIntervalDef),
  };
  return { items, classBias, calibrator: createCalibrator({ items, classBias, now: () => clock }) };
}

async function calibrate(calibrator: ReturnType<typeof setup>['calibrator'], model = MODEL) {
  await calibrator.start();
  for (let t = 0; t <= 6000; t += 500) await calibrator.apply(face(clock + t), model);
}

describe('createCalibrator', () => {
  it('a run starts in storage.session and, fed 5 s of one face, stores offsets for that model', async () => {
    const { items, calibrator, classBias } = setup();
    await calibrator.start();
    expect((await fakeBrowser.storage.session.get('calibrationRun')).calibrationRun).toBeDefined();
    await calibrate(calibrator);
    expect((await items.run.get())?.phase).toBe('done');
    const profile = await items.profile.get();
    expect(profile?.model).toBe(MODEL);
    expect(classBias).toHaveBeenCalledWith(MODEL);
  });

  it('the offsets move a later reading of that model towards neutral, not another model’s', async () => {
    const { calibrator } = setup();
    await calibrate(calibrator);
    const after = await calibrator.apply(face(clock + 10_000), MODEL);
    expect(after.kind === 'face' && after.scores.neutral).toBeGreaterThan(resting.neutral);
    const other = await calibrator.apply(face(clock + 10_000), 'face-api');
    expect(other).toEqual(face(clock + 10_000));
  });

  it('too few one-face readings fail the run with a reason, and store nothing', async () => {
    const { items, calibrator } = setup();
    await calibrator.start();
    for (let t = 0; t <= 6000; t += 500) await calibrator.apply(face(clock + t, 2), MODEL);
    const run = await items.run.get();
    expect(run?.phase).toBe('failed');
    expect(await items.profile.get()).toBeNull();
  });

  it('reset forgets the run and the profile', async () => {
    const { items, calibrator } = setup();
    await calibrate(calibrator);
    await calibrator.reset();
    expect(await items.run.get()).toBeNull();
    expect(await items.profile.get()).toBeNull();
  });
});

describe('shippedClassBias', () => {
  it('reads a model’s classBias from its manifest once, and an unknown model or a failed read as none', async () => {
    const read = vi.fn(async (path: string) => {
      if (path.includes('gear-e2')) throw new Error('HTTP 404');
      return { classBias: { neutral: -0.5 } };
    });
    const bias = shippedClassBias(read);
    expect(await bias(MODEL)).toMatchObject({ neutral: -0.5 });
    expect(await bias(MODEL)).toMatchObject({ neutral: -0.5 });
    expect(read).toHaveBeenCalledTimes(1);
    expect(await bias('no-such-model')).toBeNull();
    expect(await bias('gear-e2')).toBeNull();
  });
});
