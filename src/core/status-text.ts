import { englishOf } from './legacy-english';
import { type Message, message } from './message';
import type { MoodStatus } from './mood';

/**
 * What the popup says above the mood for each state, in words that tell the user what to do.
 * `detail` comes from the camera page or the watchdog, as they wrote it.
 */
export function statusMessage(status: MoodStatus, detail: string | null) {
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

/** The English of statusMessage, for callers not yet moved to keys (see legacy-english.ts). */
export function statusText(status: MoodStatus, detail: string | null): string | null {
  const m: Message | null = statusMessage(status, detail);
  return m && englishOf(m);
}

/** True when the mood shown is not from the latest frame, so the popup greys it out. */
export function isMoodStale(status: MoodStatus): boolean {
  return status !== 'ok' && status !== 'several-faces';
}
