// The pause after Spotify said the app's quota is spent: the background's alone.
import type { ItemDefinition } from '../../shared/storage-item';

export interface SpotifyPause {
  /** Epoch ms before which Emotune does not call Spotify. */
  until: number;
  /** Why, in English, for whoever reads storage: the pause always means the quota is spent. */
  reason: string;
}

/** After Spotify said the app's quota is spent: no call before `until` (each would spend more). */
export const spotifyPauseDef: ItemDefinition<SpotifyPause | null> = {
  key: 'spotifyPause',
  area: 'local',
  version: 1,
  defaultValue: null,
  validate: (v) => {
    if (v === null) return null;
    const p = v as Partial<SpotifyPause> | undefined;
    return p && typeof p.until === 'number' && typeof p.reason === 'string' ? (p as SpotifyPause) : undefined;
  },
};
