import { describe, expect, it } from 'vitest';
import type { Message } from '../../../src/core/message';
import { calibrationProfileDef, calibrationRunDef } from '../../../src/shared/calibration-items';
import { englishOf, englishText } from '../../../src/shared/english';
import { decodeItem } from '../../../src/shared/storage-item';

// Messages read in the English catalogue's words, as a browser in English shows them.
const english = (m: Message | readonly Message[] | null | undefined) =>
  m == null ? m : Array.isArray(m) ? englishOf(m) : englishText(m as Message);

const scores = { angry: 0.1, disgust: 0, fear: 0.1, happy: 0.1, sad: 0.5, surprise: 0, neutral: 0.2 };

describe('calibration profile', () => {
  it.each([
    [null, null],
    [
      { offsets: { sad: -1 }, model: 'emotion-xception', at: 5 },
      { offsets: { sad: -1 }, model: 'emotion-xception', at: 5 },
    ],
  ])('%j is kept', (value, expected) => {
    expect(decodeItem(calibrationProfileDef, { v: 1, value })).toMatchObject({
      value: expected,
      problem: null,
    });
  });

  it.each([
    ['offsets for an unknown class', { offsets: { bored: -1 }, model: 'm', at: 1 }],
    ['a non-finite offset', { offsets: { sad: null }, model: 'm', at: 1 }],
    ['no model', { offsets: {}, at: 1 }],
    ['a string', 'calibrated'],
  ])('%s: reset to uncalibrated, and said', (_, value) => {
    const read = decodeItem(calibrationProfileDef, { v: 1, value });
    expect(read.value).toBeNull();
    expect(english(read.problem)).toMatch(/invalid/);
  });
});

describe('calibration run', () => {
  it.each([
    [{ phase: 'collecting', startedAt: 0, until: 5000, samples: [scores] }],
    [{ phase: 'done', at: 1 }],
    // Written before the reason was a key: its English is shown as it is.
    [{ phase: 'failed', at: 1, reason: 'no face' }],
    [{ phase: 'failed', at: 1, issue: { key: 'calibrate_noReadings' } }],
  ])('%j is kept', (value) => {
    expect(decodeItem(calibrationRunDef, { v: 1, value }).value).toEqual(value);
  });

  it.each([
    [{ phase: 'collecting', startedAt: 0, until: 5000, samples: [{ sad: 1 }] }],
    [{ phase: 'failed', at: 1 }],
    [{ phase: 'failed', at: 1, issue: { key: 3 } }],
    [{ phase: 'paused', at: 1 }],
  ])('%j is dropped', (value) => {
    expect(decodeItem(calibrationRunDef, { v: 1, value }).value).toBeNull();
  });
});
