// The popup's view of the queue that keeps playing while the user browses: what the background stored
// (musicState.playQueue), with the progress derived from its last report, and commands sent back.
import { useEffect } from 'preact/hooks';
import type { Emotion } from '../core/emotions';
import { currentTrack, type PlayerCommand, positionAt } from '../core/music/play-queue';
import { errorText, tStored } from '../shared/i18n';
import { send } from '../shared/messaging';
import { musicState } from '../shared/stores';
import { useItem } from '../ui/use-item';
import { useNow } from '../ui/use-now';
import type { PreviewPlayer } from './player';

export function useQueuePlayer(emotion: Emotion, onError: (message: string) => void) {
  const queue = useItem(musicState.playQueue).value;
  const now = useNow(500);
  // A queue marked playing whose page the browser or the user closed is shown paused, not playing.
  useEffect(() => void send('ui-bg-player-sync', undefined).catch(() => undefined), []);

  const control = (cmd: PlayerCommand) =>
    void send('ui-bg-player-control', cmd).catch((e: unknown) => onError(errorText(e)));
  const current = queue && currentTrack(queue);
  const player: PreviewPlayer = {
    current,
    playing: !!queue?.playing,
    at: queue ? positionAt(queue, now) : 0,
    duration: queue?.duration ?? 0,
    error: queue?.error ? tStored(queue.error) : null,
    hasNext: !!queue && (queue.tracks.length > 1 || queue.next !== null),
    toggle(track) {
      if (current?.id !== track.id) control({ kind: 'play', emotion, trackId: track.id });
      else control({ kind: queue?.playing ? 'pause' : 'resume' });
    },
    next: () => control({ kind: 'next' }),
  };
  return { player, queue };
}
