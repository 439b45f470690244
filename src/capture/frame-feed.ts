// Where the capture loop takes each frame from. A playing <video> costs the page's renderer for every
// camera frame (5 a second at one reading a second) even when one a second is read: in the extension,
// 0.8 points of a core of its 2.4 on a still face. Where the browser has MediaStreamTrackProcessor
// (Chrome), the track is read directly, keeping only its newest frame, and the video is paused; elsewhere
// (Firefox) the playing video is the frame (docs/performance.md, eighth round).
import { TimeoutError, withTimeout } from '../core/with-timeout';
import type { FrameSource } from './frame-pixels';

export interface FrameFeed {
  /**
   * The camera's newest frame, to be released once analysed; null when none came in time (a stalled
   * camera: no reading rather than an old picture read again) or the track ended.
   */
  next(): Promise<{ source: FrameSource; release: () => void } | null>;
  /** Stops reading the track (the camera itself is closed by its owner). */
  close(): void;
}

/** A camera gives a frame every 200 ms or less; a wait this long means it has stalled. */
const FRAME_WAIT_MS = 2_000;

type Processor = new (init: {
  track: MediaStreamTrack;
  maxBufferSize?: number;
}) => { readable: ReadableStream<VideoFrame> };

export function createFrameFeed(stream: MediaStream, video: HTMLVideoElement): FrameFeed {
  const Processor = (globalThis as { MediaStreamTrackProcessor?: Processor }).MediaStreamTrackProcessor;
  const track = stream.getVideoTracks()[0];
  if (typeof Processor !== 'function' || !track) {
    const frame = { source: video, release: () => undefined };
    return { next: async () => frame, close: () => undefined };
  }
  // One frame kept: the processor drops older ones as new ones come, so a read gets the newest.
  const reader = new Processor({ track, maxBufferSize: 1 }).readable.getReader();
  video.pause();
  // A read that timed out is still pending: the next call waits for it rather than asking again.
  let pending: Promise<ReadableStreamReadResult<VideoFrame>> | null = null;
  let closed = false;
  return {
    async next() {
      if (closed) return null;
      pending ??= reader.read();
      let result: ReadableStreamReadResult<VideoFrame>;
      try {
        // i18n-ignore: a label in a log line
        result = await withTimeout(pending, FRAME_WAIT_MS, 'a camera frame');
      } catch (error) {
        // A stream that failed is asked again next time; a read that only took long stays pending.
        if (!(error instanceof TimeoutError)) pending = null;
        return null;
      }
      pending = null;
      const frame = result.value;
      if (result.done || !frame) return null;
      if (closed) {
        frame.close();
        return null;
      }
      return { source: frame, release: () => frame.close() };
    },
    close() {
      closed = true;
      // A frame still on its way is closed when it comes: an open VideoFrame holds a camera buffer.
      void pending?.then((r) => r.value?.close()).catch(() => undefined);
      void reader.cancel().catch(() => undefined);
    },
  };
}
