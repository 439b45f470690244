// The announcer's memory: which mood the badge shows and when it last notified.
import { isEmotion } from '../../core/emotions';
import { type AnnounceState, INITIAL_ANNOUNCE } from '../../core/music/auto-suggest';
import type { ItemDefinition } from '../../shared/storage-item';

/** Which mood the badge announces and when the last notification went out (session: per browser run). */
export const announceStateDef: ItemDefinition<AnnounceState> = {
  key: 'announceState',
  area: 'session',
  version: 1,
  defaultValue: INITIAL_ANNOUNCE,
  validate: (v) => {
    const s = v as Partial<AnnounceState> | undefined;
    return s &&
      (s.announced === null || isEmotion(s.announced)) &&
      (s.notifiedAt === null || typeof s.notifiedAt === 'number')
      ? (s as AnnounceState)
      : undefined;
  },
};
