import { describe, expect, it } from 'vitest';
import { applyOffsets, calibratedOffsets, parseOffsets, restingOffsets } from '../../../src/core/calibration';
import { EMOTIONS, type Emotion, type Scores, scoresFrom, topEmotion } from '../../../src/core/emotions';

const reads = (top: Emotion, p: number, second: Emotion = 'neutral', q = 0): Scores =>
  scoresFrom((e) => (e === top ? p : e === second ? q : (1 - p - q) / 5));
const sum = (s: Scores) => EMOTIONS.reduce((a, e) => a + s[e], 0);

describe('class offsets', () => {
  it('no offsets leave the scores as they are', () => {
    const s = reads('sad', 0.6, 'neutral', 0.3);
    expect(applyOffsets(s, null)).toBe(s);
    expect(applyOffsets(s, {})).toEqual(s);
  });

  it('shift the decision and keep a distribution', () => {
    const s = reads('sad', 0.5, 'neutral', 0.4);
    const shifted = applyOffsets(s, { sad: -0.5 });
    expect(topEmotion(shifted)).toBe('neutral');
    expect(sum(shifted)).toBeCloseTo(1, 9);
    // p * exp(b), renormalised: the ratio neutral/sad grows by exactly e^0.5
    expect(shifted.neutral / shifted.sad).toBeCloseTo((0.4 / 0.5) * Math.exp(0.5), 9);
  });
});

describe('resting offsets', () => {
  it('make a resting face that reads sad read neutral, by the margin', () => {
    const rest = reads('sad', 0.6, 'neutral', 0.3);
    const offsets = restingOffsets([rest], { margin: 0.5, floor: -3 });
    const calibrated = applyOffsets(rest, offsets);
    expect(topEmotion(calibrated)).toBe('neutral');
    expect(Math.log(calibrated.neutral) - Math.log(calibrated.sad)).toBeCloseTo(0.5, 6);
  });

  it('leave classes already below neutral alone, so a smile still reads happy', () => {
    const offsets = restingOffsets([reads('sad', 0.6, 'neutral', 0.3)], { margin: 0.5, floor: -3 });
    expect(Object.keys(offsets)).toEqual(['sad']);
    expect(topEmotion(applyOffsets(reads('happy', 0.8), offsets))).toBe('happy');
  });

  it('never correct by more than the floor', () => {
    const offsets = restingOffsets([reads('angry', 0.98, 'neutral', 0.001)], { margin: 0.5, floor: -2.5 });
    expect(offsets.angry).toBe(-2.5);
  });

  it('average several readings (in log space)', () => {
    const a = reads('sad', 0.6, 'neutral', 0.3);
    const b = reads('neutral', 0.6, 'sad', 0.3);
    // Equal and opposite: the mean puts sad and neutral level, so sad is lowered by the margin alone.
    expect(restingOffsets([a, b], { margin: 0.5, floor: -3 }).sad).toBeCloseTo(-0.5, 9);
  });

  it('refuse to calibrate on nothing', () => {
    expect(() => restingOffsets([])).toThrow(/at least one/);
  });
});

describe('calibrated offsets', () => {
  // A model whose own offsets pull every face towards neutral (as the shipped ones do).
  const pull = { angry: -1.5, sad: -1, surprise: -1, neutral: 0 };
  const params = { margin: 0.5, floor: -3 };

  it('with the whole model bias kept, are the resting offsets of the readings as they are', () => {
    const rest = applyOffsets(reads('sad', 0.6, 'neutral', 0.3), pull);
    expect(calibratedOffsets([rest], pull, { ...params, keepBias: 1 })).toEqual(
      restingOffsets([rest], params),
    );
  });

  it('without it, give a calibrated frown back the anger that the pull muted', () => {
    const raw = reads('angry', 0.45, 'neutral', 0.35);
    const asRead = applyOffsets(raw, pull);
    expect(topEmotion(asRead)).toBe('neutral');
    const rest = applyOffsets(reads('neutral', 0.7, 'sad', 0.2), pull);
    const offsets = calibratedOffsets([rest], pull, { ...params, keepBias: 0 });
    expect(topEmotion(applyOffsets(asRead, offsets))).toBe('angry');
    // and the resting face itself still reads neutral, by the margin
    const calm = applyOffsets(rest, offsets);
    expect(topEmotion(calm)).toBe('neutral');
    for (const e of EMOTIONS)
      if (e !== 'neutral') expect(Math.log(calm.neutral) - Math.log(calm[e])).toBeGreaterThan(0.5 - 1e-9);
  });

  it('count the floor from the reading as it was, so giving the pull back does not eat the correction', () => {
    // Read as sad 0.5 / neutral 0.3 with the pull in; without it sad is 1 log unit further ahead.
    const asRead = reads('sad', 0.5, 'neutral', 0.3);
    const offsets = calibratedOffsets([asRead], pull, { margin: 4, floor: -2.5, keepBias: 0 });
    // The net change from the reading as it was is at most the floor...
    expect(offsets.sad).toBeCloseTo(-2.5, 9);
    // ...and it is enough to make this face read neutral again, clearly.
    const calm = applyOffsets(asRead, offsets);
    expect(topEmotion(calm)).toBe('neutral');
    expect(calm.neutral - calm.sad).toBeGreaterThan(0.1);
  });

  it('with no model bias, are the resting offsets', () => {
    const rest = reads('sad', 0.6, 'neutral', 0.3);
    expect(calibratedOffsets([rest], undefined, { ...params, keepBias: 0 })).toEqual(
      restingOffsets([rest], params),
    );
  });
});

describe('stored offsets', () => {
  it.each([
    [
      { sad: -1, angry: -0.25 },
      { sad: -1, angry: -0.25 },
    ],
    [{}, {}],
    [{ sadness: -1 }, null],
    [{ sad: Number.NaN }, null],
    [{ sad: 1e6 }, null],
    [{ sad: '-1' }, null],
    [[], null],
    [null, null],
    ['sad', null],
  ])('%j parses as %j', (raw, parsed) => {
    expect(parseOffsets(raw)).toEqual(parsed);
  });

  it('keys that are Object.prototype names are not emotions', () => {
    expect(parseOffsets(JSON.parse('{"__proto__": 1}'))).toBeNull();
    expect(parseOffsets({ constructor: 1 })).toBeNull();
  });
});
