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
  | 'resting-sad'
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

/** The fixture as a one-frame .y4m whose header says `fps` (the rate Chromium's fake camera plays it at). */
export function y4mAt(frame: Frame, fps: number): string {
  const out = join(Y4M_DIR, `${frame}@${fps}fps.y4m`);
  if (existsSync(out)) return out;
  mkdirSync(Y4M_DIR, { recursive: true });
  const source = readdirSync(FRAMES_DIR).find((f) => parse(f).name === frame);
  if (!source) throw new Error(`no fixture frame ${frame}`);
  execFileSync(
    'ffmpeg',
    ['-v', 'error', '-y', '-i', join(FRAMES_DIR, source), '-frames:v', '1'].concat([
      '-r',
      String(fps),
      '-pix_fmt',
      'yuv420p',
      out,
    ]),
  );
  return out;
}

/**
 * A moving face: photo-smile's frame panned left and right by 20 px (a 6 s sine, as a person shifting in
 * a chair), 12 s looped, `fps` frames a second. Every frame differs, so the detector and the classifier
 * cannot be skipped on pixels alone: the honest case for CPU figures beside the still photo.
 */
export function movingY4m(fps: number): string {
  const out = join(Y4M_DIR, `moving-face@${fps}fps.y4m`);
  if (existsSync(out)) return out;
  mkdirSync(Y4M_DIR, { recursive: true });
  const pan = "pad=680:480:20:0:color=0x808080,crop=640:480:x='20+20*sin(2*PI*t/6)':y=0";
  execFileSync(
    'ffmpeg',
    ['-v', 'error', '-y', '-loop', '1', '-framerate', String(fps)]
      .concat(['-i', join(FRAMES_DIR, 'photo-smile.jpg'), '-vf', pan, '-t', '12', '-r', String(fps)])
      .concat(['-pix_fmt', 'yuv420p', out]),
  );
  return out;
}
