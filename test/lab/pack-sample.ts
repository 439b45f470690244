// Packs the committed 70-face sample into FER2013's packed layout (images.u8.gz, labels.u8, usage.u8),
// so the lab's smoke tests run on a fresh clone without the full dataset. Training gets the faces five
// times (alternately mirrored), PublicTest and PrivateTest once each: enough to exercise every code
// path, never a measurement.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { loadFaces, mirrorFace } from '../../scripts/lib/faces';
import { EMOTIONS } from '../../src/core/emotions';

export function packSample(sampleDir: string, outDir: string): string {
  const faces = loadFaces(sampleDir);
  const rows: { pixels: Uint8Array; label: number; usage: number }[] = [];
  for (let copy = 0; copy < 5; copy++)
    for (const f of faces)
      rows.push({
        pixels: copy % 2 ? mirrorFace(f).pixels : f.pixels,
        label: EMOTIONS.indexOf(f.label),
        usage: 0,
      });
  for (const usage of [1, 2])
    for (const f of faces) rows.push({ pixels: f.pixels, label: EMOTIONS.indexOf(f.label), usage });
  mkdirSync(outDir, { recursive: true });
  const images = new Uint8Array(rows.length * 48 * 48);
  rows.forEach((r, i) => {
    images.set(r.pixels, i * 48 * 48);
  });
  writeFileSync(join(outDir, 'images.u8.gz'), gzipSync(images));
  writeFileSync(join(outDir, 'labels.u8'), Uint8Array.from(rows.map((r) => r.label)));
  writeFileSync(join(outDir, 'usage.u8'), Uint8Array.from(rows.map((r) => r.usage)));
  return outDir;
}
