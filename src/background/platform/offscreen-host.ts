// Chrome: the camera lives in an offscreen document (reason USER_MEDIA). Only one may exist per
// extension, so creation is guarded against the popup and a settings change asking at the same time.
import { withTimeout } from '../../core/with-timeout';
import { send } from '../../shared/messaging';
import { PAGES } from '../../shared/pages';
import { type CameraHost, STOP_TIMEOUT_MS } from './camera-host';

const PATH = PAGES.offscreen;

export function createOffscreenHost(): CameraHost {
  const url = chrome.runtime.getURL(PATH);
  // In-flight guard only: after a service-worker restart it is null again, and getContexts is the truth.
  let creating: Promise<void> | null = null;

  const isOpen = async () => {
    const contexts = await chrome.runtime.getContexts({
      contextTypes: [chrome.runtime.ContextType.OFFSCREEN_DOCUMENT],
      documentUrls: [url],
    });
    return contexts.length > 0;
  };

  return {
    isOpen,
    async open() {
      if (await isOpen()) return;
      creating ??= chrome.offscreen
        .createDocument({
          url: PATH,
          reasons: [chrome.offscreen.Reason.USER_MEDIA],
          justification:
            'Reads the webcam to recognise the facial expression; images never leave the device.',
        })
        .catch(async (error: unknown) => {
          // Lost a race with another creator (e.g. from before a service-worker restart): fine if it exists.
          if (!(await isOpen())) throw error;
        })
        .finally(() => {
          creating = null;
        });
      await creating;
    },
    async update(options) {
      await send('capture/configure', options);
    },
    async close() {
      if (creating) await creating.catch(() => undefined);
      if (!(await isOpen())) return { trackState: 'ended' };
      let trackState = 'ended';
      try {
        trackState = (await withTimeout(send('capture/stop', undefined), STOP_TIMEOUT_MS, 'capture/stop'))
          .trackState;
      } catch {
        // A page that cannot answer is closed anyway; closing it releases the camera.
      }
      await chrome.offscreen.closeDocument();
      return { trackState };
    },
  };
}
