// The toolbar badge has two writers' worth of facts (the camera is on; auto-suggest's mood) but one
// badge: this decides it from both, so neither overwrites the other.
import { EMOJI, type Emotion } from './emotions';
import { type Message, message } from './message';

export interface BadgeFacts {
  /** The camera page holds the camera (starting or running). */
  cameraOn: boolean;
  /** The mood auto-suggest announces, if any. */
  announced: Emotion | null;
}

export interface Badge {
  /** An emoji for the mood, a word while only the camera is on, or nothing. */
  text: string | Message;
  /** Red while the camera is on, so the badge itself says so whatever its text. */
  color: string;
  title: Message;
}

export const CAMERA_ON_COLOR = '#c62828';
const IDLE_COLOR = '#5f6368';

export function badgeFor(f: BadgeFacts): Badge {
  const text = f.announced ? EMOJI[f.announced] : f.cameraOn ? message('badge_on') : '';
  const mood = f.announced && message(`emotion_${f.announced}`);
  const title = mood
    ? message(f.cameraOn ? 'badge_titleMoodCamera' : 'badge_titleMood', { mood })
    : message(f.cameraOn ? 'badge_titleCamera' : 'badge_title');
  return { text, color: f.cameraOn ? CAMERA_ON_COLOR : IDLE_COLOR, title };
}
