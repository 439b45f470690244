import { PNG } from 'pngjs';

/** Decodes a PNG to one grayscale channel (the luma of RGB files, the value of gray ones). */
export function decodeGrayPng(data: Buffer): { width: number; height: number; pixels: Uint8Array } {
  const png = PNG.sync.read(data);
  const pixels = new Uint8Array(png.width * png.height);
  for (let i = 0; i < pixels.length; i++) {
    const [r, g, b] = [png.data[4 * i] ?? 0, png.data[4 * i + 1] ?? 0, png.data[4 * i + 2] ?? 0];
    pixels[i] = Math.round(0.299 * r + 0.587 * g + 0.114 * b);
  }
  return { width: png.width, height: png.height, pixels };
}
