import type { CameraRequest } from '../core/camera-request';
import { videoConstraints } from '../core/camera-request';
import { type CameraState, cameraStateForError } from '../core/camera-status';
import { errorLine, type Message, message } from '../core/message';

export type CameraResult =
  | { ok: true; stream: MediaStream; video: HTMLVideoElement }
  /** `detail`: the browser's own words, or ours (a message). */
  | { ok: false; state: CameraState; detail: string | Message };

/** Opens the default camera at the size and frame rate the interval needs (src/core/camera-request.ts). */
export async function openCamera(request: CameraRequest): Promise<CameraResult> {
  if (!navigator.mediaDevices?.getUserMedia) {
    return { ok: false, state: 'no-camera', detail: message('capture_noApi') };
  }
  let stream: MediaStream;
  try {
    stream = await navigator.mediaDevices.getUserMedia({
      video: videoConstraints(request),
      audio: false,
    });
  } catch (error) {
    // i18n-ignore: an error's name, as the browser spells them (NotAllowedError...)
    const name = error instanceof DOMException ? error.name : 'Error';
    const message = errorLine(error);
    return { ok: false, state: cameraStateForError(name), detail: `${name}: ${message}` };
  }
  const video = document.createElement('video');
  video.muted = true;
  video.playsInline = true;
  video.srcObject = stream;
  await video.play();
  if (video.videoWidth === 0)
    await new Promise((r) => video.addEventListener('loadeddata', r, { once: true }));
  return { ok: true, stream, video };
}

/** Stops every track and answers the state they ended in ('ended' once the camera is released). */
export function closeCamera(stream: MediaStream | null): string {
  if (!stream) return 'ended';
  for (const track of stream.getTracks()) track.stop();
  return stream.getVideoTracks()[0]?.readyState ?? 'ended';
}

/**
 * Asks a running camera for a new size and frame rate (the interval changed), keeping the track. A camera
 * that refuses keeps what it had: the frames still come, only dearer, so the failure is only logged.
 */
export async function renegotiateCamera(stream: MediaStream, request: CameraRequest): Promise<void> {
  const track = stream.getVideoTracks()[0];
  try {
    await track?.applyConstraints(videoConstraints(request));
  } catch (error) {
    console.warn('[emotune] the camera kept its settings:', errorLine(error));
  }
}
