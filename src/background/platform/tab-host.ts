// Firefox: no offscreen documents, and its event page is suspended ~30 s after start even with a live
// camera, so the camera runs in a visible pinned extension tab that the user can see and close.

import { withTimeout } from '../../core/with-timeout';
import { browser } from '../../shared/browser';
import { send } from '../../shared/messaging';
import { PAGES } from '../../shared/pages';
import { type CameraHost, STOP_TIMEOUT_MS } from './camera-host';

const PATH = `/${PAGES.camera}`;

function cameraViews(): Window[] {
  return browser.extension.getViews({ type: 'tab' }).filter((w) => w.location.pathname === PATH);
}

export function createTabHost(): CameraHost {
  let opening: Promise<void> | null = null;
  return {
    isOpen: async () => cameraViews().length > 0,
    async open() {
      if (cameraViews().length > 0) return;
      opening ??= browser.tabs
        .create({ url: browser.runtime.getURL(PATH), pinned: true, active: true })
        .then(() => undefined)
        .finally(() => {
          opening = null;
        });
      await opening;
    },
    async update(options) {
      await send('capture/configure', options);
    },
    async close() {
      if (cameraViews().length === 0) return { trackState: 'ended' };
      let trackState = 'ended';
      try {
        trackState = (await withTimeout(send('capture/stop', undefined), STOP_TIMEOUT_MS, 'capture/stop'))
          .trackState;
      } catch {
        // Closing the page releases the camera whatever it answered.
      }
      for (const view of cameraViews()) view.close();
      return { trackState };
    },
  };
}
