import { isEmotion } from '../core/emotions';
import { initialSnapshot, type MoodSnapshot } from '../core/mood';
import type { ItemDefinition } from './storage-item';

/**
 * The current mood, in storage.session: the background writes it, every page watches it, and it
 * outlives a service-worker restart but not the browser session (a mood from yesterday means nothing).
 */
export const moodSnapshotDef: ItemDefinition<MoodSnapshot> = {
  key: 'moodSnapshot',
  version: 1,
  defaultValue: initialSnapshot(),
  // A snapshot stored before `unclear` existed (the session outlives an extension update) reads as clear.
  validate: (v) => (looksLikeSnapshot(v) ? { ...v, unclear: v.unclear === true } : undefined),
};

function looksLikeSnapshot(v: unknown): v is MoodSnapshot {
  if (!v || typeof v !== 'object') return false;
  const s = v as Record<string, unknown>;
  return (
    typeof s.status === 'string' &&
    (s.mood === null || isEmotion(s.mood)) &&
    typeof s.confidence === 'number' &&
    typeof s.cameraActive === 'boolean' &&
    (s.scores === null || (typeof s.scores === 'object' && s.scores !== undefined))
  );
}
