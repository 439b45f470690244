// Album covers for the store images. The iTunes stub serves one green pixel as every cover, which is
// enough for tests; a store image shows a soft two-colour square per track instead, served in place of
// the stub's through the browser's request routing (the stub and the extension stay as they are).
import type { BrowserContext } from 'playwright-core';
import { PNG } from 'pngjs';

const SIZE = 100;

function hsl(h: number, s: number, l: number): [number, number, number] {
  const f = (n: number) => {
    const k = (n + h / 30) % 12;
    return Math.round(255 * (l - s * Math.min(l, 1 - l) * Math.max(-1, Math.min(k - 3, 9 - k, 1))));
  };
  return [f(0), f(8), f(4)];
}

/** A diagonal blend between two hues picked from the track id, so that neighbours differ. */
export function coverPng(id: number): Buffer {
  const png = new PNG({ width: SIZE, height: SIZE });
  const a = hsl((id * 47) % 360, 0.55, 0.62);
  const b = hsl((id * 47 + 70) % 360, 0.6, 0.42);
  for (let y = 0; y < SIZE; y++)
    for (let x = 0; x < SIZE; x++) {
      const t = (x + y) / (2 * SIZE - 2);
      const i = 4 * (y * SIZE + x);
      for (let c = 0; c < 3; c++) png.data[i + c] = Math.round((a[c] ?? 0) * (1 - t) + (b[c] ?? 0) * t);
      png.data[i + 3] = 255;
    }
  return PNG.sync.write(png);
}

/** Answers the stub's cover URLs (`/art/<id>/…`) in every page of the context with `coverPng`. */
export async function routeCovers(context: BrowserContext): Promise<void> {
  await context.route(/\/art\/\d+\//, (route) => {
    const id = Number(/\/art\/(\d+)\//.exec(route.request().url())?.[1] ?? 0);
    return route.fulfill({ status: 200, contentType: 'image/png', body: coverPng(id) });
  });
}
