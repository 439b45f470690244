// The frame being read, drawn once and read by all who need its pixels: the thumbnails (from the canvas),
// the detector (the whole frame) and the classifier (the face's crop).
//
// Drawing the camera's video on a canvas and reading it back (getImageData) cost 9.6 ms a frame here at
// 640 x 480, most of it the draw; `VideoFrame.copyTo` with format RGBA gives the same pixels, bit for
// bit in Chromium, in 0.2-0.4 ms (docs/performance.md, eighth round). So a video's frame is copied, then
// put on the canvas for the thumbnails (0.1 ms), and the readers read the copy. Where copyTo cannot
// convert (it rejects, or VideoFrame is missing), or where its pixels are not the canvas's (checked on
// the first frame: a browser may convert colours differently), the frame is drawn as before.
import { maxChannelDiff } from '../core/colour';

export interface Region {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A region's RGBA in a larger array: its first pixel at `offset`, its rows `stride` bytes apart. */
export interface RgbaView {
  data: Uint8ClampedArray;
  width: number;
  height: number;
  offset: number;
  stride: number;
}

/** The camera's video, or a decoded still picture (the backend check's probe face). */
export type FrameSource = HTMLVideoElement | ImageBitmap;

export interface FramePixels {
  /** The frame, drawn: the thumbnails are drawn from it, and the GPU backends read it with their own kernel. */
  readonly canvas: HTMLCanvasElement;
  /** The frame's RGBA, or a region's (whole pixels inside the frame). */
  rgba(region?: Region): RgbaView;
}

/** Beyond this (of 255, any channel) the copy is not the canvas's picture, and the canvas is used. */
const SAME_PIXELS = 2;

export interface FrameCanvas extends FramePixels {
  /** Makes `source` the frame; resizes the canvas first when its size differs (which clears it). */
  draw(source: FrameSource, width: number, height: number): Promise<void>;
  /** How the last frame came: copied from a VideoFrame, or drawn on the canvas. */
  readonly copied: boolean;
}

export function createFrameCanvas(): FrameCanvas {
  // A DOM canvas (the camera page has a document): tfjs's fromPixels takes it, OffscreenCanvas it does not type.
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) throw new Error('no 2D canvas available for camera frames');
  let image: ImageData | null = null;
  /** null: not tried yet; then whether copying gives the canvas's pixels in this browser. */
  let copyWorks: boolean | null = typeof VideoFrame === 'function' ? null : false;
  let copied = false;

  /** The video's current frame into `image` (and onto the canvas); false where it cannot be copied. */
  const copy = async (video: HTMLVideoElement): Promise<boolean> => {
    let frame: VideoFrame;
    try {
      frame = new VideoFrame(video);
    } catch {
      // No frame to wrap yet (the video is still starting): drawn this time.
      return false;
    }
    try {
      const { width, height } = canvas;
      // Non-square pixels or a rotation would make the copy another size than the drawn picture.
      if (frame.displayWidth !== width || frame.displayHeight !== height) return false;
      if (frame.visibleRect?.width !== width || frame.visibleRect?.height !== height) return false;
      if (image?.width !== width || image.height !== height) image = new ImageData(width, height);
      try {
        await frame.copyTo(image.data, { format: 'RGBA' });
      } catch {
        // copyTo cannot convert to RGBA here (an older browser): drawn from now on.
        copyWorks = false;
        return false;
      }
      if (copyWorks === null) {
        context.drawImage(frame, 0, 0);
        const drawn = context.getImageData(0, 0, width, height).data;
        copyWorks = maxChannelDiff(drawn, image.data) <= SAME_PIXELS;
        if (!copyWorks) return false;
      }
      context.putImageData(image, 0, 0);
      return true;
    } finally {
      frame.close();
    }
  };

  return {
    canvas,
    get copied() {
      return copied;
    },
    async draw(source, width, height) {
      if (canvas.width !== width || canvas.height !== height) {
        canvas.width = width;
        canvas.height = height;
      }
      copied = false;
      if (source instanceof HTMLVideoElement && copyWorks !== false) copied = await copy(source);
      if (!copied) context.drawImage(source, 0, 0);
    },
    rgba(region) {
      const r = region ?? { x: 0, y: 0, width: canvas.width, height: canvas.height };
      if (copied && image) {
        const stride = image.width * 4;
        return { data: image.data, width: r.width, height: r.height, offset: r.y * stride + r.x * 4, stride };
      }
      // The frame canvas is made with willReadFrequently, so this is a copy from memory, not a GPU read.
      const { data } = context.getImageData(r.x, r.y, r.width, r.height);
      return { data, width: r.width, height: r.height, offset: 0, stride: r.width * 4 };
    },
  };
}
