// What the suggester keeps for itself: the per-mood cache (the fallback when a provider is down) and the
// tracks shown lately (left out of the next set).
import { type Emotion, isEmotion } from '../../core/emotions';
import {
  cleanSuggestions,
  migrateSuggestionsV2,
  migrateSuggestionsV3,
  type Suggestions,
} from '../../core/music/suggestions';
import type { ItemDefinition } from '../../shared/storage-item';

/** The last tracks per mood: reused while fresh, and the fallback when the provider is down. */
export const trackCacheDef: ItemDefinition<Partial<Record<Emotion, Suggestions>>> = {
  key: 'trackCache',
  area: 'local',
  version: 3,
  defaultValue: {},
  // One damaged mood's entry is dropped, not the whole cache.
  validate: (v) => {
    if (!v || typeof v !== 'object' || Array.isArray(v)) return undefined;
    const cache: Partial<Record<Emotion, Suggestions>> = {};
    for (const [e, s] of Object.entries(v)) {
      const clean = cleanSuggestions(s);
      if (isEmotion(e) && clean) cache[e] = clean;
    }
    return cache;
  },
  migrations: {
    2: (old) =>
      old && typeof old === 'object'
        ? Object.fromEntries(Object.entries(old).map(([e, s]) => [e, migrateSuggestionsV2(s)]))
        : old,
    3: (old) =>
      old && typeof old === 'object'
        ? Object.fromEntries(Object.entries(old).map(([e, s]) => [e, migrateSuggestionsV3(s)]))
        : old,
  },
};

export interface ShownTrack {
  id: string;
  at: number;
}

/** Tracks shown recently, left out of the next suggestions so that a refresh brings new music. */
export const recentTracksDef: ItemDefinition<ShownTrack[]> = {
  key: 'recentTracks',
  area: 'local',
  version: 1,
  defaultValue: [],
  validate: (v) =>
    Array.isArray(v) && v.every((t) => typeof t?.id === 'string' && typeof t?.at === 'number')
      ? (v as ShownTrack[])
      : undefined,
};
