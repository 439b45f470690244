// What to ask of the camera for a capture interval. The camera delivers (and the browser's capture
// service converts) every frame it is opened at, but only one per interval is read: 640 x 480 at 15 fps
// to read one frame a second spends almost all of that work on frames nobody looks at.

export interface CameraRequest {
  width: number;
  height: number;
  frameRate: number;
}

/** The sizes asked for, largest first (4:3, what laptop webcams and Chromium's fake camera offer). */
export const CAMERA_LADDER = [
  { width: 640, height: 480 },
  { width: 480, height: 360 },
  { width: 320, height: 240 },
] as const;

/** From this interval on (one frame a second, the default, or slower) the smaller size is asked for. */
export const SLOW_INTERVAL_MS = 1000;

/**
 * 480 x 360 when a frame a second or fewer are read. Measured on the fixture (`npm run bench --
 * --face-sizes`): the face is 333 px at 640 x 480, 251 at 480 x 360, 167 at 320 x 240. A face at arm's
 * length from a laptop is about half the fixture's (~160 px at 640 x 480): 120 px at 480 x 360 keeps it
 * above the largest model input (112 px), 80 px at 320 x 240 would not. Two camera frames per read frame, so the one read is at most half an interval
 * old; at least 5 fps (auto-exposure settles slowly below), at most 15.
 * The size chooses the camera's mode. Where a frame is copied rather than drawn (Chrome,
 * src/capture/frame-pixels.ts) it is read at the size the camera delivers: Chrome scales a track to the
 * size asked only when it draws it, so a camera without a 480 x 360 mode is read at its own (Chromium's
 * fake camera: the file's 640 x 480).
 */
export function cameraRequestFor(intervalMs: number): CameraRequest {
  const size = intervalMs >= SLOW_INTERVAL_MS ? CAMERA_LADDER[1] : CAMERA_LADDER[0];
  const frameRate = Math.min(15, Math.max(5, Math.ceil((2 * 1000) / Math.max(1, intervalMs))));
  return { width: size.width, height: size.height, frameRate };
}

export function sameRequest(a: CameraRequest, b: CameraRequest): boolean {
  return a.width === b.width && a.height === b.height && a.frameRate === b.frameRate;
}

/** As getUserMedia and applyConstraints take it: ideals, so a camera that cannot still opens. */
export function videoConstraints(r: CameraRequest) {
  return { width: { ideal: r.width }, height: { ideal: r.height }, frameRate: { ideal: r.frameRate } };
}
