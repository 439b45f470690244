// The wiring every camera page shares (Chrome's offscreen document, Firefox's visible tab): the capture
// loop reports over the protocol, answers the background's start/stop, and asks for its options once.
import type { CameraEvent } from '../core/mood';
import { browser } from '../shared/browser';
import { listen, send } from '../shared/messaging';
import { createCaptureLoop } from './capture-loop';

/** `onState` lets a visible page show the camera's state too. */
export function hostCaptureLoop(onState?: (e: CameraEvent) => void): void {
  const loop = createCaptureLoop(
    {
      reading: (r) => send('camera/reading', r),
      state: (e) => {
        onState?.(e);
        return send('camera/state', e);
      },
    },
    (path) => browser.runtime.getURL(path),
  );

  listen('camera', {
    'capture/start': (options) => loop.start(options),
    'capture/configure': (options) => loop.configure(options),
    'capture/stop': () => loop.stop(),
  });

  // The background opened this page to capture: ask it how, now that the listener above is in place.
  void send('capture/options', undefined).then((options) => loop.start(options));
}
