import { describe, expect, it } from 'vitest';
import { type Emotion, scoresFrom } from '../../../src/core/emotions';
import {
  applyCameraEvent,
  applyReading,
  initialSnapshot,
  type MoodSnapshot,
  type Reading,
} from '../../../src/core/mood';

const perf = { readMs: 1, detectMs: 1, classifyMs: 1, tensors: 0 };
const face = (top: Emotion, p = 0.9, at = 0, faceCount = 1): Reading => ({
  kind: 'face',
  at,
  perf,
  faceCount,
  scores: scoresFrom((e) => (e === top ? p : (1 - p) / 6)),
});
const run = (readings: Reading[], s: MoodSnapshot = initialSnapshot()) =>
  readings.reduce((acc, r) => applyReading(acc, r), s);

describe('stable mood with hysteresis', () => {
  it('takes the first face as the mood at once', () => {
    const s = run([face('happy', 0.9, 5)]);
    expect(s).toMatchObject({ status: 'ok', mood: 'happy', moodSince: 5, faceCount: 1 });
    expect(s.confidence).toBeCloseTo(0.9);
  });

  it('ignores a single mis-read frame (no flicker)', () => {
    const s = run([face('happy'), face('happy'), face('sad'), face('happy'), face('sad'), face('happy')]);
    expect(s.mood).toBe('happy');
  });

  it.each([
    [2, 'happy'],
    [3, 'happy'],
    [4, 'sad'],
  ] as const)('after %i sad frames the mood is %s (a challenger must lead for 3 readings)', (n, mood) => {
    const s = run([face('happy'), face('happy'), ...Array.from({ length: n }, () => face('sad'))]);
    expect(s.mood).toBe(mood);
  });

  it('resets the challenger streak when the lead is lost', () => {
    const s = run([face('happy'), face('sad'), face('sad'), face('happy'), face('happy'), face('sad')]);
    expect(s.mood).toBe('happy');
    expect(s.challengerStreak).toBeLessThanOrEqual(1);
  });

  it('smoothed scores stay a distribution', () => {
    const s = run([face('happy'), face('sad', 0.6), face('angry', 0.7)]);
    const total = Object.values(s.scores ?? {}).reduce((a, b) => a + b, 0);
    expect(total).toBeCloseTo(1, 6);
  });
});

describe('unclear readings', () => {
  // Two emotions neck and neck: 0.45 / 0.40, the rest spread thin.
  const tied = (a: Emotion, b: Emotion, at = 0): Reading => ({
    kind: 'face',
    at,
    perf,
    faceCount: 1,
    scores: scoresFrom((e) => (e === a ? 0.45 : e === b ? 0.4 : 0.03)),
  });

  it('a first face with no clear leader gives no mood, and says it is unclear', () => {
    const s = run([tied('sad', 'neutral'), tied('sad', 'neutral')]);
    expect(s).toMatchObject({ status: 'ok', mood: null, unclear: true });
  });

  it('unclear readings never change the mood, however many', () => {
    const s = run([face('happy'), ...Array.from({ length: 12 }, (_, i) => tied('sad', 'angry', i + 1))]);
    expect(s.unclear).toBe(true);
    expect(s.mood).toBe('happy');
    expect(s.challengerStreak).toBe(0);
  });

  it('a clear lead after unclear readings settles the mood as usual', () => {
    const s = run([tied('sad', 'neutral'), face('neutral'), face('neutral')]);
    expect(s).toMatchObject({ mood: 'neutral', unclear: false });
  });

  it.each([
    [0.5, 0.45, true],
    [0.5, 0.35, false],
  ])('top %f against second %f is unclear: %s (gap 0.1)', (a, b, unclear) => {
    const r: Reading = {
      kind: 'face',
      at: 0,
      perf,
      faceCount: 1,
      scores: scoresFrom((e) => (e === 'happy' ? a : e === 'sad' ? b : (1 - a - b) / 5)),
    };
    expect(run([r]).unclear).toBe(unclear);
  });
});

describe('explicit states', () => {
  it.each([
    [{ kind: 'no-face', at: 9, perf } as Reading, 'no-face'],
    [{ kind: 'too-dark', at: 9, luma: 10, perf } as Reading, 'too-dark'],
    [face('happy', 0.9, 9, 3), 'several-faces'],
  ])('%o -> %s', (reading, status) => {
    const s = applyReading(run([face('happy')]), reading);
    expect(s.status).toBe(status);
    expect(s.lastReadingAt).toBe(9);
  });

  it('no face keeps the last mood (shown as stale by the popup)', () => {
    const s = applyReading(run([face('happy')]), { kind: 'no-face', at: 1, perf });
    expect(s.mood).toBe('happy');
  });

  it.each([
    ['off', 'camera-off', false],
    ['denied', 'camera-denied', false],
    ['no-camera', 'no-camera', false],
    ['busy', 'camera-busy', false],
    ['ended', 'camera-ended', false],
    ['timeout', 'camera-timeout', false],
    ['error', 'error', false],
    ['starting', 'starting', true],
  ] as const)('camera %s -> status %s, active %s', (state, status, active) => {
    const s = applyCameraEvent(run([face('happy')]), { state, detail: 'x' });
    expect(s.status).toBe(status);
    expect(s.cameraActive).toBe(active);
  });

  it('a camera (re)start forgets old scores but keeps which backend and model were reported', () => {
    const running = applyCameraEvent(run([face('happy')]), { state: 'running', backend: 'wasm', model: 'm' });
    const restarted = applyCameraEvent(running, { state: 'starting' });
    expect(restarted).toMatchObject({
      mood: null,
      scores: null,
      status: 'starting',
      backend: 'wasm',
      model: 'm',
    });
  });

  it('a backend refused by the load-time check is kept across a restart and cleared by a clean report', () => {
    const refused = applyCameraEvent(initialSnapshot(), {
      state: 'running',
      backend: 'wasm',
      backendRefused: 'webgl',
      model: 'm',
    });
    expect(refused).toMatchObject({ backend: 'wasm', backendRefused: 'webgl' });
    expect(applyCameraEvent(refused, { state: 'starting' }).backendRefused).toBe('webgl');
    expect(applyCameraEvent(refused, { state: 'running', backend: 'webgl' }).backendRefused).toBeNull();
  });

  it('running after starting waits for the first frame before saying ok', () => {
    const s = applyCameraEvent(applyCameraEvent(initialSnapshot(), { state: 'starting' }), {
      state: 'running',
    });
    expect(s.status).toBe('starting');
    expect(s.cameraActive).toBe(true);
  });

  it('a reading after a one-frame error shows the camera active again (badge, auto-suggest)', () => {
    const failed = applyCameraEvent(run([face('happy')]), { state: 'error', detail: 'one frame failed' });
    const next = applyReading(failed, face('happy', 0.9, 20));
    expect(next).toMatchObject({ status: 'ok', cameraActive: true });
  });
});
