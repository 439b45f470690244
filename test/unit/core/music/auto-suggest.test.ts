import { describe, expect, it } from 'vitest';
import { initialSnapshot, type MoodSnapshot } from '../../../../src/core/mood';
import { autoSuggest, INITIAL_ANNOUNCE } from '../../../../src/core/music/auto-suggest';

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
