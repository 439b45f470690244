import { describe, expect, it } from 'vitest';
import { applyOffsets } from '../../../src/core/calibration';
import { type CalibrationRun, expireRun, feedRun, startRun } from '../../../src/core/calibration-run';
import { type Emotion, scoresFrom, topEmotion } from '../../../src/core/emotions';
import type { Message } from '../../../src/core/message';
import type { Reading } from '../../../src/core/mood';
import { englishText } from '../../../src/shared/english';

const perf = { readMs: 1, detectMs: 1, classifyMs: 1, tensors: 0 };
const restingSad = scoresFrom((e: Emotion) => (e === 'sad' ? 0.55 : e === 'neutral' ? 0.35 : 0.02));
const face = (at: number, faceCount = 1): Reading => ({
  kind: 'face',
  at,
  perf,
  faceCount,
  scores: restingSad,
});
const feedAll = (run: CalibrationRun, readings: Reading[]) =>
  readings.reduce<{ run: CalibrationRun; offsets: ReturnType<typeof feedRun>['offsets'] }>(
    (acc, r) => {
      const next = feedRun(acc.run, r);
      return { run: next.run, offsets: next.offsets ?? acc.offsets };
    },
    { run, offsets: null },
  );

describe('a calibration run', () => {
  it('lasts 5 s at one reading a second, longer at slow intervals', () => {
    expect(startRun(1000, 1000)).toMatchObject({ phase: 'collecting', until: 6000 });
    expect(startRun(0, 4000)).toMatchObject({ until: 14_000 });
  });

  it('ignores frames read before Calibrate was pressed, however late they arrive', () => {
    const smile = (at: number): Reading => ({
      kind: 'face',
      at,
      perf,
      faceCount: 1,
      scores: scoresFrom((e) => (e === 'happy' ? 0.9 : 0.015)),
    });
    const { run } = feedAll(startRun(10_000, 1000), [smile(9000), smile(9500), smile(9900), face(15_000)]);
    expect(run).toMatchObject({ phase: 'failed', issue: { key: 'calibrate_oneReading' } });
    expect(run.phase === 'failed' && englishText(run.issue as Message)).toMatch(/^Only 1 clear reading/);
  });

  it('learns offsets from the readings and ends done', () => {
    const { run, offsets } = feedAll(
      startRun(0, 1000),
      [1000, 2000, 3000, 4000, 5000].map((t) => face(t)),
    );
    expect(run).toEqual({ phase: 'done', at: 5000 });
    expect(offsets).not.toBeNull();
    expect(topEmotion(applyOffsets(restingSad, offsets))).toBe('neutral');
  });

  it('counts only readings of exactly one face', () => {
    const readings: Reading[] = [
      face(1000, 2),
      { kind: 'no-face', at: 2000, perf },
      { kind: 'too-dark', at: 3000, luma: 5, perf },
      face(4000),
      face(5000),
    ];
    const { run, offsets } = feedAll(startRun(0, 1000), readings);
    expect(offsets).toBeNull();
    expect(run).toMatchObject({ phase: 'failed', issue: { key: 'calibrate_fewReadings' } });
    expect(run.phase === 'failed' && englishText(run.issue as Message)).toMatch(/Only 2 clear readings/);
  });

  it('ignores readings once it has ended', () => {
    const done: CalibrationRun = { phase: 'done', at: 1 };
    expect(feedRun(done, face(2)).run).toBe(done);
  });

  it('fails when readings stop arriving, after a grace period', () => {
    const run = startRun(0, 1000);
    expect(expireRun(run, 14_000)).toBe(run);
    expect(expireRun(run, 16_000)).toMatchObject({
      phase: 'failed',
      issue: { key: 'calibrate_noReadings' },
    });
  });
});
