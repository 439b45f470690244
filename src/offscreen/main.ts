// Chrome's offscreen document: hosts the camera loop, because a service worker cannot hold a camera.
import { browser } from '../shared/browser';
import { listen, send } from '../shared/messaging';
import { createCaptureLoop } from './capture-loop';

const loop = createCaptureLoop(
  {
    reading: (r) => send('camera/reading', r),
    state: (e) => send('camera/state', e),
  },
  (path) => browser.runtime.getURL(path),
);

listen('offscreen', {
  'capture/start': (options) => loop.start(options),
  'capture/stop': () => loop.stop(),
});

// The background created this page to capture: ask it how, now that the listener above is in place.
void send('capture/options', undefined).then((options) => loop.start(options));
