// What the popup says for each state: keys of the catalogue with exactly their placeholders, and the
// English the background still writes.
import { describe, expect, it } from 'vitest';
import type { MoodStatus } from '../../../src/core/mood';
import { statusMessage, statusText } from '../../../src/core/status-text';
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

describe('status text', () => {
  it('says nothing when all is well and something actionable otherwise', () => {
    expect(statusText('ok', null)).toBeNull();
    expect(statusText('no-face', null)).toMatch(/No face/);
    expect(statusText('error', 'model 404')).toBe('Something went wrong: model 404');
  });
});
