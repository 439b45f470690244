// "Keep playing while I browse": the background owns the queue (storage.session, core/music/play-queue)
// and tells the media page what to play; the page reports starts, pauses, ends and failures. Audio
// starts only from the user's play or resume: a mood change queues music behind the current track
// and never presses play itself.
import type { Emotion } from '../../core/emotions';
import {
  advance,
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
import type { StorageItem } from '../../shared/storage-item';
import type { MediaPage } from '../platform';
import type { Serial } from '../serial';
import type { Suggester } from './suggester';

export interface PlayerDeps {
  page: MediaPage;
  suggester: Pick<Suggester, 'suggest'>;
  /** Shared with the camera control: both open and close the page. */
  serial: Serial;
  queue: StorageItem<PlayQueue | null>;
  /** The suggestions on show, whose tracks a play starts from. */
  shown: StorageItem<Suggestions | null>;
  volume: StorageItem<number>;
  cameraEnabled: StorageItem<boolean>;
  /** Sends the page what to play (player/apply). */
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

  const tracksFor = async (emotion: Emotion): Promise<Suggestions> => {
    const shown = await deps.shown.get();
    return shown?.emotion === emotion ? shown : suggester.suggest(emotion, false);
  };

  /** The next track; when the queue has run out, the mood's next set (or the same from the top). */
  const next = async (q: PlayQueue) => {
    const step = advance(q, Date.now());
    if (step.kind === 'moved') return write(step.queue);
    let more: Suggestions['tracks'] = [];
    try {
      more = (await suggester.suggest(q.emotion, true)).tracks;
    } catch (error) {
      console.warn('[emotune] player: no more tracks:', error);
    }
    return write(refill(step.queue, more, Date.now()));
  };

  const current = () => deps.queue.get();

  /** A queue marked playing whose page has gone (closed by the user or the browser) is paused. */
  const sync = () =>
    serial(async () => {
      const q = await current();
      if (q?.playing && !(await page.isOpen())) await deps.queue.set(pause(q, Date.now()));
    });

  return {
    control: (cmd: PlayerCommand) =>
      serial(async () => {
        const q = await current();
        const now = Date.now();
        if (cmd.kind === 'play') {
          const music = await tracksFor(cmd.emotion);
          return write(startQueue(cmd.emotion, music.tracks, cmd.trackId, now, cmd.position));
        }
        if (!q) return;
        if (cmd.kind === 'pause') return write(pause(q, now));
        if (cmd.kind === 'resume') return write(resume(q, now));
        if (cmd.kind === 'next') return next({ ...q, playing: true });
        return write(null);
      }),

    event: (e: PlayerEvent) => {
      if (e.kind === 'closed') return sync();
      return serial(async () => {
        const q = await current();
        if (!q || q.tracks[q.index]?.id !== e.trackId) return;
        if (e.kind === 'ended') return next(ended(q));
        if (e.kind === 'error') return write(failed(q, e.message, Date.now()));
        // Where the page really is, and whether it plays: the user may have paused or resumed it from
        // the browser's media controls. The page needs no word back, and it stays open after such a
        // pause so that those controls can resume it (Chrome closes an audio-only document after 30 s
        // of silence).
        await deps.queue.set(reported(q, e, Date.now()));
      });
    },

    /** What a page that just loaded should play. */
    current: async () => view(await current()),

    sync,

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
