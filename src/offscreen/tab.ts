// Firefox's media page is a visible pinned tab: it shows its note, the camera's state and what plays,
// and closing it is the stop button.
import { type CameraEvent, STATUS_FOR_CAMERA } from '../core/mood';
import type { PlayerView } from '../core/music/play-queue';
import { statusMessage } from '../core/status-text';
import { t, tm } from '../shared/i18n';
import { send } from '../shared/messaging';
import { settings } from '../shared/stores';

export interface TabNote {
  /** Shows the camera's state. */
  camera(e: CameraEvent): void;
  /** Shows what plays. */
  playing(view: PlayerView | null): void;
}

export function showTabNote(): TabNote {
  document.documentElement.lang = t('html_lang');
  const note = document.querySelector('main');
  if (note) note.hidden = false;
  const status = document.getElementById('status');
  const playing = document.getElementById('playing');
  const say = (id: string, text: string) => {
    const element = document.getElementById(id);
    if (element) element.textContent = text;
  };
  say('explain', t('tab_explain'));
  say('close', t('tab_close'));
  if (status) status.textContent = t('status_cameraOff');
  if (playing) playing.textContent = t('tab_nothingPlaying');
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
      const said = e.state === 'running' ? null : statusMessage(STATUS_FOR_CAMERA[e.state], e.detail ?? null);
      status.textContent = said ? tm(said) : t('tab_cameraOn', { backend: e.backend ?? '' });
    },
    playing(view) {
      if (playing)
        playing.textContent = view
          ? view.playing
            ? t('tab_playing', { title: view.title })
            : t('tab_paused', { title: view.title })
          : t('tab_nothingPlaying');
    },
  };
}
