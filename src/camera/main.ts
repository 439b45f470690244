// Firefox's camera page: the same capture loop as Chrome's offscreen document, in a visible tab.
import { hostCaptureLoop } from '../offscreen/host-page';
import { settings } from '../shared/stores';

const status = document.getElementById('status');

hostCaptureLoop((e) => {
  if (!status) return;
  status.textContent =
    e.state === 'running'
      ? `Camera on (${e.backend}).`
      : `Camera: ${e.state}${e.detail ? ` (${e.detail})` : ''}`;
});

// Closing the tab is the stop button: the setting follows, so the camera does not come back by itself.
addEventListener('pagehide', () => void settings.cameraEnabled.set(false));
