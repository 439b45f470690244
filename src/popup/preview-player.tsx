// Plays the tracks' previews in the popup: one audio element, play/pause per track, progress and next.
// Nothing plays until the user presses play (no autoplay, and preload none until then); the camera or
// a mood change never starts audio.
import type { RefObject } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Track } from '../core/music/tracks';

export interface PreviewPlayer {
  /** The track loaded in the player (playing or paused), if any. */
  current: Track | null;
  playing: boolean;
  toggle(track: Track): void;
  next(): void;
}

const clock = (s: number) =>
  Number.isFinite(s) ? `${Math.floor(s / 60)}:${`${Math.floor(s % 60)}`.padStart(2, '0')}` : '0:00';

export function usePreviewPlayer(tracks: Track[], volume: number) {
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

  const start = (track: Track) => {
    const el = audio.current;
    if (!el || !track.preview) return;
    setError(null);
    if (current?.id !== track.id) {
      el.src = track.preview;
      setCurrent(track);
      setTime({ at: 0, duration: 0 });
    }
    el.play().catch((e: Error) => {
      // A newer play() or pause() interrupted this one: not a fault.
      if (e.name !== 'AbortError') setError(`This preview could not be played (${e.message}).`);
    });
  };

  const player: PreviewPlayer = {
    current,
    playing,
    toggle(track) {
      if (current?.id === track.id && playing) audio.current?.pause();
      else start(track);
    },
    next() {
      const i = playable.findIndex((t) => t.id === current?.id);
      const following = playable[(i + 1) % playable.length];
      if (following) start(following);
    },
  };

  const element = (
    // biome-ignore lint/a11y/useMediaCaption: 30-second music previews come with no captions to show
    <audio
      ref={audio as RefObject<HTMLAudioElement>}
      preload="none"
      aria-label="Preview"
      onPlay={() => setPlaying(true)}
      onPause={() => setPlaying(false)}
      onTimeUpdate={(e) => setTime({ at: e.currentTarget.currentTime, duration: e.currentTarget.duration })}
      onEnded={() => player.next()}
      onError={() => current && setError('This preview could not be loaded.')}
    />
  );

  const bar = current && (
    <section class="player" aria-label="Preview player">
      <button
        type="button"
        class="secondary"
        aria-label={playing ? 'Pause' : 'Play'}
        onClick={() => player.toggle(current)}
      >
        {playing ? '⏸' : '▶'}
      </button>
      <span class="now">
        <span class="title">{current.name}</span>
        <progress aria-label="Preview progress" max={time.duration || 30} value={time.at} />
        <span class="muted time">
          {clock(time.at)} / {clock(time.duration)}
        </span>
      </span>
      <button
        type="button"
        class="secondary"
        aria-label="Next preview"
        disabled={playable.length < 2}
        onClick={() => player.next()}
      >
        ⏭
      </button>
      {error && (
        <span class="error" role="alert">
          {error}
        </span>
      )}
    </section>
  );

  return { player, element, bar };
}
