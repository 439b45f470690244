// What a preview player offers the track list, in a leaf file: the popup's own player (local-player.tsx)
// and the queue that plays on (queue-player.ts) both implement it, and preview-player.tsx picks one.
import type { Track } from '../core/music/tracks';

export interface PreviewPlayer {
  /** The track loaded in the player (playing or paused), if any. */
  current: Track | null;
  playing: boolean;
  /** Seconds into the track, and its length (0 while unknown). */
  at: number;
  duration: number;
  error: string | null;
  hasNext: boolean;
  toggle(track: Track): void;
  next(): void;
}
