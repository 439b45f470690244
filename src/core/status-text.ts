import { message, type Sub } from './message';
import type { MoodStatus } from './mood';

/**
 * What the popup says above the mood for each state, in words that tell the user what to do.
 * `detail` comes from the camera page (the browser's own words) or the watchdog (a message).
 */
export function statusMessage(status: MoodStatus, detail: Sub | null) {
  const withDetail = <A extends string, B extends string>(plain: A, detailed: B) =>
    detail ? message(detailed, { detail }) : message(plain);
  switch (status) {
    case 'ok':
      return null;
    case 'starting':
      return message('status_starting');
    case 'several-faces':
      return message('status_severalFaces');
    case 'no-face':
      return message('status_noFace');
    case 'too-dark':
      return message('status_tooDark');
    case 'camera-off':
      return message('status_cameraOff');
    case 'camera-denied':
      return message('status_cameraDenied');
    case 'no-camera':
      return message('status_noCamera');
    case 'camera-busy':
      return message('status_cameraBusy');
    case 'camera-ended':
      return withDetail('status_cameraEnded', 'status_cameraEndedDetail');
    case 'camera-timeout':
      return withDetail('status_cameraTimeout', 'status_cameraTimeoutDetail');
    case 'stalled':
      return message('status_stalled');
    case 'error':
      return withDetail('status_error', 'status_errorDetail');
  }
}

/** True when the mood shown is not from the latest frame, so the popup greys it out. */
export function isMoodStale(status: MoodStatus): boolean {
  return status !== 'ok' && status !== 'several-faces';
}
