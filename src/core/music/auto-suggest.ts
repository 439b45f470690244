// Auto-suggest while browsing: once a new stable mood has held for a while, the toolbar badge shows it
// and (if the user wants) one notification offers the new music, never more often than every N minutes.
import type { Emotion } from '../emotions';
import type { MoodSnapshot } from '../mood';

export interface AutoSuggestSettings {
  notify: boolean;
  holdSeconds: number;
  notifyEveryMinutes: number;
}

/** What the background remembers between readings (in storage.session: it survives a worker restart). */
export interface AnnounceState {
  /** The mood the badge shows; null when the badge is clear. */
  announced: Emotion | null;
  notifiedAt: number | null;
}

export const INITIAL_ANNOUNCE: AnnounceState = { announced: null, notifiedAt: null };

export type AutoAction =
  | { kind: 'none' }
  | { kind: 'clear' }
  | { kind: 'announce'; mood: Emotion; notify: boolean };

/** Moods read from a face in view; every other state means the mood is not being watched right now. */
const WATCHING = new Set<MoodSnapshot['status']>(['ok', 'several-faces', 'no-face', 'too-dark']);

export function autoSuggest(
  snapshot: MoodSnapshot,
  state: AnnounceState,
  settings: AutoSuggestSettings,
  now: number,
): { state: AnnounceState; action: AutoAction } {
  if (!snapshot.cameraActive || !WATCHING.has(snapshot.status)) {
    return state.announced
      ? { state: { ...state, announced: null }, action: { kind: 'clear' } }
      : { state, action: { kind: 'none' } };
  }
  const { mood, moodSince } = snapshot;
  const held = mood !== null && moodSince !== null && now - moodSince >= settings.holdSeconds * 1000;
  if (!held || mood === state.announced) return { state, action: { kind: 'none' } };
  const notify =
    settings.notify &&
    (state.notifiedAt === null || now - state.notifiedAt >= settings.notifyEveryMinutes * 60_000);
  return {
    state: { announced: mood, notifiedAt: notify ? now : state.notifiedAt },
    action: { kind: 'announce', mood, notify },
  };
}
