// What the popup says for each state: keys of the catalogue with exactly their placeholders, read in
// English as a browser in English shows them.
import { describe, expect, it } from 'vitest';
import type { MoodStatus } from '../../../src/core/mood';
import { statusMessage } from '../../../src/core/status-text';
import { englishText } from '../../../src/shared/english';
import { expectKnownMessage } from '../../support/catalogue';

const STATUSES: MoodStatus[] = [
  'starting',
  'several-faces',
  'no-face',
  'too-dark',
  'camera-off',
  'camera-denied',
  'no-camera',
  'camera-busy',
  'camera-ended',
  'camera-timeout',
  'stalled',
  'error',
];

describe('status messages', () => {
  it('says nothing when all is well', () => expect(statusMessage('ok', null)).toBeNull());

  it.each(STATUSES)('%s: a known key, with and without a detail', (status) => {
    for (const detail of [null, 'model 404']) {
      const m = statusMessage(status, detail);
      if (!m) throw new Error(`no message for ${status}`);
      expectKnownMessage(m);
    }
  });

  it.each([
    ['camera-ended', 'status_cameraEndedDetail'],
    ['camera-timeout', 'status_cameraTimeoutDetail'],
    ['error', 'status_errorDetail'],
  ] as const)('%s carries the detail as data', (status, key) => {
    expect(statusMessage(status, 'the page closed')).toEqual({ key, subs: { detail: 'the page closed' } });
  });

  it('each state has its own words', () => {
    const keys = STATUSES.map((s) => statusMessage(s, null)?.key);
    expect(new Set(keys).size).toBe(STATUSES.length);
  });
});

// The keys read in the English catalogue's words.
const english = (m: ReturnType<typeof statusMessage>) => m && englishText(m);

describe('status text', () => {
  it('says nothing when all is well and something actionable otherwise', () => {
    expect(statusMessage('ok', null)).toBeNull();
    expect(english(statusMessage('no-face', null))).toMatch(/No face/);
    expect(english(statusMessage('error', 'model 404'))).toBe('Something went wrong: model 404');
  });
});
