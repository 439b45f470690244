import type { MoodStatus } from './mood';

/** What the popup says above the mood for each state, in words that tell the user what to do. */
export function statusText(status: MoodStatus, detail: string | null): string | null {
  switch (status) {
    case 'ok':
      return null;
    case 'starting':
      return 'Starting the camera and loading the models…';
    case 'several-faces':
      return 'Several faces in view: reading the largest one.';
    case 'no-face':
      return 'No face in view. Face the camera, in good light.';
    case 'too-dark':
      return 'Too dark to read your face. Turn on a light or face a window.';
    case 'camera-off':
      return 'Camera is off. Switch it on to read your mood.';
    case 'camera-denied':
      return 'Camera access is blocked. Allow it to let Emotune read your mood.';
    case 'no-camera':
      return 'No camera found. Connect one, then switch the camera on again.';
    case 'camera-busy':
      return 'The camera is in use by another app. Close that app, then switch the camera on again.';
    case 'camera-ended':
      return `The camera stopped${detail ? ` (${detail})` : ''}. Check that it is connected and free, then retry.`;
    case 'camera-timeout':
      return `The camera did not start${detail ? ` (${detail})` : ''}. Retry, or check that no other app holds it.`;
    case 'stalled':
      return 'The camera stopped reporting. Restarting it…';
    case 'error':
      return `Something went wrong${detail ? `: ${detail}` : '.'}`;
  }
}

/** True when the mood shown is not from the latest frame, so the popup greys it out. */
export function isMoodStale(status: MoodStatus): boolean {
  return status !== 'ok' && status !== 'several-faces';
}
