import { type Message, message } from '../message';

/** What to do after an API call, decided from the response alone (pure, so every branch is tested). */
export type Decision =
  | { kind: 'ok' }
  | { kind: 'refresh' }
  | { kind: 'wait'; ms: number }
  | { kind: 'fallback'; reason: Message }
  | { kind: 'sign-in'; reason: Message }
  | { kind: 'fail'; reason: Message }
  /** This account cannot use Spotify under its 2026 rules: another provider should answer. */
  | { kind: 'unavailable'; reason: Message };

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

/** How long to leave Spotify alone after QUOTA_EXCEEDED: its Retry-After, within these bounds. */
export const QUOTA_PAUSE = { minMs: 10 * 60_000, maxMs: 24 * 60 * 60_000 } as const;

export function quotaPauseMs(retryAfter: string | null, now: number): number {
  const ms = retryAfter ? retryAfterMs(retryAfter, now) : QUOTA_PAUSE.minMs;
  return Math.min(QUOTA_PAUSE.maxMs, Math.max(QUOTA_PAUSE.minMs, ms));
}

/** Spotify's words for its 2026 development-mode refusals, and what to tell the user about each. */
export const RULES = {
  premium: {
    match: /premium subscription required for the owner/i,
    reason: message('spotify_refusedPremium'),
  },
  allowList: {
    match: /not be registered|not registered|allow-?list/i,
    reason: message('spotify_refusedAllowList'),
  },
  quota: {
    reason: message('spotify_quotaSpent'),
  },
} as const;

/** The `message` and `reason` of a Spotify error answer: `{ error: { status, message, reason? } }`. */
function errorDetails(body: unknown): { message: string; reason: string } {
  const b = (body ?? {}) as { reason?: unknown; error?: unknown };
  const e = (b.error && typeof b.error === 'object' ? b.error : {}) as {
    message?: unknown;
    reason?: unknown;
  };
  const text = (v: unknown) => (typeof v === 'string' ? v : '');
  return {
    message: text(e.message) || text(b.error),
    reason: text(e.reason) || text(b.reason),
  };
}

export function decide(
  outcome: Outcome,
  attempt: number,
  opts: { refreshed: boolean; retryAfter?: string | null; now?: number; body?: unknown },
): Decision {
  if (typeof outcome === 'number' && outcome >= 200 && outcome < 300) return { kind: 'ok' };
  const last = attempt + 1 >= RETRY.attempts;
  if (outcome === 401) {
    return opts.refreshed
      ? { kind: 'sign-in', reason: message('spotify_signInExpired') }
      : { kind: 'refresh' };
  }
  const details = errorDetails(opts.body);
  if (outcome === 403) {
    if (RULES.premium.match.test(details.message))
      return { kind: 'unavailable', reason: RULES.premium.reason };
    if (RULES.allowList.match.test(details.message))
      return { kind: 'unavailable', reason: RULES.allowList.reason };
  }
  // Not a passing limit: waiting would only spend more of the quota.
  if (outcome === 429 && details.reason === 'QUOTA_EXCEEDED')
    return { kind: 'unavailable', reason: RULES.quota.reason };
  if (outcome === 429) {
    const ms = retryAfterMs(opts.retryAfter ?? null, opts.now ?? Date.now());
    if (last || ms > RETRY.maxWaitMs) return { kind: 'fallback', reason: message('spotify_rateLimited') };
    return { kind: 'wait', ms };
  }
  if (outcome === 'network' || outcome === 'timeout' || outcome >= 500) {
    if (last) {
      const reason =
        outcome === 'network'
          ? message('net_offline')
          : outcome === 'timeout'
            ? message('spotify_timeout')
            : message('spotify_trouble', { status: outcome });
      return { kind: 'fallback', reason };
    }
    return { kind: 'wait', ms: RETRY.baseMs * 2 ** attempt };
  }
  return { kind: 'fail', reason: message('spotify_refused', { status: outcome }) };
}
