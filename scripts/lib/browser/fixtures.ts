// Camera fixtures: real photos (committed as images under test/fixtures/frames) turned into one-frame
// .y4m files, which Chromium's fake camera plays in a loop.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join, parse } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..', '..');
export const FRAMES_DIR = join(ROOT, 'test', 'fixtures', 'frames');
export const Y4M_DIR = join(ROOT, '.tmp', 'y4m');

export type Frame =
  | 'photo-smile'
  | 'calm-face'
  | 'unclear-face'
  | 'angry-face'
  | 'surprise-face'
  | 'neutral-face'
  | 'no-face'
  | 'several-faces'
  | 'dark';

export function y4m(frame: Frame): string {
  return join(Y4M_DIR, `${frame}.y4m`);
}

export function makeY4mFixtures(): void {
  mkdirSync(Y4M_DIR, { recursive: true });
  for (const file of readdirSync(FRAMES_DIR)) {
    const out = join(Y4M_DIR, `${parse(file).name}.y4m`);
    if (existsSync(out)) continue;
    execFileSync('ffmpeg', [
      '-v',
      'error',
      '-y',
      '-i',
      join(FRAMES_DIR, file),
      '-frames:v',
      '1',
      '-pix_fmt',
      'yuv420p',
      out,
    ]);
  }
}
