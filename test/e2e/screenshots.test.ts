// The store images script (npm run screenshots) for two of its images, into a temporary folder: the
// popup with the camera's mood and the stub's tracks, and the promo tile made from it. Each must have
// the store's size and show something (not one flat colour); the popup's tracks are read through the
// DOM when it is rendered.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeGrayPng } from '../../scripts/lib/png';
import { PROMO_TILE, SCREENSHOT } from '../../scripts/lib/store-images/canvas';
import { STORE_IMAGES, takeStoreImages } from '../../scripts/lib/store-images/take';

const out = mkdtempSync(join(tmpdir(), 'emotune-shots-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

/** Standard deviation of the luma in the columns [from, to) (fractions of the width). */
function spread(png: Buffer, from = 0, to = 1): number {
  const { width, height, pixels } = decodeGrayPng(png);
  const values: number[] = [];
  for (let y = 0; y < height; y++)
    for (let x = Math.floor(from * width); x < Math.floor(to * width); x++)
      values.push(pixels[y * width + x] ?? 0);
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  return Math.sqrt(values.reduce((a, v) => a + (v - mean) ** 2, 0) / values.length);
}

/** What is wrong with an image for the store: its size, or a flat (blank) picture or half. */
function problems(png: Buffer, size: { width: number; height: number }): string[] {
  const { width, height } = PNG.sync.read(png);
  const found: string[] = [];
  if (width !== size.width || height !== size.height)
    found.push(`${width} x ${height}, not ${size.width} x ${size.height}`);
  // Measured on the committed renders: 26-36 over the whole image, 20-32 in the half with the page;
  // one flat colour is 0.
  if (spread(png) < 15) found.push('blank');
  if (spread(png, 0.5, 1) < 15) found.push('the page side is blank');
  return found;
}

function flat(size: { width: number; height: number }): Buffer {
  const png = new PNG(size);
  png.data.fill(0xee);
  return PNG.sync.write(png);
}

describe('store images (npm run screenshots)', () => {
  it('knows every image the listing needs: four scenes in light and dark, and the promo tile', () => {
    expect(STORE_IMAGES).toHaveLength(9);
    expect(STORE_IMAGES).toEqual(expect.arrayContaining(['popup-mood-dark', 'settings-light', 'promo-tile']));
  });

  it('the check refuses a blank image and a wrong size', () => {
    expect(problems(flat(SCREENSHOT), SCREENSHOT)).toContain('blank');
    expect(problems(flat({ width: 1280, height: 720 }), SCREENSHOT)[0]).toBe('1280 x 720, not 1280 x 800');
  });

  it('renders the popup with a mood and the stub’s tracks, and the promo tile, at the store’s sizes', async () => {
    const images = await takeStoreImages({ out, only: ['popup-mood-light', 'promo-tile'] });
    expect(images.map((i) => i.name)).toEqual(['popup-mood-light', 'promo-tile']);
    const [popup, tile] = images;
    // The tracks the page showed are the stub's songs for happy's searches ("dance upbeat tune 1", ...).
    expect(popup?.trackTitles.length).toBeGreaterThanOrEqual(2);
    for (const title of popup?.trackTitles ?? []) expect(title).toMatch(/^\w+ upbeat tune \d$/);
    expect(problems(readFileSync(popup?.file ?? ''), SCREENSHOT)).toEqual([]);
    expect(problems(readFileSync(tile?.file ?? ''), PROMO_TILE)).toEqual([]);
  }, 120_000);
});
