// Firefox's camera page: the same capture loop as Chrome's offscreen document, in a visible tab.
import { hostCaptureLoop } from '../capture/host-page';
import { settings } from '../shared/stores';

const status = document.getElementById('status');
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

// Closing the tab is the stop button: the setting follows, so the camera does not come back by itself.
addEventListener('pagehide', () => {
  if (!stoppedByBackground) void settings.cameraEnabled.set(false);
});
