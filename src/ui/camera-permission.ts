import { browser } from '../shared/browser';
import { PAGES } from '../shared/pages';
import { NEEDS_PERMISSION_PAGE } from '../shared/platform';
import { settings } from '../shared/stores';

/** 'granted' | 'denied' | 'prompt', or 'unknown' where the browser cannot say. */
export async function cameraPermission(): Promise<PermissionState | 'unknown'> {
  try {
    return (await navigator.permissions.query({ name: 'camera' as PermissionName })).state;
  } catch {
    return 'unknown';
  }
}

/**
 * Turns the camera on, going through the visible permission page first where the camera has never been
 * granted (an offscreen document cannot show the browser's prompt).
 */
export async function switchCameraOn(): Promise<'on' | 'asking'> {
  if (NEEDS_PERMISSION_PAGE && (await cameraPermission()) !== 'granted') {
    await browser.tabs.create({ url: browser.runtime.getURL(PAGES.permission) });
    return 'asking';
  }
  await settings.cameraEnabled.set(true);
  return 'on';
}
