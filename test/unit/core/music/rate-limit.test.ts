import { describe, expect, it } from 'vitest';
import { admit, INITIAL_RATE, type RateState, refused } from '../../../../src/core/music/rate-limit';

const RATE = { max: 3, windowMs: 60_000, blockMs: 60_000 };

function take(state: RateState, now: number): RateState {
  const a = admit(state, now, RATE);
  if (!a.ok) throw new Error(`refused, wait ${a.waitMs}`);
  return a.state;
}

describe('per-minute budget', () => {
  it('admits up to max calls in a window, then says how long until the oldest leaves it', () => {
    let s = INITIAL_RATE;
    s = take(s, 0);
    s = take(s, 10_000);
    s = take(s, 20_000);
    expect(admit(s, 30_000, RATE)).toEqual({ ok: false, waitMs: 30_000 });
    expect(admit(s, 60_000, RATE).ok).toBe(true);
  });

  it('forgets calls older than the window', () => {
    const s = { calls: [0, 1, 2], blockedUntil: 0 };
    const a = admit(s, 70_000, RATE);
    expect(a).toEqual({ ok: true, state: { calls: [70_000], blockedUntil: 0 } });
  });

  it('after the service refused a call, nothing goes out for blockMs', () => {
    const s = refused(INITIAL_RATE, 5_000, RATE);
    expect(admit(s, 5_001, RATE)).toEqual({ ok: false, waitMs: 59_999 });
    expect(admit(s, 65_000, RATE).ok).toBe(true);
  });

  it('a clock set back does not make old calls count forever', () => {
    const s = { calls: [100_000, 100_001, 100_002], blockedUntil: 0 };
    expect(admit(s, 50_000, RATE).ok).toBe(true);
  });
});
