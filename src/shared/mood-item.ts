import { isEmotion } from '../core/emotions';
import { type TypedFeeling, toTypedFeeling } from '../core/feeling';
import { isMessage } from '../core/message';
import { initialSnapshot, type MoodSnapshot } from '../core/mood';
import { expireHistory, isMoodHistory, type MoodSpan } from '../core/mood-history';
import type { ItemDefinition } from './storage-item';

/**
 * The current mood, in storage.session: the background writes it, every page watches it, and it
 * outlives a service-worker restart but not the browser session (a mood from yesterday means nothing).
 */
export const moodSnapshotDef: ItemDefinition<MoodSnapshot> = {
  key: 'moodSnapshot',
  area: 'session',
  version: 3,
  defaultValue: initialSnapshot(),
  validate: (v) => (looksLikeSnapshot(v) ? v : undefined),
  migrations: {
    // v2 adds the watchdog's fields and `unclear`; a snapshot from before knows no report time (an
    // update mid-session) and was never judged unclear.
    2: (old) =>
      old && typeof old === 'object' ? { ...old, lastReportAt: null, restarts: 0, unclear: false } : old,
    // v3 adds the backend refused by the load-time check: none was, before there was a check.
    3: (old) => (old && typeof old === 'object' ? { ...old, backendRefused: null } : old),
  },
};

function looksLikeSnapshot(v: unknown): v is MoodSnapshot {
  if (!v || typeof v !== 'object') return false;
  const s = v as Record<string, unknown>;
  return (
    typeof s.status === 'string' &&
    (s.mood === null || isEmotion(s.mood)) &&
    typeof s.confidence === 'number' &&
    typeof s.cameraActive === 'boolean' &&
    (s.lastReportAt === null || Number.isFinite(s.lastReportAt)) &&
    typeof s.restarts === 'number' &&
    typeof s.unclear === 'boolean' &&
    (s.backendRefused === null || typeof s.backendRefused === 'string') &&
    (s.detail === undefined || s.detail === null || typeof s.detail === 'string' || isMessage(s.detail)) &&
    (s.scores === null || (typeof s.scores === 'object' && s.scores !== undefined))
  );
}

/** The last 24 hours of stable moods (time spans only); older spans are deleted whenever it is read. */
export const moodHistoryDef: ItemDefinition<MoodSpan[]> = {
  key: 'moodHistory',
  area: 'local',
  version: 1,
  defaultValue: [],
  validate: (v) => (isMoodHistory(v) ? v : undefined),
  expire: (history, now) => {
    const kept = expireHistory(history, now);
    return kept === history ? history : [...kept];
  },
};

/**
 * What the text model read from the last typed feeling (scores and time, never the text), in
 * storage.session like the face's mood: the popup writes it and fuses it with the face while it fades.
 */
export const typedFeelingDef: ItemDefinition<TypedFeeling | null> = {
  key: 'typedFeeling',
  area: 'session',
  version: 1,
  defaultValue: null,
  validate: (v) => (v === null ? null : toTypedFeeling(v)),
};
