// The toolbar badge has two writers' worth of facts (the camera is on; auto-suggest's mood) but one
// badge: this decides it from both, so neither overwrites the other.
import { EMOJI, type Emotion } from './emotions';

export interface BadgeFacts {
  /** The camera page holds the camera (starting or running). */
  cameraOn: boolean;
  /** The mood auto-suggest announces, if any. */
  announced: Emotion | null;
}

export interface Badge {
  text: string;
  /** Red while the camera is on, so the badge itself says so whatever its text. */
  color: string;
  title: string;
}

export const CAMERA_ON_COLOR = '#c62828';
const IDLE_COLOR = '#5f6368';

export function badgeFor(f: BadgeFacts): Badge {
  const text = f.announced ? EMOJI[f.announced] : f.cameraOn ? 'on' : '';
  const mood = f.announced ? `: you seem ${f.announced}` : '';
  const camera = f.cameraOn ? ' (camera on)' : '';
  return { text, color: f.cameraOn ? CAMERA_ON_COLOR : IDLE_COLOR, title: `Emotune${mood}${camera}` };
}
