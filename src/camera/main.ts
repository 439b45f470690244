// Firefox's media page: the same capture loop and player as Chrome's offscreen document, in a tab.
import { hostCaptureLoop } from '../capture/host-page';
import { hostPlayer } from '../player/host-player';
import { send } from '../shared/messaging';
import { settings } from '../shared/stores';

const status = document.getElementById('status');
const playing = document.getElementById('playing');
// 'off' comes only from capture/stop: the background is closing this tab (switch off, or its watchdog
// restarting a silent page), so the setting must not change.
let stoppedByBackground = false;

hostCaptureLoop((e) => {
  stoppedByBackground = e.state === 'off';
  if (!status) return;
  status.textContent =
    e.state === 'running'
      ? `Camera on (${e.backend}).`
      : `Camera: ${e.state}${e.detail ? ` (${e.detail})` : ''}`;
});
hostPlayer((view) => {
  if (playing)
    playing.textContent = view ? `${view.playing ? 'Playing' : 'Paused'}: ${view.title}` : 'Nothing playing.';
});

// Closing the tab is the stop button: the setting follows, so the camera does not come back by itself,
// and the background marks the music paused once it sees the page gone (not when it replaced the page).
addEventListener('pagehide', () => {
  if (!stoppedByBackground) void settings.cameraEnabled.set(false);
  void send('player/event', { kind: 'closed' });
});
