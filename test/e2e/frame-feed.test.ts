// The frame feed (src/capture/frame-feed.ts) in a real page: where the browser has
// MediaStreamTrackProcessor, frames come from the track itself, the newest one, with the video paused;
// a stalled camera gives no frame (not the last one again) until it sends one; an ended track gives none.
import { describe, expect, it } from 'vitest';
import { useCapturePage } from './capture-page';

describe('createFrameFeed', () => {
  const served = useCapturePage();

  it('reads the track’s newest frame with the video paused, nothing from a stalled or ended camera', async () => {
    const page = await served.browser.newPage();
    try {
      await page.goto(`${served.origin}/`);
      const result = await page.evaluate(async (origin) => {
        const capture = await new Function('url', 'return import(url)')(`${origin}/capture.js`);
        // A camera that sends a frame only when asked (captureStream(0) + requestFrame).
        const source = document.createElement('canvas');
        source.width = 64;
        source.height = 48;
        const context = source.getContext('2d');
        if (!context) throw new Error('no 2D context');
        const stream = source.captureStream(0);
        const [track] = stream.getVideoTracks() as (MediaStreamTrack & { requestFrame(): void })[];
        if (!track) throw new Error('no track');
        const send = (colour: string) => {
          context.fillStyle = colour;
          context.fillRect(0, 0, 64, 48);
          track.requestFrame();
        };
        const video = document.createElement('video');
        video.muted = true;
        video.srcObject = stream;
        send('rgb(200, 0, 0)');
        await video.play();
        const feed = capture.createFrameFeed(stream, video);
        const red = (frame: VideoFrame) => {
          const canvas = new OffscreenCanvas(1, 1);
          const c = canvas.getContext('2d');
          c?.drawImage(frame, 0, 0, 1, 1);
          return c?.getImageData(0, 0, 1, 1).data[0];
        };
        send('rgb(10, 0, 0)');
        await new Promise((r) => setTimeout(r, 100));
        send('rgb(250, 0, 0)');
        await new Promise((r) => setTimeout(r, 100));
        const first = await feed.next();
        const firstIsFrame = first?.source instanceof VideoFrame;
        const newest = first ? red(first.source as VideoFrame) : null;
        first?.release();
        // Nothing sent: no frame within the wait, and none read twice.
        const t0 = performance.now();
        const stalled = await feed.next();
        const waited = performance.now() - t0;
        // The camera sends again: the read still pending gets it.
        setTimeout(() => send('rgb(120, 0, 0)'), 100);
        const again = await feed.next();
        const againRed = again ? red(again.source as VideoFrame) : null;
        again?.release();
        track.stop();
        const ended = await feed.next();
        feed.close();
        return { firstIsFrame, paused: video.paused, newest, stalled, waited, againRed, ended };
      }, served.origin);
      expect(result).toMatchObject({ firstIsFrame: true, paused: true, stalled: null, ended: null });
      // The newest of the frames sent before the read (250), not an older one (10); colours within a level or two.
      expect(Math.abs((result.newest ?? 0) - 250)).toBeLessThanOrEqual(3);
      expect(Math.abs((result.againRed ?? 0) - 120)).toBeLessThanOrEqual(3);
      expect(result.waited).toBeGreaterThan(1_500);
    } finally {
      await page.close();
    }
  });
});
