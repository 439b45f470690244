// "Keep playing while I browse": the queue of a mood's previews that plays outside the popup. Pure
// state transitions; the background stores the queue (storage.session) and a player page (Chrome's
// offscreen document, Firefox's Emotune tab) plays what it says and reports back what happened.
import { type Emotion, isEmotion } from '../emotions';
import { isMessage, type Message, MessageError, message, type Sub } from '../message';
import { isTrack, type Track } from './tracks';

/** A track the queue can play: one with a preview. */
export type QueueTrack = Track & { preview: string };

export interface PlayQueue {
  emotion: Emotion;
  tracks: QueueTrack[];
  index: number;
  /**
   * What the user asked for: true only after a press of play, in the popup or in the browser's media
   * controls (a media key), which the player page reports. The camera never sets it.
   */
  playing: boolean;
  /**
   * Where the current track is: `position` seconds at time `at` (epoch ms). While playing, the position
   * now is derived from it (positionAt), so the player reports only starts, pauses and ends.
   */
  position: number;
  at: number;
  /** The current track's length in seconds, once the player knows it. */
  duration: number | null;
  /** The music of a new mood that auto-suggest announced: it takes over when the current track ends. */
  next: { emotion: Emotion; tracks: QueueTrack[] } | null;
  /**
   * Tracks in a row that could not be played: a whole queue of them stops it. Only a track that plays
   * to its end clears it (a broken file may start before it fails).
   */
  failures: number;
  /** Why playback stopped by itself, for the popup to say. */
  error: Message | null;
}

export const playable = (tracks: readonly Track[]): QueueTrack[] =>
  tracks.filter((t): t is QueueTrack => t.preview !== null);

export const currentTrack = (q: PlayQueue): QueueTrack | null => q.tracks[q.index] ?? null;

/**
 * The current track's position in seconds at `now`, never past its length. Until the page reports the
 * track playing (and so its length) the position holds: a preview that never loads must not show a
 * clock running past it (0:12 / 0:00).
 */
export function positionAt(q: PlayQueue, now: number): number {
  if (q.duration === null) return q.position;
  const p = q.playing ? q.position + Math.max(0, now - q.at) / 1000 : q.position;
  return Math.min(p, q.duration);
}

/** The user pressed play on `trackId` (at `position`, when handed over from the popup's own player). */
export function startQueue(
  emotion: Emotion,
  tracks: readonly Track[],
  trackId: string,
  now: number,
  position = 0,
): PlayQueue {
  const queue = playable(tracks);
  const index = queue.findIndex((t) => t.id === trackId);
  if (index < 0) throw new MessageError([message('player_noPreview')], 'That track has no preview to play.');
  return {
    emotion,
    tracks: queue,
    index,
    playing: true,
    position: Math.max(0, position),
    at: now,
    duration: null,
    next: null,
    failures: 0,
    error: null,
  };
}

export const pause = (q: PlayQueue, now: number): PlayQueue => ({
  ...q,
  playing: false,
  position: positionAt(q, now),
  at: now,
});

export const resume = (q: PlayQueue, now: number): PlayQueue =>
  q.playing ? q : { ...q, playing: true, at: now, error: null };

/**
 * The player reports where it really is and whether it plays: it started or paused as it was told, or
 * the user paused or resumed it from outside Emotune (the browser's media controls, a media key).
 */
export function reported(
  q: PlayQueue,
  r: Extract<PlayerEvent, { kind: 'playing' | 'paused' }>,
  now: number,
): PlayQueue {
  if (currentTrack(q)?.id !== r.trackId) return q;
  const playing = r.kind === 'playing';
  return {
    ...q,
    playing,
    position: r.position,
    at: now,
    duration: r.duration ?? q.duration,
    error: playing ? null : q.error,
  };
}

/** Moves to `index` of `tracks`, from its start. */
const moveTo = (q: PlayQueue, tracks: QueueTrack[], index: number, now: number): PlayQueue => ({
  ...q,
  tracks,
  index,
  position: 0,
  at: now,
  duration: null,
});

export type Advance =
  | { kind: 'moved'; queue: PlayQueue }
  /** The queue has run out: the background asks for the mood's next set (`more`), else it starts over. */
  | { kind: 'exhausted'; queue: PlayQueue };

/** The current track played to its end: the count of failures in a row starts again. */
export const ended = (q: PlayQueue): PlayQueue => ({ ...q, failures: 0 });

