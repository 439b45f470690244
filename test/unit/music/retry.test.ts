import { describe, expect, it } from 'vitest';
import { decide, retryAfterMs } from '../../../src/core/music/retry';

describe('retry and back-off decisions', () => {
  it.each([
    [200, 0, false, undefined, { kind: 'ok' }],
    [401, 0, false, undefined, { kind: 'refresh' }],
    [401, 0, true, undefined, { kind: 'sign-in', reason: 'Spotify sign-in expired.' }],
    [429, 0, false, '2', { kind: 'wait', ms: 2000 }],
    [429, 2, false, '2', { kind: 'fallback', reason: 'Spotify is rate-limiting requests.' }],
    [429, 0, false, '3600', { kind: 'fallback', reason: 'Spotify is rate-limiting requests.' }],
    [503, 0, false, undefined, { kind: 'wait', ms: 500 }],
    [503, 1, false, undefined, { kind: 'wait', ms: 1000 }],
    [503, 2, false, undefined, { kind: 'fallback', reason: 'Spotify is having trouble (HTTP 503).' }],
    ['network', 2, false, undefined, { kind: 'fallback', reason: 'You seem to be offline.' }],
    ['timeout', 0, false, undefined, { kind: 'wait', ms: 500 }],
    [400, 0, false, undefined, { kind: 'fail', reason: 'Spotify refused the request (HTTP 400).' }],
  ] as const)(
    '%s on attempt %i (refreshed %s, Retry-After %s)',
    (outcome, attempt, refreshed, retryAfter, want) => {
      expect(decide(outcome, attempt, { refreshed, retryAfter })).toEqual(want);
    },
  );

  it('reads Retry-After as seconds or an HTTP date', () => {
    const now = Date.parse('2026-11-24T03:00:00Z');
    expect(retryAfterMs('5', now)).toBe(5000);
    expect(retryAfterMs('Tue, 24 Nov 2026 03:00:07 GMT', now)).toBe(7000);
    expect(retryAfterMs('soon', now)).toBe(1000);
    expect(retryAfterMs(null, now)).toBe(1000);
  });
});
