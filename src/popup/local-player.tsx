// Plays the tracks' previews in the popup itself: one audio element, play/pause per track, progress and
// next. Nothing plays until the user presses play (no autoplay, and preload none until then); the
// camera or a mood change never starts audio. Closing the popup stops it.
import type { RefObject } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Track } from '../core/music/tracks';
import { t } from '../shared/i18n';
import type { PreviewPlayer } from './player';

export function useLocalPlayer(tracks: Track[], volume: number) {
  const audio = useRef<HTMLAudioElement>(null);
  const [current, setCurrent] = useState<Track | null>(null);
  const [playing, setPlaying] = useState(false);
  const [time, setTime] = useState({ at: 0, duration: 0 });
  const [error, setError] = useState<string | null>(null);
  const playable = tracks.filter((t) => t.preview);

  useEffect(() => {
    if (audio.current) audio.current.volume = volume / 100;
  }, [volume, current]);
  // New suggestions replace the list: a track no longer shown stops.
  useEffect(() => {
    if (current && !tracks.some((t) => t.id === current.id)) {
      audio.current?.pause();
      setCurrent(null);
    }
  }, [tracks]);

  /** Plays `track` (from `from` seconds when it is new to the player: a hand-over from the queue). */
  const start = (track: Track, from = 0) => {
    const el = audio.current;
    if (!el || !track.preview) return;
    setError(null);
    if (current?.id !== track.id) {
      el.src = track.preview;
      el.currentTime = from;
      setCurrent(track);
      setTime({ at: from, duration: 0 });
    }
    el.play().catch((e: Error) => {
      // A newer play() or pause() interrupted this one: not a fault.
      if (e.name !== 'AbortError') setError(t('player_cannotPlay', { error: e.message }));
    });
  };

  const player: PreviewPlayer & {
    start: typeof start;
    /** Stops and unloads: the queue takes over. */
    release(): void;
  } = {
    current,
    playing,
    at: time.at,
    duration: time.duration,
    error,
    hasNext: playable.length > 1,
    toggle(track) {
      if (current?.id === track.id && playing) audio.current?.pause();
      else start(track);
    },
    next() {
      const i = playable.findIndex((t) => t.id === current?.id);
      const following = playable[(i + 1) % playable.length];
      if (following) start(following);
    },
    start,
    release() {
      audio.current?.pause();
      setCurrent(null);
    },
  };

  const element = (
    // biome-ignore lint/a11y/useMediaCaption: 30-second music previews come with no captions to show
    <audio
      ref={audio as RefObject<HTMLAudioElement>}
      preload="none"
      aria-label={t('player_audio')}
      onPlay={() => setPlaying(true)}
      onPause={() => setPlaying(false)}
      onTimeUpdate={(e) => setTime({ at: e.currentTarget.currentTime, duration: e.currentTarget.duration })}
      onEnded={() => player.next()}
      onError={() => current && setError(t('player_cannotLoad'))}
    />
  );

  return { player, element };
}
