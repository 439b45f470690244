import type { CaptureOptions } from '../../shared/protocol';

/**
 * Where the camera loop lives differs by browser (Chrome: an offscreen document; Firefox: a visible
 * extension page). The background talks to it only through this seam, chosen at build time.
 */
export interface CameraHost {
  /** Is a camera page running? */
  isOpen(): Promise<boolean>;
  /** Opens the camera page; it asks for its options itself once loaded. */
  open(): Promise<void>;
  /** Applies new options to a running camera page. */
  update(options: CaptureOptions): Promise<void>;
  /** Stops the camera and closes its page; answers the camera track's final state. */
  close(): Promise<{ trackState: string }>;
}

/** A hung camera page must not hold up closing it: closing releases the camera whatever it answers. */
export const STOP_TIMEOUT_MS = 3000;
