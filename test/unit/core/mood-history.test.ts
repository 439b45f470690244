import { describe, expect, it } from 'vitest';
import { HISTORY, recordMood, timePerEmotion } from '../../../src/core/mood-history';

describe('mood history', () => {
  const t0 = 1_000_000_000;
  it('extends a span in steps, bridges short gaps, and starts a new span after a long one', () => {
    let h = recordMood([], 'happy', t0);
    expect(h).toEqual([{ mood: 'happy', from: t0, to: t0 }]);
    const same = recordMood(h, 'happy', t0 + 1000);
    expect(same).toBe(h); // nothing worth writing
    h = recordMood(h, 'happy', t0 + HISTORY.stepMs);
    expect(h).toEqual([{ mood: 'happy', from: t0, to: t0 + HISTORY.stepMs }]);
    h = recordMood(h, 'sad', t0 + 8000);
    expect(h[1]).toEqual({ mood: 'sad', from: t0 + HISTORY.stepMs, to: t0 + 8000 });
    h = recordMood(h, 'sad', t0 + 8000 + HISTORY.gapMs + 1);
    expect(h).toHaveLength(3);
    expect(h[2]?.from).toBe(t0 + 8000 + HISTORY.gapMs + 1);
  });

  it('counts time per emotion over the last 24 hours only, and forgets older spans', () => {
    const old = { mood: 'angry' as const, from: t0, to: t0 + 60_000 };
    const now = t0 + HISTORY.windowMs + 30_000;
    const totals = timePerEmotion([old, { mood: 'happy', from: now - 10_000, to: now }], now);
    expect(totals.angry).toBe(30_000);
    expect(totals.happy).toBe(10_000);
    expect(totals.sad).toBe(0);
    const next = recordMood([old], 'happy', t0 + HISTORY.windowMs + 70_000);
    expect(next.map((s) => s.mood)).toEqual(['happy']);
  });
});
