// The one platform seam, resolved at build time (import.meta.env.TARGET is a constant, so the other
// browser's host is dropped from the bundle).
import type { CameraHost } from './camera-host';
import { createOffscreenHost } from './offscreen-host';
import { createTabHost } from './tab-host';

export function createCameraHost(): CameraHost {
  return import.meta.env.TARGET === 'firefox' ? createTabHost() : createOffscreenHost();
}

export type { CameraHost };
