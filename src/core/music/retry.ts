/** What to do after an API call, decided from the response alone (pure, so every branch is tested). */
export type Decision =
  | { kind: 'ok' }
  | { kind: 'refresh' }
  | { kind: 'wait'; ms: number }
  | { kind: 'fallback'; reason: string }
  | { kind: 'sign-in'; reason: string }
  | { kind: 'fail'; reason: string };

export type Outcome = number | 'network' | 'timeout';

export const RETRY = { attempts: 3, baseMs: 500, maxWaitMs: 30_000 } as const;

/** Retry-After is seconds or an HTTP date (RFC 9110); anything unreadable means one second. */
export function retryAfterMs(header: string | null, now: number): number {
  if (!header) return 1000;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(header);
  return Number.isNaN(date) ? 1000 : Math.max(0, date - now);
}

export function decide(
  outcome: Outcome,
  attempt: number,
  opts: { refreshed: boolean; retryAfter?: string | null; now?: number },
): Decision {
  if (typeof outcome === 'number' && outcome >= 200 && outcome < 300) return { kind: 'ok' };
  const last = attempt + 1 >= RETRY.attempts;
  if (outcome === 401) {
    return opts.refreshed ? { kind: 'sign-in', reason: 'Spotify sign-in expired.' } : { kind: 'refresh' };
  }
  if (outcome === 429) {
    const ms = retryAfterMs(opts.retryAfter ?? null, opts.now ?? Date.now());
    if (last || ms > RETRY.maxWaitMs)
      return { kind: 'fallback', reason: 'Spotify is rate-limiting requests.' };
    return { kind: 'wait', ms };
  }
  if (outcome === 'network' || outcome === 'timeout' || outcome >= 500) {
    if (last) {
      const reason =
        outcome === 'network'
          ? 'You seem to be offline.'
          : outcome === 'timeout'
            ? 'Spotify did not answer in time.'
            : `Spotify is having trouble (HTTP ${outcome}).`;
      return { kind: 'fallback', reason };
    }
    return { kind: 'wait', ms: RETRY.baseMs * 2 ** attempt };
  }
  return { kind: 'fail', reason: `Spotify refused the request (HTTP ${outcome}).` };
}
