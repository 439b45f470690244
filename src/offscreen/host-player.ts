// The player's side of the media page: the previews that keep playing while the user browses. One
// audio element does what the background's queue says (bg-media-player-apply) and reports what happened
// (media-bg-player-event); main.ts registers its answer. It holds no state of its own that matters: a new page asks for the current track and
// starts it where the queue says it was. Only runtime messaging is used, the one extension API an
// offscreen document has.
import { type Message, message } from '../core/message';
import type { PlayerEvent, PlayerView } from '../core/music/play-queue';
import { send } from '../shared/messaging';
import type { Handlers } from '../shared/protocol';
import { createMediaSession } from './media-session';

/** How long a track may make no progress after an error before it is skipped. */
const STUCK_MS = 1500;
/**
 * How long a preview asked to play may take to start, or to move again after the browser says its
 * download stalled, before it is skipped as a failure (so that a queue of dead links stops).
 */
export const START_MS = 5000;

/** The media page's answer to the background's player message. */
export type PlayerHandlers = Pick<Handlers<'media-page'>, 'bg-media-player-apply'>;

/** `onChange` lets a visible page show what is playing. */
export function hostPlayer(onChange?: (view: PlayerView | null) => void): PlayerHandlers {
  const audio = new Audio();
  audio.preload = 'none';
  // In the page, without controls: invisible, and found where DevTools (and a test) would look.
  document.body.append(audio);
  let trackId: string | null = null;
  // Whether the queue wants sound now: only then is a track that makes no progress given up.
  let wanted = false;
  let deadline: ReturnType<typeof setTimeout> | null = null;

  const report = (e: PlayerEvent) =>
    void send('media-bg-player-event', e).catch((error: unknown) =>
      console.warn('[emotune] media-bg-player-event:', error),
    );
  const where = () => ({
    position: audio.currentTime,
    duration: Number.isFinite(audio.duration) ? audio.duration : null,
  });

  const mediaSession = createMediaSession(
    () =>
      void send('media-bg-player-next', undefined).catch((error: unknown) =>
        console.warn('[emotune] next from the media controls:', error),
      ),
  );

  const disarm = () => {
    if (deadline) clearTimeout(deadline);
    deadline = null;
  };
  /**
   * Skips the track unless it gets somewhere (moves past where it is, or ends) within START_MS. `fresh`
   * starts the count again (a new track, a new play); a stall keeps a count already running.
   */
  const expectProgress = (why: Message, fresh: boolean) => {
    const id = trackId;
    if (!id || !wanted || (deadline && !fresh)) return;
    disarm();
    const at = audio.currentTime;
    deadline = setTimeout(() => {
      deadline = null;
      // Paused meanwhile (the browser's media controls): silence is what the user asked for.
      if (id === trackId && wanted && !audio.paused && !audio.ended && audio.currentTime <= at)
        report({ kind: 'error', trackId: id, message: why });
    }, START_MS);
  };

  const apply = (view: PlayerView | null) => {
    onChange?.(view);
    mediaSession(view);
    wanted = !!view?.playing;
    if (!wanted) disarm();
    if (!view) {
      trackId = null;
      audio.pause();
      audio.removeAttribute('src');
      audio.load();
      return;
    }
    audio.volume = view.volume;
    // Only a track this page did not have is loaded and sought: the queue's position of the track in
    // play is derived from the last report, and seeking to it would stutter.
    const fresh = view.trackId !== trackId;
    if (fresh) {
      trackId = view.trackId;
      audio.src = view.src;
      audio.currentTime = view.position;
    }
    if (view.playing && (fresh || audio.paused))
      expectProgress(message('player_noSound', { seconds: START_MS / 1000 }), true);
    if (view.playing && audio.paused) {
      const id = view.trackId;
      audio.play().catch((e: Error) => {
        // A newer load or pause interrupted this play(): not a fault.
        if (e.name !== 'AbortError') report({ kind: 'error', trackId: id, message: e.message });
      });
    } else if (!view.playing && !audio.paused) audio.pause();
  };

  audio.addEventListener('playing', () => {
    disarm();
    if (trackId) report({ kind: 'playing', trackId, ...where() });
  });
  // The download stopped coming (a server that never answers, or stops midway): given up unless the
  // track moves again in time. 'waiting' is the same for a track that ran out of data while playing.
  for (const stall of ['stalled', 'waiting'])
    audio.addEventListener(stall, () => expectProgress(message('player_stoppedLoading'), false));
  // An ended track pauses too: 'ended' says it.
  audio.addEventListener('pause', () => {
    if (trackId && !audio.ended) report({ kind: 'paused', trackId, ...where() });
  });
  audio.addEventListener('ended', () => trackId && report({ kind: 'ended', trackId }));
  // Firefox fires 'error' ("Failed to decode media") for a frame it skips and plays on: a track is
  // given up only when it does not get anywhere after the error.
  audio.addEventListener('error', () => {
    const id = trackId;
    const at = audio.currentTime;
    if (!id || !audio.getAttribute('src')) return;
    setTimeout(() => {
      const stuck = !audio.ended && (audio.paused || audio.currentTime <= at);
      if (id === trackId && stuck)
        report({
          kind: 'error',
          trackId: id,
          message: audio.error?.message || message('player_couldNotLoad'),
        });
    }, STUCK_MS);
  });

  // The background opened this page: ask what to play (null: it is here for the camera alone).
  void send('media-bg-player-current', undefined).then(apply);
  return { 'bg-media-player-apply': (view) => apply(view) };
}
