// A failed calibration says why in a key the popup translates (its English stays in `reason`), and
// storage keeps a sound one and drops a damaged one.
import { describe, expect, it } from 'vitest';
import { expireRun, feedRun, startRun } from '../../../src/core/calibration-run';
import { scoresFrom } from '../../../src/core/emotions';
import type { Reading } from '../../../src/core/mood';
import { calibrationRunDef } from '../../../src/shared/calibration-items';
import { decodeItem } from '../../../src/shared/storage-item';
import { expectKnownMessage } from '../../support/catalogue';

const face = (at: number): Reading => ({
  kind: 'face',
  at,
  perf: { readMs: 1, detectMs: 1, classifyMs: 1, tensors: 0 },
  faceCount: 1,
  scores: scoresFrom(() => 1 / 7),
});

const failAfter = (readings: number) => {
  let run = startRun(0, 1000);
  for (let i = 1; i <= readings; i++) run = feedRun(run, face(i * 100)).run;
  // A reading after the end only closes the run.
  return feedRun(run, face(6000)).run;
};

describe('calibration failures', () => {
  it.each([
    [0, 'calibrate_fewReadings'],
    [1, 'calibrate_oneReading'],
    [2, 'calibrate_fewReadings'],
  ])('%i readings of one face: %s', (count, key) => {
    const run = failAfter(count);
    if (run.phase !== 'failed' || !run.issue) throw new Error(`not failed: ${JSON.stringify(run)}`);
    expect(run.issue).toEqual({ key, subs: { count, seconds: 5 } });
    expectKnownMessage(run.issue);
  });

  it('a run whose readings stopped', () => {
    const run = expireRun(startRun(0, 1000), 60_000);
    expect(run).toMatchObject({ phase: 'failed', issue: { key: 'calibrate_noReadings' } });
    if (run.phase === 'failed' && run.issue) expectKnownMessage(run.issue);
  });

  it('storage keeps a sound issue and drops a damaged one, keeping the run', () => {
    const issue = { key: 'calibrate_noReadings' };
    const stored = (value: unknown) => decodeItem(calibrationRunDef, { v: 1, value }).value;
    expect(stored({ phase: 'failed', at: 1, reason: 'r', issue })).toEqual({
      phase: 'failed',
      at: 1,
      reason: 'r',
      issue,
    });
    expect(stored({ phase: 'failed', at: 1, reason: 'r', issue: { key: 3 } })).toEqual({
      phase: 'failed',
      at: 1,
      reason: 'r',
    });
    expect(stored({ phase: 'failed', at: 1, reason: 'r', issue: { key: 'k', subs: { x: {} } } })).toEqual({
      phase: 'failed',
      at: 1,
      reason: 'r',
    });
  });
});
