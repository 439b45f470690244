// Faces for evaluation, read the same way in every script: either a packed folder (images.u8.gz,
// labels.u8, usage.u8: the format is lab/DATA-FORMAT.md) or a folder of <emotion>/<file>.png (like the
// 70-face sample).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as tf from '@tensorflow/tfjs-core';
import type { EmotionClassifier } from '../../src/capture/classifier';
import { EMOTIONS, type Emotion, type Scores } from '../../src/core/emotions';
import { decodeGrayPng } from './png';

export interface Face {
  name: string;
  label: Emotion;
  size: number;
  pixels: Uint8Array;
}

const SPLIT_CODES = { Training: 0, PublicTest: 1, PrivateTest: 2 } as const;
export type SplitName = keyof typeof SPLIT_CODES;

export function loadFaces(dir: string, split: SplitName = 'PrivateTest'): Face[] {
  if (existsSync(join(dir, 'images.u8.gz'))) {
    const images = gunzipSync(readFileSync(join(dir, 'images.u8.gz')));
    const labels = readFileSync(join(dir, 'labels.u8'));
    const usage = readFileSync(join(dir, 'usage.u8'));
    const faces: Face[] = [];
    for (let row = 0; row < labels.length; row++) {
      if (usage[row] !== SPLIT_CODES[split]) continue;
      const label = EMOTIONS[labels[row] ?? -1];
      if (!label) throw new Error(`row ${row}: label ${labels[row]} is not a FER2013 class`);
      faces.push({
        name: `row${row}`,
        label,
        size: 48,
        pixels: images.subarray(row * 2304, (row + 1) * 2304),
      });
    }
    return faces;
  }
  // A folder per class; labels come from the folder names, in the order of EMOTIONS, files sorted.
  const faces = EMOTIONS.flatMap((label) => {
    const classDir = join(dir, label);
    if (!existsSync(classDir)) return [];
    return readdirSync(classDir)
      .filter((f) => f.endsWith('.png'))
      .sort()
      .map((f) => {
        const { width, height, pixels } = decodeGrayPng(readFileSync(join(classDir, f)));
        if (width !== height) throw new Error(`${label}/${f}: faces must be square, got ${width}x${height}`);
        return { name: `${label}/${f}`, label, size: width, pixels };
      });
  });
  if (faces.length === 0)
    throw new Error(`no faces in ${dir}: expected FER2013 files or <emotion>/*.png folders`);
  return faces;
}

/** The face's mirror image (left and right swapped): for flip averaging and mirrored copies. */
export function mirrorFace(face: Face): Face {
  const pixels = new Uint8Array(face.pixels.length);
  for (let y = 0; y < face.size; y++)
    for (let x = 0; x < face.size; x++)
      pixels[y * face.size + x] = face.pixels[y * face.size + (face.size - 1 - x)] ?? 0;
  return { ...face, pixels };
}

/** Classifies a whole (already cropped) face as the extension would a crop: the box is the full image. */
export async function classifyFace(classifier: EmotionClassifier, face: Face): Promise<Scores> {
  const frame = tf.tensor3d(face.pixels, [face.size, face.size, 1], 'int32');
  try {
    return await classifier.classify({ frame, box: { x: 0, y: 0, width: face.size, height: face.size } });
  } finally {
    frame.dispose();
  }
}
