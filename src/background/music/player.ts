// "Keep playing while I browse": the background owns the queue (storage.session, core/music/play-queue)
// and tells the media page what to play; the page reports starts, pauses, ends and failures. Audio
// starts only from the user's play or resume: a mood change queues music behind the current track
// and never presses play itself.
import type { Emotion } from '../../core/emotions';
import {
  advance,
  currentTrack,
  ended,
  failed,
  follow,
  type PlayerCommand,
  type PlayerEvent,
  type PlayerView,
  type PlayQueue,
  pause,
  refill,
  reported,
  resume,
  startQueue,
  viewOf,
} from '../../core/music/play-queue';
import type { Suggestions } from '../../core/music/suggestions';
import type { Serial } from '../../core/serial';
import { withTimeout } from '../../core/with-timeout';
import type { StorageItem } from '../../shared/storage-item';
import type { MediaPage } from '../media-page';
import type { Suggester } from './suggester';

/** How long the player waits for tracks from the music service before it does without them. */
export const FETCH_LIMIT_MS = 15_000;

export interface PlayerDeps {
  page: MediaPage;
  suggester: Pick<Suggester, 'suggest'>;
  /**
   * Shared with the camera control: both open and close the page. The camera's switch-off waits in it,
   * so no job here calls the network: tracks are fetched first, outside it.
   */
  serial: Serial;
  queue: StorageItem<PlayQueue | null>;
  /** The suggestions on show, whose tracks a play starts from. */
  shown: StorageItem<Suggestions | null>;
  volume: StorageItem<number>;
  cameraEnabled: StorageItem<boolean>;
  /** Sends the page what to play (bg-media-player-apply). */
  tell: (view: PlayerView | null) => Promise<void>;
}

export function createPlayer(deps: PlayerDeps) {
  const { page, suggester, serial } = deps;
  const view = async (q: PlayQueue | null) => viewOf(q, await deps.volume.get(), Date.now());

  /** Tells an open page what to play now (a page that is not open asks when it loads). */
  const push = async (q: PlayQueue | null) => {
    if (!(await page.isOpen())) return;
    await deps.tell(await view(q)).catch((e: unknown) => console.warn('[emotune] player:', e));
  };

  /** The page goes when nothing needs it: no camera, and no music playing. */
  const releaseIfIdle = async (q: PlayQueue | null) => {
    if (!q?.playing && !(await deps.cameraEnabled.get()) && (await page.isOpen())) await page.close();
  };

  /** Stores the queue and has the page follow it; a playing queue needs its page. */
  const write = async (q: PlayQueue | null) => {
    await deps.queue.set(q);
    if (q?.playing) await page.open('player');
    await push(q);
    await releaseIfIdle(q);
  };

  /** Asks the music service, outside the serial queue, and never for longer than FETCH_LIMIT_MS. */
  const fetchTracks = (emotion: Emotion, refresh: boolean) =>
    // i18n-ignore: a label in a log line
    withTimeout(suggester.suggest(emotion, refresh), FETCH_LIMIT_MS, 'the music service');

  const tracksFor = async (emotion: Emotion): Promise<Suggestions> => {
    const shown = await deps.shown.get();
    return shown?.emotion === emotion ? shown : fetchTracks(emotion, false);
  };

  /**
   * The next track (in a serial job); answers the queue when it has run out and needs the mood's next
   * set, which the caller fetches outside the queue (refillLater).
   */
  const next = async (q: PlayQueue): Promise<PlayQueue | null> => {
    const step = advance(q, Date.now());
    if (step.kind === 'moved') {
      await write(step.queue);
      return null;
    }
    return step.queue;
  };

  /**
   * The queue ran out: fetches the mood's next set (or none: the same from the top), then applies it
   * unless the queue moved meanwhile (the user paused, stopped or picked other music: theirs wins). A
   * new mood announced meanwhile (`next`) still takes over.
   */
  const refillLater = async (before: PlayQueue | null) => {
    if (!before) return;
    let more: Suggestions['tracks'] = [];
    try {
      more = (await fetchTracks(before.emotion, true)).tracks;
    } catch (error) {
      console.warn('[emotune] player: no more tracks:', error);
    }
    await serial(async () => {
      const q = await current();
      if (!q || q.index !== before.index || currentTrack(q)?.id !== currentTrack(before)?.id) return;
      if (q.at !== before.at) return;
      const now = Date.now();
      const wanted = { ...before, next: q.next };
      const step = advance(wanted, now);
      return write(step.kind === 'moved' ? step.queue : refill(wanted, more, now));
    });
  };

  const current = () => deps.queue.get();

  /**
   * A queue marked playing whose page has gone (closed by the user, or by Chrome after 30 s of silence)
   * is paused, so that the next page to open (for the camera) plays nothing until a press of play.
   * Runs inside a serial job.
   */
  const pauseIfGone = async () => {
    const q = await current();
    if (q?.playing && !(await page.isOpen())) await deps.queue.set(pause(q, Date.now()));
  };
  const sync = () => serial(pauseIfGone);

  return {
    async control(cmd: PlayerCommand) {
      if (cmd.kind === 'play') {
        // Fetched before queueing (a mood not on show may need a search).
        const music = await tracksFor(cmd.emotion);
        return serial(() =>
          write(startQueue(cmd.emotion, music.tracks, cmd.trackId, Date.now(), cmd.position)),
        );
      }
      const exhausted = await serial(async () => {
        const q = await current();
        const now = Date.now();
        if (!q) return null;
        if (cmd.kind === 'pause') await write(pause(q, now));
        else if (cmd.kind === 'resume') await write(resume(q, now));
        else if (cmd.kind === 'next') return next({ ...q, playing: true });
        else await write(null);
        return null;
      });
      await refillLater(exhausted);
    },

    async event(e: PlayerEvent) {
      if (e.kind === 'closed') return sync();
      const exhausted = await serial(async () => {
        const q = await current();
        if (!q || q.tracks[q.index]?.id !== e.trackId) return null;
        if (e.kind === 'ended') return next(ended(q));
        if (e.kind === 'error') {
          await write(failed(q, e.message, Date.now()));
          return null;
        }
        // Where the page really is, and whether it plays: the user may have paused or resumed it from
        // the browser's media controls. The page needs no word back, and it stays open after such a
        // pause so that those controls can resume it (Chrome closes an audio-only document after 30 s
        // of silence).
        await deps.queue.set(reported(q, e, Date.now()));
        return null;
      });
      await refillLater(exhausted);
    },

    /** What a page that just loaded should play. */
    current: async () => view(await current()),

    sync,

    /** sync's check, for a caller already in the serial queue (the camera control, before it opens). */
    pauseIfGone,

    /** Auto-suggest announced a new mood: its music plays after the current track. */
    follow: (mood: Emotion, music: Suggestions) =>
      serial(async () => {
        const q = await current();
        if (q) await deps.queue.set(follow(q, mood, music.tracks));
      }),

    /** The preview volume changed: the page follows at once. */
    volume: () => serial(async () => push(await current())),

    /** Whether the page must stay for the music (the camera closes it otherwise). */
    active: async () => (await current())?.playing === true,
  };
}
