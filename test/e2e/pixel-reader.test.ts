// The frame and its readers (src/capture/frame-pixels.ts, pixels.ts) in a real page. The colour reader
// must give exactly what tf.browser.fromPixels gives of the frame canvas, on wasm (its own loop into a
// reused buffer) and on the backends that keep fromPixels; the grey reader what luma in tensor ops gives
// from fromPixels; a tensor either made must keep its values when the next frame is read. The frame is a
// drawn picture, and a video's frame copied with VideoFrame.copyTo, which must leave the canvas (the
// thumbnails' source) holding the same pixels as the copy.
import { describe, expect, it } from 'vitest';
import { useCapturePage } from './capture-page';

describe('createFrameCanvas, createPixelReader and createGreyReader', () => {
  const served = useCapturePage();

  it.each(['wasm', 'cpu', 'webgl'])(
    'on %s: the same values as fromPixels, kept when the next frame is read',
    async (backend) => {
      const page = await served.browser.newPage();
      try {
        await page.goto(`${served.origin}/`);
        const result = await page.evaluate(
          async ({ origin, backend }) => {
            // Built as a string: vitest rewrites a literal import() in this callback for Node.
            const capture = await new Function('url', 'return import(url)')(`${origin}/capture.js`);
            const tf = capture.tf;
            tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
            // The detector sets the backend up as the extension does (wasm paths, flags).
            const detector = await capture.createFaceDetector({
              backend,
              modelBaseUrl: `${origin}/models/blazeface/`,
              wasmBaseUrl: `${origin}/wasm/`,
            });
            const picture = async (name: string) => {
              const blob = await (await fetch(`${origin}/frames/${name}`)).blob();
              return createImageBitmap(blob, { resizeWidth: 480, resizeHeight: 360 });
            };
            const smile = await picture('photo-smile.jpg');
            const group = await picture('several-faces.jpg');
            // A video whose frames are a canvas's: what the camera's <video> is to the extension.
            const source = document.createElement('canvas');
            source.width = 480;
            source.height = 360;
            const sourceContext = source.getContext('2d');
            if (!sourceContext) throw new Error('no 2D context');
            const video = document.createElement('video');
            video.muted = true;
            video.srcObject = source.captureStream();
            const showing = async (bitmap: ImageBitmap) => {
              sourceContext.drawImage(bitmap, 0, 0);
              if (video.paused) await video.play();
              // A frame or two for the stream to carry the new picture.
              await new Promise((r) => setTimeout(r, 300));
              return video;
            };

            const frame = capture.createFrameCanvas();
            const read = capture.createPixelReader();
            const readGrey = capture.createGreyReader();
            const lumaOf = (rgb: unknown) => tf.sum(tf.mul(rgb, tf.tensor1d([0.299, 0.587, 0.114])), 2, true);
            const differs = async (a: { shape: number[] }, b: { shape: number[] }) =>
              JSON.stringify(a.shape) === JSON.stringify(b.shape)
                ? (await tf.max(tf.abs(tf.sub(a, b))).data())[0]
                : Number.POSITIVE_INFINITY;
            const region = { x: 101, y: 37, width: 150, height: 151 };
            const context = frame.canvas.getContext('2d', { willReadFrequently: true });
            const ofRegion = () => context.getImageData(region.x, region.y, region.width, region.height);
            /** Reads of `bitmap` (drawn, or through the video), then of `next`: each read fills the same buffers again. */
            const pair = async (through: 'drawn' | 'video') => {
              const take = async (bitmap: ImageBitmap) => {
                await frame.draw(through === 'video' ? await showing(bitmap) : bitmap);
                return {
                  copied: frame.copied,
                  whole: read(frame),
                  wholeRef: tf.browser.fromPixels(frame.canvas),
                  part: read(frame, region),
                  partRef: tf.browser.fromPixels(ofRegion()),
                  grey: readGrey(frame, region),
                  greyRef: lumaOf(tf.browser.fromPixels(ofRegion())),
                };
              };
              const [a, b] = [await take(smile), await take(group)];
              return {
                copied: [a.copied, b.copied],
                dtypes: [a.whole.dtype, a.grey.dtype],
                whole: [await differs(a.whole, a.wholeRef), await differs(b.whole, b.wholeRef)],
                part: [await differs(a.part, a.partRef), await differs(b.part, b.partRef)],
                // float32 products summed in another order: a ten-thousandth of a grey level apart at most.
                grey: [(await differs(a.grey, a.greyRef)) < 1e-4, (await differs(b.grey, b.greyRef)) < 1e-4],
                // The two pictures do differ: the checks above could fail.
                pictures: Math.min(
                  await differs(a.wholeRef, b.wholeRef),
                  await differs(a.greyRef, b.greyRef),
                ),
              };
            };
            const out = { backend: tf.getBackend(), drawn: await pair('drawn'), video: await pair('video') };
            detector.dispose();
            return out;
          },
          { origin: served.origin, backend },
        );
        const same = { dtypes: ['int32', 'float32'], whole: [0, 0], part: [0, 0], grey: [true, true] };
        expect(result).toMatchObject({
          backend,
          drawn: { ...same, copied: [false, false] },
          // Chromium copies a video's frame (the fast path); its canvas then holds the same pixels.
          video: { ...same, copied: [true, true] },
        });
        expect(result.drawn.pictures).toBeGreaterThan(50);
        expect(result.video.pictures).toBeGreaterThan(50);
      } finally {
        await page.close();
      }
    },
  );

  // Browsers this machine has not got: one whose copy converts colours otherwise than its canvas, and
  // one whose copyTo cannot convert to RGBA. Both must go on drawing, with the drawn pixels read.
  it('draws instead where the copy is not the canvas picture, or copyTo cannot convert', async () => {
    const page = await served.browser.newPage();
    try {
      await page.goto(`${served.origin}/`);
      const result = await page.evaluate(async (origin) => {
        const capture = await new Function('url', 'return import(url)')(`${origin}/capture.js`);
        const tf = capture.tf;
        tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
        const detector = await capture.createFaceDetector({
          backend: 'wasm',
          modelBaseUrl: `${origin}/models/blazeface/`,
          wasmBaseUrl: `${origin}/wasm/`,
        });
        const blob = await (await fetch(`${origin}/frames/photo-smile.jpg`)).blob();
        const bitmap = await createImageBitmap(blob, { resizeWidth: 320, resizeHeight: 240 });
        const source = document.createElement('canvas');
        source.width = 320;
        source.height = 240;
        source.getContext('2d')?.drawImage(bitmap, 0, 0);
        const video = document.createElement('video');
        video.muted = true;
        video.srcObject = source.captureStream();
        await video.play();
        await new Promise((r) => setTimeout(r, 300));
        const copyTo = VideoFrame.prototype.copyTo;
        const calls = { copies: 0 };
        const run = async () => {
          const frame = capture.createFrameCanvas();
          const read = capture.createPixelReader();
          const copied = [];
          for (let i = 0; i < 2; i++) {
            await frame.draw(video);
            copied.push(frame.copied);
          }
          const whole = read(frame);
          const differs = (
            await tf.max(tf.abs(tf.sub(whole, tf.browser.fromPixels(frame.canvas)))).data()
          )[0];
          return { copied, differs };
        };
        // Colours 20 levels off the canvas's.
        VideoFrame.prototype.copyTo = async function (this: VideoFrame, dest, options) {
          calls.copies++;
          const layout = await copyTo.call(this, dest, options);
          const bytes = dest as Uint8ClampedArray;
          for (let i = 0; i < bytes.length; i++) bytes[i] = (bytes[i] ?? 0) ^ 20;
          return layout;
        } as typeof copyTo;
        const otherColours = { ...(await run()), copies: calls.copies };
        calls.copies = 0;
        VideoFrame.prototype.copyTo = (async () => {
          calls.copies++;
          throw new DOMException('format RGBA is not supported', 'NotSupportedError');
        }) as typeof copyTo;
        const cannotConvert = { ...(await run()), copies: calls.copies };
        VideoFrame.prototype.copyTo = copyTo;
        detector.dispose();
        return { otherColours, cannotConvert };
      }, served.origin);
      // Each tries once, on the first frame, and never again.
      expect(result).toEqual({
        otherColours: { copied: [false, false], differs: 0, copies: 1 },
        cannotConvert: { copied: [false, false], differs: 0, copies: 1 },
      });
    } finally {
      await page.close();
    }
  });
});
