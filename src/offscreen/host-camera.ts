// The camera's side of the media page: the capture loop (src/capture, the camera engine) reports over
// the protocol, answers the background's start/stop (main.ts registers the answers), and asks for its
// options once. The engine (tfjs,
// Human, the models) loads only when the camera starts: the page may be open just to play previews.

import type { CaptureLoop } from '../capture/capture-loop';
import type { CameraEvent } from '../core/mood';
import { browser } from '../shared/browser';
import { send } from '../shared/messaging';
import type { Handlers } from '../shared/protocol';

/** The media page's answers to the background's camera messages. */
export type CameraHandlers = Pick<
  Handlers<'media-page'>,
  'bg-media-capture-start' | 'bg-media-capture-configure' | 'bg-media-capture-stop'
>;

/** `onState` lets a visible page show the camera's state too. */
export function hostCaptureLoop(onState?: (e: CameraEvent) => void): CameraHandlers {
  let loop: Promise<CaptureLoop> | null = null;
  const engine = () =>
    (loop ??= import('../capture/capture-loop').then(({ createCaptureLoop }) =>
      createCaptureLoop(
        {
          reading: (r) => send('media-bg-camera-reading', r),
          state: (e) => {
            onState?.(e);
            return send('media-bg-camera-state', e);
          },
        },
        (path) => browser.runtime.getURL(path),
      ),
    ));

  // The background opened this page: ask it how to capture (null: the page is here to play previews).
  void send('media-bg-capture-options', undefined).then((options) => {
    if (options) void engine().then((l) => l.start(options));
  });

  return {
    'bg-media-capture-start': async (options) => (await engine()).start(options),
    'bg-media-capture-configure': async (options) => (await engine()).configure(options),
    // A page whose camera never started has nothing to release.
    'bg-media-capture-stop': async () => (loop ? (await loop).stop() : { trackState: 'ended' }),
  };
}
