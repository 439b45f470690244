// A sliding-window budget for a service that allows N calls a minute and answers 403/429 once it is
// exceeded (Apple's Search API: about 20 a minute). Pure, so the state can live in storage and survive
// a service-worker restart.

export interface RateState {
  /** Epoch ms of the calls made within the window. */
  calls: number[];
  /** After the service refused us: no call before this time. */
  blockedUntil: number;
}

export interface Rate {
  max: number;
  windowMs: number;
  /** How long to keep away after the service said "too many". */
  blockMs: number;
}

export const INITIAL_RATE: RateState = { calls: [], blockedUntil: 0 };

export type Admission = { ok: true; state: RateState } | { ok: false; waitMs: number };

/** Takes one call from the budget, or says how long until one is free. */
export function admit(state: RateState, now: number, rate: Rate): Admission {
  if (now < state.blockedUntil) return { ok: false, waitMs: state.blockedUntil - now };
  const calls = state.calls.filter((t) => now - t < rate.windowMs && t <= now);
  if (calls.length >= rate.max) {
    const oldest = Math.min(...calls);
    return { ok: false, waitMs: oldest + rate.windowMs - now };
  }
  return { ok: true, state: { calls: [...calls, now], blockedUntil: state.blockedUntil } };
}

/** The service refused a call as too many: keep away for `blockMs`. */
export function refused(state: RateState, now: number, rate: Rate): RateState {
  return { ...state, blockedUntil: Math.max(state.blockedUntil, now + rate.blockMs) };
}

export function isRateState(v: unknown): v is RateState {
  const s = v as Partial<RateState> | null | undefined;
  return (
    !!s &&
    typeof s.blockedUntil === 'number' &&
    Array.isArray(s.calls) &&
    s.calls.every((t) => typeof t === 'number')
  );
}
