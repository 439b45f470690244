import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { initNodeBackend } from '../../../scripts/lib/node-tf';
import { preprocessFace } from '../../../src/capture/preprocess';
import { lumaOfRgba } from '../../../src/core/colour';
import { cropRegion } from '../../../src/core/face-box';

beforeAll(() => initNodeBackend('wasm'));

const input = (size: number, channels: 1 | 3 = 1, mean = 0, std = 1) => ({ size, channels, mean, std });
const values = (t: tf.Tensor) => Array.from(t.dataSync());

describe('preprocessFace', () => {
  it('a full-frame crop at the same size is the pixels scaled to 0-1', () => {
    const frame = tf.tensor3d([0, 51, 102, 255], [2, 2, 1], 'int32');
    const out = preprocessFace(frame, { x: 0, y: 0, width: 2, height: 2 }, input(2));
    expect(out.shape).toEqual([1, 2, 2, 1]);
    expect(values(out).map((v) => Number(v.toFixed(5)))).toEqual([0, 0.2, 0.4, 1]);
  });

  it('normalises with the manifest mean and std', () => {
    const frame = tf.tensor3d([0, 255, 255, 0], [2, 2, 1], 'int32');
    const out = preprocessFace(frame, { x: 0, y: 0, width: 2, height: 2 }, input(2, 1, 0.5, 0.5));
    expect(values(out)).toEqual([-1, 1, 1, -1]);
  });

  it('area-averages when shrinking (2x2 blocks of an 4x4 checker become their means)', () => {
    // Each 2x2 block holds 0, 100, 200, 100: mean 100.
    const px = [0, 100, 0, 100, 200, 100, 200, 100, 0, 100, 0, 100, 200, 100, 200, 100];
    const out = preprocessFace(
      tf.tensor3d(px, [4, 4, 1], 'int32'),
      { x: 0, y: 0, width: 4, height: 4 },
      input(2),
    );
    for (const v of values(out)) expect(v * 255).toBeCloseTo(100, 3);
  });

  it('converts colour to BT.601 luma and repeats it in three channels when the model wants three', () => {
    const frame = tf.tensor3d([255, 0, 0, 0, 255, 0, 0, 0, 255, 255, 255, 255], [2, 2, 3], 'int32');
    const out = preprocessFace(frame, { x: 0, y: 0, width: 2, height: 2 }, input(2, 3));
    expect(out.shape).toEqual([1, 2, 2, 3]);
    const v = values(out);
    expect(v.slice(0, 3).every((x) => Math.abs(x - 0.299) < 1e-5)).toBe(true);
    expect(v[3]).toBeCloseTo(0.587, 5);
    expect(v[6]).toBeCloseTo(0.114, 5);
    expect(v[9]).toBeCloseTo(1, 5);
  });

  it('crops the box, not the frame', () => {
    const frame = tf.tensor3d(
      Array.from({ length: 16 }, (_, i) => i * 10),
      [4, 4, 1],
      'int32',
    );
    const out = preprocessFace(frame, { x: 2, y: 2, width: 2, height: 2 }, input(2));
    expect(values(out).map((v) => Math.round(v * 255))).toEqual([100, 110, 140, 150]);
  });

  // The pipeline converts only the crop's region of the frame to a tensor (src/capture/pipeline.ts).
  it.each([
    ['inside the frame', { x: 101.3, y: 57.8, width: 190.4, height: 190.4 }],
    ['at the right and bottom edges', { x: 449.5, y: 289.2, width: 190.5, height: 190.5 }],
    ['at the left and top edges', { x: 0, y: 0, width: 200, height: 200 }],
    ['the whole height', { x: 80, y: 0, width: 480, height: 480 }],
  ])('the region around the crop gives the crop of the whole frame: %s', (_, box) => {
    const [w, h] = [640, 480];
    const px = Array.from({ length: w * h * 3 }, (_, i) => (i * 7919) % 256);
    const frame = tf.tensor3d(px, [h, w, 3], 'int32');
    const r = cropRegion(box, w, h);
    const part = tf.slice(frame, [r.y, r.x, 0], [r.height, r.width, 3]);
    for (const spec of [input(48), input(64, 3, 0.5, 0.25), input(112)]) {
      const whole = values(preprocessFace(frame, box, spec));
      const fromRegion = values(preprocessFace(part, { ...box, x: box.x - r.x, y: box.y - r.y }, spec));
      const worst = Math.max(...whole.map((v, i) => Math.abs(v - (fromRegion[i] ?? Number.NaN))));
      expect(worst).toBeLessThan(1e-3);
    }
  });

  // The pipeline hands the classifier the crop already in grey (src/capture/pixels.ts, createGreyReader):
  // resizing and luma are both linear, so every model input must be what the colour crop gave.
  it('a crop converted to grey first gives every model input the colour crop gives', () => {
    const [w, h] = [230, 210];
    const rgba = Array.from({ length: w * h * 4 }, (_, i) => (i % 4 === 3 ? 255 : (i * 7919 + 13) % 256));
    const rgb = rgba.filter((_, i) => i % 4 !== 3);
    const colour = tf.tensor3d(rgb, [h, w, 3], 'int32');
    const grey = tf.tensor3d(lumaOfRgba(rgba, w * h, new Float32Array(w * h)), [h, w, 1]);
    const box = { x: 3.4, y: 1.7, width: 205.5, height: 205.5 };
    // The shipped ensemble's inputs: 48 px and 112 px in three channels, 64 px in one.
    for (const spec of [
      input(48, 3, 0.507412, 0.255137),
      input(112, 3, 0, 1 / 255),
      input(64, 1, 0.5, 0.5),
    ]) {
      const fromColour = values(preprocessFace(colour, box, spec));
      const fromGrey = values(preprocessFace(grey, box, spec));
      expect(fromGrey.length).toBe(fromColour.length);
      // A hundredth of a grey level, in each input's own scale.
      const tolerance = 0.01 / 255 / spec.std;
      const worst = Math.max(...fromColour.map((v, i) => Math.abs(v - (fromGrey[i] ?? Number.NaN))));
      expect(worst).toBeLessThan(tolerance);
    }
  });
});
