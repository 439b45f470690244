// The player's queue: the background's player writes it, the popup shows it.
import { isPlayQueue, type PlayQueue } from '../core/music/play-queue';
import type { ItemDefinition } from './storage-item';

/**
 * "Keep playing while I browse": the queue the player page plays (session: playback ends with the
 * browser); null = nothing queued. The background writes it, the popup shows it.
 */
export const playQueueDef: ItemDefinition<PlayQueue | null> = {
  key: 'playQueue',
  area: 'session',
  version: 1,
  defaultValue: null,
  validate: (v) => (v === null || isPlayQueue(v) ? (v as PlayQueue | null) : undefined),
};
