// The popup's preview player: in the popup itself, or, with "Keep playing while I browse", the queue
// that plays on after the popup closes (queue-player.ts). Switching hands the track over where it is.
import { useState } from 'preact/hooks';
import type { Emotion } from '../core/emotions';
import { currentTrack, positionAt } from '../core/music/play-queue';
import type { Track } from '../core/music/tracks';
import { errorText, t } from '../shared/i18n';
import { send } from '../shared/messaging';
import { musicSettings } from '../shared/stores';
import { Switch } from '../ui/switch';
import { useItem } from '../ui/use-item';
import { useLocalPlayer } from './local-player';
import { useQueuePlayer } from './queue-player';

const clock = (s: number) =>
  Number.isFinite(s) ? `${Math.floor(s / 60)}:${`${Math.floor(s % 60)}`.padStart(2, '0')}` : '0:00';

export function usePreviewPlayer(tracks: Track[], emotion: Emotion, volume: number) {
  const keep = useItem(musicSettings.keepPlaying).value;
  const [failure, setFailure] = useState<string | null>(null);
  const local = useLocalPlayer(tracks, volume);
  const queued = useQueuePlayer(emotion, setFailure);
  const player = keep ? queued.player : local.player;

  /** The user's switch: the track in play moves to the other player at the same second. */
  const setKeep = async (on: boolean) => {
    setFailure(null);
    if (on) {
      const { current, playing, at } = local.player;
      local.player.release();
      await musicSettings.keepPlaying.set(true);
      if (current && playing)
        await send('ui-bg-player-control', { kind: 'play', emotion, trackId: current.id, position: at });
      return;
    }
    const q = queued.queue;
    const track = q && currentTrack(q);
    await musicSettings.keepPlaying.set(false);
    if (!q) return;
    await send('ui-bg-player-control', { kind: 'stop' });
    const shown = track && tracks.find((t) => t.id === track.id);
    if (shown && q.playing) local.player.start(shown, positionAt(q, Date.now()));
  };

  const error = failure ?? player.error;
  const bar = player.current && (
    <section class="player" aria-label={t('player_section')}>
      <button
        type="button"
        class="secondary"
        aria-label={player.playing ? t('player_pause') : t('player_play')}
        onClick={() => player.current && player.toggle(player.current)}
      >
        {player.playing ? '⏸' : '▶'}
      </button>
      <span class="now">
        <span class="title">{player.current.name}</span>
        <progress aria-label={t('player_progress')} max={player.duration || 30} value={player.at} />
        <span class="muted time">
          {clock(player.at)} / {clock(player.duration)}
        </span>
      </span>
      <button
        type="button"
        class="secondary"
        aria-label={t('player_next')}
        disabled={!player.hasNext}
        onClick={() => player.next()}
      >
        ⏭
      </button>
      <Switch
        checked={keep}
        onChange={(on) => void setKeep(on).catch((e: unknown) => setFailure(errorText(e)))}
      >
        {t('player_keepPlaying')}
      </Switch>
      {error && (
        <span class="error" role="alert">
          {error}
        </span>
      )}
    </section>
  );

  return { player, element: local.element, bar };
}
