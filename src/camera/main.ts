// Firefox's camera page: the same capture loop as Chrome's offscreen document, in a visible tab.
import { createCaptureLoop } from '../offscreen/capture-loop';
import { browser } from '../shared/browser';
import { listen, send } from '../shared/messaging';
import { settings } from '../shared/stores';

const status = document.getElementById('status');
const show = (text: string) => {
  if (status) status.textContent = text;
};

const loop = createCaptureLoop(
  {
    reading: (r) => send('camera/reading', r),
    state: (e) => {
      show(
        e.state === 'running'
          ? `Camera on (${e.backend}).`
          : `Camera: ${e.state}${e.detail ? ` (${e.detail})` : ''}`,
      );
      return send('camera/state', e);
    },
  },
  (path) => browser.runtime.getURL(path),
);

listen('offscreen', {
  'capture/start': (options) => loop.start(options),
  'capture/stop': () => loop.stop(),
});

// Closing the tab is the stop button: the setting follows, so the camera does not come back by itself.
addEventListener('pagehide', () => void settings.cameraEnabled.set(false));

void send('capture/options', undefined).then((options) => loop.start(options));