/** The current track ended (or the user pressed next): a new mood's music first, else the next track. */
export function advance(q: PlayQueue, now: number): Advance {
  if (q.next) {
    const { emotion, tracks } = q.next;
    return { kind: 'moved', queue: { ...moveTo(q, tracks, 0, now), emotion, next: null } };
  }
  if (q.index + 1 < q.tracks.length) return { kind: 'moved', queue: moveTo(q, q.tracks, q.index + 1, now) };
  return { kind: 'exhausted', queue: q };
}

/** After the queue ran out: the mood's next tracks if any are new, else the same ones from the top. */
export function refill(q: PlayQueue, more: readonly Track[], now: number): PlayQueue {
  const known = new Set(q.tracks.map((t) => t.id));
  const fresh = playable(more).filter((t) => !known.has(t.id));
  return moveTo(q, fresh.length > 0 ? fresh : q.tracks, 0, now);
}

/**
 * Auto-suggest announced a new mood: its music is queued behind the current track, so the song in the
 * user's ears finishes first. Nothing starts playing: a paused queue stays paused.
 */
export function follow(q: PlayQueue, emotion: Emotion, tracks: readonly Track[]): PlayQueue {
  const queue = playable(tracks);
  if (queue.length === 0) return q;
  if (emotion === q.emotion && !q.next) return q;
  return { ...q, next: emotion === q.emotion ? null : { emotion, tracks: queue } };
}

/** The current track could not be played: the next one, unless every track has failed in a row. */
export function failed(q: PlayQueue, why: Sub, now: number): PlayQueue {
  const failures = q.failures + 1;
  if (failures >= q.tracks.length) {
    return { ...pause(q, now), failures, error: message('player_previewsFailed', { why }) };
  }
  const step = advance(q, now);
  const next = step.kind === 'moved' ? step.queue : moveTo(q, q.tracks, 0, now);
  return { ...next, failures };
}

const isQueueTrack = (t: unknown): t is QueueTrack => isTrack(t) && t.preview !== null;
const isNum = (v: unknown, min = 0) => typeof v === 'number' && Number.isFinite(v) && v >= min;

/** A stored queue, checked field by field (it feeds an audio element's src). */
export function isPlayQueue(v: unknown): v is PlayQueue {
  if (!v || typeof v !== 'object') return false;
  const q = v as Record<string, unknown>;
  const next = q.next as Record<string, unknown> | null | undefined;
  return (
    isEmotion(q.emotion) &&
    Array.isArray(q.tracks) &&
    q.tracks.length > 0 &&
    q.tracks.every(isQueueTrack) &&
    Number.isInteger(q.index) &&
    (q.index as number) >= 0 &&
    (q.index as number) < q.tracks.length &&
    typeof q.playing === 'boolean' &&
    isNum(q.position) &&
    isNum(q.at) &&
    (q.duration === null || isNum(q.duration)) &&
    (next === null ||
      (!!next &&
        isEmotion(next.emotion) &&
        Array.isArray(next.tracks) &&
        next.tracks.length > 0 &&
        next.tracks.every(isQueueTrack))) &&
    Number.isInteger(q.failures) &&
    (q.error === null || isMessage(q.error))
  );
}

/** What the player page is told to do: one track, playing or not, from where; null = nothing. */
export interface PlayerView {
  trackId: string;
  /** "Title by Artists", for a visible player page. */
  title: string;
  /** The track's own name, its artists and cover, for the browser's media controls (Media Session). */
  name: string;
  artists: string[];
  artwork: string | null;
  src: string;
  playing: boolean;
  /** Where to start when the page loads this track (it does not seek a track it already has). */
  position: number;
  /** 0..1 */
  volume: number;
}

export function viewOf(q: PlayQueue | null, volumePercent: number, now: number): PlayerView | null {
  const track = q && currentTrack(q);
  if (!q || !track) return null;
  return {
    trackId: track.id,
    title: `${track.name} by ${track.artists.join(', ')}`,
    name: track.name,
    artists: track.artists,
    artwork: track.image,
    src: track.preview,
    playing: q.playing,
    position: positionAt(q, now),
    volume: volumePercent / 100,
  };
}

/** What the player page says happened to the track it was told to play. */
export type PlayerEvent =
  | { kind: 'playing' | 'paused'; trackId: string; position: number; duration: number | null }
  | { kind: 'ended'; trackId: string }
  /** `message`: the browser's own words, or the page's (a Message). */
  | { kind: 'error'; trackId: string; message: string | Message }
  /** The page is going away (Firefox: the user closed the Emotune tab). */
  | { kind: 'closed' };

/** What the popup asks of the queue. */
export type PlayerCommand =
  | { kind: 'play'; emotion: Emotion; trackId: string; position?: number }
  | { kind: 'pause' | 'resume' | 'next' | 'stop' };
