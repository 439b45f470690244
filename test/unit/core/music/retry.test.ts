import { describe, expect, it } from 'vitest';
import {
  type Decision,
  decide,
  QUOTA_PAUSE,
  quotaPauseMs,
  RULES,
  retryAfterMs,
} from '../../../../src/core/music/retry';
import { englishText } from '../../../../src/shared/english';

/** A decision with its reason read in the English catalogue's words. */
const inEnglish = (d: Decision) => ('reason' in d ? { ...d, reason: englishText(d.reason) } : d);

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
      expect(inEnglish(decide(outcome, attempt, { refreshed, retryAfter }))).toEqual(want);
    },
  );

  const spotifyError = (status: number, message: string, reason?: string) => ({
    error: { status, message, ...(reason ? { reason } : {}) },
  });
  it.each([
    [
      '403, owner without Premium',
      403,
      spotifyError(403, 'Active premium subscription required for the owner of the app'),
      { kind: 'unavailable', reason: RULES.premium.reason },
    ],
    [
      '403, user not on the app’s list',
      403,
      spotifyError(403, 'Check settings on developer.spotify.com/dashboard, the user may not be registered.'),
      { kind: 'unavailable', reason: RULES.allowList.reason },
    ],
    [
      '429 QUOTA_EXCEEDED (in error)',
      429,
      spotifyError(429, 'API rate limit exceeded', 'QUOTA_EXCEEDED'),
      { kind: 'unavailable', reason: RULES.quota.reason },
    ],
    [
      '429 QUOTA_EXCEEDED (top level)',
      429,
      { reason: 'QUOTA_EXCEEDED' },
      { kind: 'unavailable', reason: RULES.quota.reason },
    ],
    ['429 without a reason waits', 429, spotifyError(429, 'slow down'), { kind: 'wait', ms: 1000 }],
    [
      'another 403 is a refusal, not a rule',
      403,
      spotifyError(403, 'Insufficient client scope'),
      { kind: 'fail', reason: 'Spotify refused the request (HTTP 403).' },
    ],
    ['a 403 with no body', 403, null, { kind: 'fail', reason: 'Spotify refused the request (HTTP 403).' }],
  ] as const)('Spotify’s 2026 rules: %s', (_name, status, body, want) => {
    expect(inEnglish(decide(status, 0, { refreshed: false, body }))).toEqual(
      'reason' in want && typeof want.reason === 'object'
        ? { ...want, reason: englishText(want.reason) }
        : want,
    );
  });

  it('each rule has its own clear message', () => {
    expect(new Set([RULES.premium.reason.key, RULES.allowList.reason.key, RULES.quota.reason.key]).size).toBe(
      3,
    );
    expect(englishText(RULES.premium.reason)).toMatch(/Premium/);
    expect(englishText(RULES.allowList.reason)).toMatch(/User Management.*5 people/);
    expect(englishText(RULES.quota.reason)).toMatch(/QUOTA_EXCEEDED/);
  });

  it.each([
    [null, QUOTA_PAUSE.minMs],
    ['60', QUOTA_PAUSE.minMs],
    ['3600', 3_600_000],
    ['604800', QUOTA_PAUSE.maxMs],
  ])('a spent quota with Retry-After %s pauses Spotify %i ms', (header, ms) => {
    expect(quotaPauseMs(header, 0)).toBe(ms);
  });

  it('reads Retry-After as seconds or an HTTP date', () => {
    const now = Date.parse('2026-11-24T03:00:00Z');
    expect(retryAfterMs('5', now)).toBe(5000);
    expect(retryAfterMs('Tue, 24 Nov 2026 03:00:07 GMT', now)).toBe(7000);
    expect(retryAfterMs('soon', now)).toBe(1000);
    expect(retryAfterMs(null, now)).toBe(1000);
  });
});
