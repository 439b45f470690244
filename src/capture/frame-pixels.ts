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

/**
 * The camera's video, a frame of it (where the frame feed reads the track itself: frame-feed.ts), or a
 * decoded still picture (the backend check's probe face).
 */
export type FrameSource = HTMLVideoElement | VideoFrame | ImageBitmap;

export interface FramePixels {
  /** The frame, drawn: the thumbnails are drawn from it, and the GPU backends read it with their own kernel. */
  readonly canvas: HTMLCanvasElement;
  /** The frame's RGBA, or a region's (whole pixels inside the frame). */
  rgba(region?: Region): RgbaView;
}

/** Beyond this (of 255, any channel) the copy is not the canvas's picture, and the canvas is used. */
const SAME_PIXELS = 2;

export interface FrameCanvas extends FramePixels {
  /**
   * Makes `source` the frame, at the size of its pixels: a copied camera frame keeps the camera's own
   * size (Chrome scales a track to the size asked only when it draws), a drawn one is drawn at the size
   * the page sees. The canvas is resized (which clears it) when that size changes.
   */
  draw(source: FrameSource): Promise<void>;
  /** How the last frame came: copied from a VideoFrame, or drawn on the canvas. */
  readonly copied: boolean;
}

const isVideoFrame = (source: FrameSource): source is VideoFrame =>
  typeof VideoFrame === 'function' && source instanceof VideoFrame;

export function createFrameCanvas(): FrameCanvas {
  // A DOM canvas (the camera page has a document): tfjs's fromPixels takes it, OffscreenCanvas it does not type.
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) throw new Error('no 2D canvas available for camera frames');
  let image: ImageData | null = null;
  /** null: not tried yet; then whether copying gives the canvas's pixels in this browser. */
  let copyWorks: boolean | null = typeof VideoFrame === 'function' ? null : false;
  let copied = false;

  const resize = (width: number, height: number) => {
    if (canvas.width !== width || canvas.height !== height) {
      canvas.width = width;
      canvas.height = height;
    }
  };

  /** `frame` into `image` and onto the canvas; false where it cannot be copied as the canvas would draw it. */
  const copy = async (frame: VideoFrame): Promise<boolean> => {
    const width = frame.visibleRect?.width ?? 0;
    const height = frame.visibleRect?.height ?? 0;
    if (width === 0 || height === 0) return false;
    resize(width, height);
    if (image?.width !== width || image.height !== height) image = new ImageData(width, height);
    try {
      await frame.copyTo(image.data, { format: 'RGBA' });
    } catch {
      // copyTo cannot convert to RGBA here (an older browser): drawn from now on.
      copyWorks = false;
      return false;
    }
    if (copyWorks === null) {
      context.drawImage(frame, 0, 0, width, height);
      copyWorks = maxChannelDiff(context.getImageData(0, 0, width, height).data, image.data) <= SAME_PIXELS;
      if (!copyWorks) return false;
    }
    context.putImageData(image, 0, 0);
    return true;
  };

  /** The video's current frame, copied; false where it cannot be (no frame yet, or no copying here). */
  const copyVideo = async (video: HTMLVideoElement): Promise<boolean> => {
    let frame: VideoFrame;
    try {
      frame = new VideoFrame(video);
    } catch {
      // No frame to wrap yet (the video is still starting): drawn this time.
      return false;
    }
    try {
      return await copy(frame);
    } finally {
      frame.close();
    }
  };

  const drawn = (source: FrameSource, width: number, height: number) => {
    resize(width, height);
    context.drawImage(source, 0, 0, width, height);
  };

  return {
    canvas,
    get copied() {
      return copied;
    },
    async draw(source) {
      copied = false;
      if (source instanceof HTMLVideoElement) {
        if (copyWorks !== false) copied = await copyVideo(source);
        if (!copied) drawn(source, source.videoWidth, source.videoHeight);
      } else if (isVideoFrame(source)) {
        if (copyWorks !== false) copied = await copy(source);
        if (!copied) drawn(source, source.displayWidth, source.displayHeight);
      } else drawn(source, source.width, source.height);
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
