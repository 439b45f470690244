// The one platform seam, resolved at build time (import.meta.env.TARGET is a constant, so the other
// browser's page is dropped from the bundle).
import type { MediaPage } from './media-page';
import { createOffscreenPage } from './offscreen-page';
import { createTabPage } from './tab-page';

export function createMediaPage(): MediaPage {
  return import.meta.env.TARGET === 'firefox' ? createTabPage() : createOffscreenPage();
}

export { type CameraHost, createCameraHost } from './camera-host';
export type { MediaPage } from './media-page';
