/**
 * Everything the camera side can report, in words a user can act on. `ended`: the camera stopped in the
 * middle of a session (unplugged, taken by another app, permission revoked); `timeout`: it never started.
 */
export type CameraState =
  | 'starting'
  | 'running'
  | 'off'
  | 'denied'
  | 'no-camera'
  | 'busy'
  | 'ended'
  | 'timeout'
  | 'error';

/**
 * Maps a getUserMedia DOMException name to what the user should be told. Names from the Media Capture
 * spec; Chrome reports a camera held by another app as NotReadableError, Firefox sometimes as AbortError.
 */
export function cameraStateForError(errorName: string): CameraState {
  switch (errorName) {
    case 'NotAllowedError':
    case 'SecurityError':
      return 'denied';
    case 'NotFoundError':
    case 'OverconstrainedError':
      return 'no-camera';
    case 'NotReadableError':
    case 'AbortError':
    case 'TrackStartError':
      return 'busy';
    default:
      return 'error';
  }
}
