// What the browser's media controls (the toolbar's media hub, the lock screen, media keys) show and do
// for the queue: the track's title, artists and cover, and "next track" to skip it. Play and pause are
// the audio element's own, which the browser's controls already drive (the page reports them).
import type { PlayerView } from '../core/music/play-queue';

/** `next` skips the track in play (the background's queue decides what follows). */
export function createMediaSession(next: () => void) {
  const session = 'mediaSession' in navigator ? navigator.mediaSession : null;
  session?.setActionHandler('nexttrack', next);
  let shown: string | null = null;
  return (view: PlayerView | null) => {
    if (!session) return;
    if (!view) {
      shown = null;
      session.metadata = null;
      return;
    }
    if (view.trackId === shown) return;
    shown = view.trackId;
    session.metadata = new MediaMetadata({
      title: view.name,
      artist: view.artists.join(', '),
      artwork: view.artwork ? [{ src: view.artwork }] : [],
    });
  };
}
