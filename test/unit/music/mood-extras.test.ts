import { describe, expect, it } from 'vitest';
import { initialSnapshot, type MoodSnapshot } from '../../../src/core/mood';
import { HISTORY, recordMood, timePerEmotion } from '../../../src/core/mood-history';
import { autoSuggest, INITIAL_ANNOUNCE } from '../../../src/core/music/auto-suggest';
import { searchLinks, searchPhrases } from '../../../src/core/music/links';
import { DEFAULT_MAPPING } from '../../../src/core/music/mapping';
import { CACHE_TTL_MS, linkSuggestions, stillFits } from '../../../src/core/music/suggestions';

describe('embedded default links', () => {
  it.each([
    ['happy', ['dance upbeat', 'pop upbeat']],
    ['sad', ['calm', 'slow', 'soft']],
    ['angry', ['rock energetic']],
    ['disgust', ['soothing', 'light instrumental']],
  ] as const)('%s row -> %o', (emotion, phrases) => {
    expect(searchPhrases(DEFAULT_MAPPING[emotion])).toEqual(phrases);
  });

  it('each phrase opens on Spotify and YouTube Music, URL-encoded', () => {
    const links = searchLinks({ mood: 'x', genres: ['r&b'], keywords: ["rock 'n' roll"] });
    expect(links.map((l) => l.url)).toEqual([
      `https://open.spotify.com/search/r%26b%20rock%20'n'%20roll`,
      `https://music.youtube.com/search?q=r%26b%20rock%20'n'%20roll`,
    ]);
  });
});

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

describe('auto-suggest decision', () => {
  const settings = { notify: true, holdSeconds: 20, notifyEveryMinutes: 10 };
  const snap = (over: Partial<MoodSnapshot>): MoodSnapshot => ({
    ...initialSnapshot(),
    status: 'ok',
    cameraActive: true,
    mood: 'happy',
    moodSince: 0,
    ...over,
  });

  it('waits until the mood has held, then announces and notifies once', () => {
    expect(autoSuggest(snap({}), INITIAL_ANNOUNCE, settings, 19_999).action).toEqual({ kind: 'none' });
    const first = autoSuggest(snap({}), INITIAL_ANNOUNCE, settings, 20_000);
    expect(first.action).toEqual({ kind: 'announce', mood: 'happy', notify: true });
    expect(autoSuggest(snap({}), first.state, settings, 30_000).action).toEqual({ kind: 'none' });
  });

  it('throttles notifications but still updates the badge', () => {
    const s1 = autoSuggest(snap({}), INITIAL_ANNOUNCE, settings, 20_000).state;
    const sad = autoSuggest(snap({ mood: 'sad', moodSince: 60_000 }), s1, settings, 80_000);
    expect(sad.action).toEqual({ kind: 'announce', mood: 'sad', notify: false });
    const later = autoSuggest(snap({ mood: 'fear', moodSince: 600_000 }), sad.state, settings, 620_000);
    expect(later.action).toEqual({ kind: 'announce', mood: 'fear', notify: true });
  });

  it('no notification when the switch is off; the badge clears when the camera stops', () => {
    const off = autoSuggest(snap({}), INITIAL_ANNOUNCE, { ...settings, notify: false }, 20_000);
    expect(off.action).toEqual({ kind: 'announce', mood: 'happy', notify: false });
    const stopped = autoSuggest(
      snap({ cameraActive: false, status: 'camera-off' }),
      off.state,
      settings,
      21_000,
    );
    expect(stopped.action).toEqual({ kind: 'clear' });
    expect(stopped.state.announced).toBeNull();
    expect(autoSuggest(snap({ status: 'camera-denied' }), stopped.state, settings, 22_000).action.kind).toBe(
      'none',
    );
  });
});

describe('suggestions reuse', () => {
  const base = {
    emotion: 'happy' as const,
    source: 'happy' as const,
    strategy: 'match' as const,
    row: DEFAULT_MAPPING.happy,
    provider: 'itunes' as const,
  };
  it('a set fits the same mood, row, strategy and provider while fresh', () => {
    const s = { ...linkSuggestions(base, null, 0), provider: 'itunes' as const };
    expect(stillFits(s, base, CACHE_TTL_MS - 1)).toBe(true);
    expect(stillFits(s, { ...base, provider: 'spotify' }, 1)).toBe(false);
    expect(stillFits(s, base, CACHE_TTL_MS)).toBe(false);
    expect(stillFits(s, { ...base, emotion: 'sad' }, 1)).toBe(false);
    expect(stillFits(s, { ...base, strategy: 'lift' }, 1)).toBe(false);
    expect(stillFits(s, { ...base, row: { ...base.row, genres: ['dance'] } }, 1)).toBe(false);
    expect(stillFits(null, base, 1)).toBe(false);
  });
});
