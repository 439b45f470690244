import { type CameraState, cameraStateForError } from '../core/camera-status';

export type CameraResult =
  | { ok: true; stream: MediaStream; video: HTMLVideoElement }
  | { ok: false; state: CameraState; detail: string };

/** Opens the default camera at a modest resolution: faces need ~100 px, and smaller frames detect faster. */
export async function openCamera(): Promise<CameraResult> {
  if (!navigator.mediaDevices?.getUserMedia) {
    return { ok: false, state: 'no-camera', detail: 'This browser page has no camera access API.' };
  }
  let stream: MediaStream;
  try {
    stream = await navigator.mediaDevices.getUserMedia({
      video: { width: { ideal: 640 }, height: { ideal: 480 }, frameRate: { ideal: 15 } },
      audio: false,
    });
  } catch (error) {
    const name = error instanceof DOMException ? error.name : 'Error';
    const message = error instanceof Error ? error.message : String(error);
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
