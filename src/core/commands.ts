// The keyboard commands (manifest.json `commands`, rebindable in the browser's shortcut settings) and
// what the play/pause one does. `_execute_action` (open the popup) is handled by the browser itself.
import type { Emotion } from './emotions';
import type { PlayerCommand } from './music/play-queue';

/** Command names, as manifest.json spells them (test/unit/core/commands.test.ts checks that they agree). */
export const COMMANDS = {
  /** Switches the camera on or off, as the popup's switch does. */
  camera: 'toggle-camera',
  /** Pauses or resumes the music that keeps playing while the user browses. */
  playPause: 'play-pause',
} as const;

export interface PlayPauseState {
  queue: { playing: boolean } | null;
  /** The music on show in the popup, whose first preview a key press may start. */
  shown: { emotion: Emotion; tracks: { id: string; preview: string | null }[] } | null;
  keepPlaying: boolean;
}

/**
 * Play/pause from a key: pauses or resumes the queue. With no queue, it starts the music on show, as the
 * popup's first play button would: a key press is the user's own press of play. Without "keep playing",
 * music plays only in the open popup, which a key cannot reach: nothing happens.
 */
export function playPause({ queue, shown, keepPlaying }: PlayPauseState): PlayerCommand | null {
  if (queue) return { kind: queue.playing ? 'pause' : 'resume' };
  if (!keepPlaying || !shown) return null;
  const first = shown.tracks.find((t) => t.preview !== null);
  return first ? { kind: 'play', emotion: shown.emotion, trackId: first.id } : null;
}
