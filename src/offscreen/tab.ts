// Firefox's media page is a visible pinned tab: it shows its note, the camera's state and what plays,
// and closing it is the stop button.
import type { CameraEvent } from '../core/mood';
import type { PlayerView } from '../core/music/play-queue';
import { send } from '../shared/messaging';
import { settings } from '../shared/stores';

export interface TabNote {
  /** Shows the camera's state. */
  camera(e: CameraEvent): void;
  /** Shows what plays. */
  playing(view: PlayerView | null): void;
}

export function showTabNote(): TabNote {
  const note = document.querySelector('main');
  if (note) note.hidden = false;
  const status = document.getElementById('status');
  const playing = document.getElementById('playing');
  // 'off' comes only from bg-media-capture-stop: the background is closing this tab (switch off, or its watchdog
  // restarting a silent page), so the setting must not change.
  let stoppedByBackground = false;

  // Closing the tab is the stop button: the setting follows, so the camera does not come back by itself,
  // and the background marks the music paused once it sees the page gone (not when it replaced the page).
  addEventListener('pagehide', () => {
    if (!stoppedByBackground) void settings.cameraEnabled.set(false);
    void send('media-bg-player-event', { kind: 'closed' });
  });

  return {
    camera(e) {
      stoppedByBackground = e.state === 'off';
      if (!status) return;
      status.textContent =
        e.state === 'running'
          ? `Camera on (${e.backend}).`
          : `Camera: ${e.state}${e.detail ? ` (${e.detail})` : ''}`;
    },
    playing(view) {
      if (playing)
        playing.textContent = view
          ? `${view.playing ? 'Playing' : 'Paused'}: ${view.title}`
          : 'Nothing playing.';
    },
  };
}
