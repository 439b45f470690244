// The background's side of the media page: the one seam between browsers, resolved at build time
// (import.meta.env.TARGET is a constant, so the other browser's page is dropped from the bundle).
import { createChromeOffscreen } from './chrome-offscreen';
import { createFirefoxTab } from './firefox-tab';
import type { MediaPage } from './media-page';

export function createMediaPage(): MediaPage {
  return import.meta.env.TARGET === 'firefox' ? createFirefoxTab() : createChromeOffscreen();
}

export { type CameraHost, createCameraHost } from './camera-host';
export type { MediaPage, PageRole } from './media-page';
export { createPageQueue } from './queue';
