// The frame-to-tensor reader (src/capture/pixels.ts) in a real page: it must give exactly what
// tf.browser.fromPixels gives, on wasm (its own loop into a reused buffer) and on the backends that keep
// fromPixels, and a tensor it made must keep its values when the next frame is read.
import { describe, expect, it } from 'vitest';
import { useCapturePage } from './capture-page';

describe('createPixelReader', () => {
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
              return createImageBitmap(blob);
            };
            const canvas = document.createElement('canvas');
            canvas.width = 480;
            canvas.height = 360;
            const context = canvas.getContext('2d', { willReadFrequently: true });
            if (!context) throw new Error('no 2D context');
            const read = capture.createPixelReader();
            const differs = async (a: { shape: number[] }, b: { shape: number[] }) =>
              JSON.stringify(a.shape) === JSON.stringify(b.shape)
                ? (await tf.max(tf.abs(tf.sub(a, b))).data())[0]
                : Number.POSITIVE_INFINITY;
            const region = { x: 101, y: 37, width: 150, height: 151 };
            const smile = await picture('photo-smile.jpg');
            const group = await picture('several-faces.jpg');
            const ofRegion = () => context.getImageData(region.x, region.y, region.width, region.height);
            // Each read follows one of the same size: the reader then fills the same buffer again.
            context.drawImage(smile, 0, 0, 480, 360);
            const whole = read(canvas);
            const wholeRef = tf.browser.fromPixels(canvas);
            context.drawImage(group, 0, 0, 480, 360);
            const next = read(canvas);
            const nextRef = tf.browser.fromPixels(canvas);
            context.drawImage(smile, 0, 0, 480, 360);
            const part = read(canvas, region);
            const partRef = tf.browser.fromPixels(ofRegion());
            context.drawImage(group, 0, 0, 480, 360);
            const nextPart = read(canvas, region);
            const nextPartRef = tf.browser.fromPixels(ofRegion());
            const out = {
              backend: tf.getBackend(),
              dtype: whole.dtype,
              whole: await differs(whole, wholeRef),
              part: await differs(part, partRef),
              next: await differs(next, nextRef),
              // The two pictures do differ: the checks above could fail.
              pictures: await differs(wholeRef, nextRef),
              nextPart: await differs(nextPart, nextPartRef),
            };
            detector.dispose();
            return out;
          },
          { origin: served.origin, backend },
        );
        expect(result).toEqual({
          backend,
          dtype: 'int32',
          whole: 0,
          part: 0,
          next: 0,
          nextPart: 0,
          pictures: expect.any(Number),
        });
        expect(result.pictures).toBeGreaterThan(100);
      } finally {
        await page.close();
      }
    },
  );
});
