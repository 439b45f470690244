// What the iTunes client keeps for itself: the call budget and Apple's answers.
import { INITIAL_RATE, isRateState, type RateState } from '../../core/music/rate-limit';
import type { Track } from '../../core/music/tracks';
import type { ItemDefinition } from '../../shared/storage-item';

/** Calls to Apple's Search API in the last minute (session: the limit is Apple's, per browser run). */
export const itunesRateDef: ItemDefinition<RateState> = {
  key: 'itunesRate',
  area: 'session',
  version: 1,
  defaultValue: INITIAL_RATE,
  validate: (v) => (isRateState(v) ? v : undefined),
};

export interface CachedSearch {
  at: number;
  tracks: Track[];
}

/** Apple's answers by country and search words, so that a refresh costs no call while fresh. */
export const itunesCacheDef: ItemDefinition<Record<string, CachedSearch>> = {
  key: 'itunesCache',
  area: 'local',
  version: 1,
  defaultValue: {},
  validate: (v) =>
    v &&
    typeof v === 'object' &&
    !Array.isArray(v) &&
    Object.values(v).every((c) => typeof c?.at === 'number' && Array.isArray(c?.tracks))
      ? (v as Record<string, CachedSearch>)
      : undefined,
};
