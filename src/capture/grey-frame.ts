// The camera's current frame as WebCodecs sees it: its luma plane for the skip checks (core/luma.ts), and
// the same frame drawn in colour only when a model is to run. Both browsers construct a VideoFrame from a
// playing <video> (Chrome 94+, Firefox 130+); where that fails (no frame yet, an RGB or GPU-only frame) the
// pipeline falls back to drawing every frame on a canvas.
import type { Box } from '../core/face-box';
import { type LumaPlane, shrinkLuma } from '../core/luma';

export interface GreyFrame {
  /** The frame's size as the video reports it (videoWidth x videoHeight): boxes are in these pixels. */
  width: number;
  height: number;
  /** A region (frame pixels) area-averaged to `width` x `height` full-range grey levels. */
  thumb(region: Box, width: number, height: number): Uint8Array;
  /** This very frame, in colour, onto a canvas of the frame's size (for the detector and the crop). */
  draw(ctx: CanvasRenderingContext2D): void;
  close(): void;
}

/** Formats whose first plane is 8-bit luma at full resolution. */
const LUMA_FIRST = new Set(['I420', 'I420A', 'I422', 'I444', 'NV12']);

/** Reads frames into one buffer that grows as needed: a frame a second must not churn the heap. */
export function createGreyReader(): { read(video: HTMLVideoElement): Promise<GreyFrame | null> } {
  let buffer = new Uint8Array(0);
  return {
    async read(video) {
      if (typeof VideoFrame === 'undefined' || video.videoWidth === 0) return null;
      let frame: VideoFrame;
      try {
        frame = new VideoFrame(video);
      } catch {
        return null; // no frame decoded yet, or a browser that cannot wrap this video
      }
      try {
        const visible = frame.visibleRect;
        if (!frame.format || !LUMA_FIRST.has(frame.format) || !visible) {
          frame.close();
          return null;
        }
        const size = frame.allocationSize();
        if (buffer.length < size) buffer = new Uint8Array(size);
        const [y] = await frame.copyTo(buffer);
        if (!y) throw new Error('no planes');
        const plane: LumaPlane = {
          data: buffer,
          offset: y.offset,
          stride: y.stride,
          width: visible.width,
          height: visible.height,
          fullRange: frame.colorSpace.fullRange === true,
        };
        // The plane may be larger than the size the video reports (a camera scaled by the browser):
        // boxes in video pixels are scaled onto it.
        const { videoWidth: width, videoHeight: height } = video;
        const sx = visible.width / width;
        const sy = visible.height / height;
        return {
          width,
          height,
          thumb: (r, w, h) =>
            shrinkLuma(plane, { x: r.x * sx, y: r.y * sy, width: r.width * sx, height: r.height * sy }, w, h),
          draw: (ctx) => ctx.drawImage(frame, 0, 0, width, height),
          close: () => frame.close(),
        };
      } catch {
        frame.close();
        return null;
      }
    },
  };
}
