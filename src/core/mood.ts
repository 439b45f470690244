import type { CameraState } from './camera-status';
import { type Emotion, type Scores, topEmotion } from './emotions';
import type { Message } from './message';
import { smoothScores } from './smoothing';

/** What one frame cost, shown in the options page's diagnostics and read by `npm run bench`. */
export interface FramePerf {
  /** Getting the frame's pixels: the copy (or draw) of the camera's frame and the scene thumbnail. */
  readMs: number;
  detectMs: number;
  classifyMs: number;
  /** tf.memory().numTensors after the frame: must stay flat while the camera runs. */
  tensors: number;
}

/** One analysed frame, as the camera side reports it. */
export type Reading = { at: number; perf: FramePerf } & (
  | { kind: 'face'; scores: Scores; faceCount: number }
  | { kind: 'no-face' }
  | { kind: 'too-dark'; luma: number }
);

/** What the popup shows above the mood. `ok` is the only state with a fresh mood. */
export type MoodStatus =
  | 'starting'
  | 'ok'
  | 'several-faces'
  | 'no-face'
  | 'too-dark'
  | 'camera-off'
  | 'camera-denied'
  | 'no-camera'
  | 'camera-busy'
  | 'camera-ended'
  | 'camera-timeout'
  /** The camera page stopped reporting; the background is restarting it (core/camera-watch.ts). */
  | 'stalled'
  | 'error';

export interface MoodSnapshot {
  status: MoodStatus;
  /**
   * Detail for `error`, e.g. a model that failed to load: the camera page's words (the browser's own,
   * shown as they are) or the watchdog's (a message).
   */
  detail: string | Message | null;
  /** The stable mood: changes only when another emotion has led clearly for a few readings. */
  mood: Emotion | null;
  /**
   * No emotion is clearly ahead in the smoothed scores (the top two are within `unclearGap`). The popup
   * says so, and the mood (which music and auto-suggest follow) does not move while it lasts.
   */
  unclear: boolean;
  /** Smoothed score of `mood`. */
  confidence: number;
  /** Smoothed scores of all seven emotions; null until the first face. */
  scores: Scores | null;
  faceCount: number;
  /** The emotion that leads but has not yet held long enough to become the mood. */
  challenger: Emotion | null;
  challengerStreak: number;
  lastReadingAt: number | null;
  /** Mood changes: when the current mood became the mood. */
  moodSince: number | null;
  cameraActive: boolean;
  /** tfjs backend and model in use, reported by the camera side. */
  backend: string | null;
  /** The backend that was asked for but read the probe face wrong, so the camera side uses wasm. */
  backendRefused: string | null;
  model: string | null;
  perf: FramePerf | null;
  /** When the camera page last reported anything (a reading or a state), by the background's clock. */
  lastReportAt: number | null;
  /** Restarts by the watchdog since the last reading: it gives up after a few. */
  restarts: number;
}

export interface MoodParams {
  /** Weight of a new reading in the moving average. */
  alpha: number;
  /** How far (in smoothed score) a challenger must lead the mood to count. */
  margin: number;
  /** How many consecutive leading readings a challenger needs to become the mood. */
  holdReadings: number;
  /** Below this gap between the top two smoothed scores the reading is unclear (chosen in the model card). */
  unclearGap: number;
}

export const DEFAULT_MOOD_PARAMS: MoodParams = {
  alpha: 0.35,
  margin: 0.05,
  holdReadings: 3,
  unclearGap: 0.1,
};

export function initialSnapshot(): MoodSnapshot {
  return {
    status: 'camera-off',
    detail: null,
    mood: null,
    unclear: false,
    confidence: 0,
    scores: null,
    faceCount: 0,
    challenger: null,
    challengerStreak: 0,
    lastReadingAt: null,
    moodSince: null,
    cameraActive: false,
    backend: null,
    backendRefused: null,
    model: null,
    perf: null,
    lastReportAt: null,
    restarts: 0,
  };
}

export function applyReading(s: MoodSnapshot, r: Reading, p: MoodParams = DEFAULT_MOOD_PARAMS): MoodSnapshot {
  // A reading proves the camera runs, even after a one-frame 'error' event marked it inactive.
  const seen = { ...s, lastReadingAt: r.at, perf: r.perf, cameraActive: true };
  if (r.kind === 'no-face') return { ...seen, status: 'no-face', faceCount: 0 };
  if (r.kind === 'too-dark') return { ...seen, status: 'too-dark', faceCount: 0 };

  const scores = smoothScores(s.scores, r.scores, p.alpha);
  const status = r.faceCount > 1 ? 'several-faces' : 'ok';
  const unclear = leadOf(scores) < p.unclearGap;
  const next: MoodSnapshot = { ...seen, status, scores, faceCount: r.faceCount, unclear };
  const top = topEmotion(scores);

  // An unclear reading neither starts a mood nor advances a challenger: music should not follow a guess.
  if (unclear) return { ...next, confidence: s.mood ? scores[s.mood] : 0 };
  if (s.mood === null) return settle(next, top, r.at);
  if (top === s.mood || scores[top] - scores[s.mood] < p.margin) {
    return { ...next, confidence: scores[s.mood], challenger: null, challengerStreak: 0 };
  }
  const streak = s.challenger === top ? s.challengerStreak + 1 : 1;
  if (streak >= p.holdReadings) return settle(next, top, r.at);
  return { ...next, confidence: scores[s.mood], challenger: top, challengerStreak: streak };
}

/** How far the top smoothed score leads the second. */
function leadOf(scores: Scores): number {
  const [first = 0, second = 0] = Object.values(scores).sort((a, b) => b - a);
  return first - second;
}

function settle(s: MoodSnapshot, mood: Emotion, at: number): MoodSnapshot {
  const confidence = s.scores?.[mood] ?? 0;
  return { ...s, mood, confidence, challenger: null, challengerStreak: 0, moodSince: at };
}

/** The status each camera state (but running, which the readings decide) puts the snapshot in. */
export const STATUS_FOR_CAMERA: Record<Exclude<CameraState, 'running'>, MoodStatus> = {
  starting: 'starting',
  off: 'camera-off',
  denied: 'camera-denied',
  'no-camera': 'no-camera',
  busy: 'camera-busy',
  ended: 'camera-ended',
  timeout: 'camera-timeout',
  error: 'error',
};

export interface CameraEvent {
  state: CameraState;
  /** The browser's own words (an error's text), or the camera engine's (a message). */
  detail?: string | Message;
  backend?: string;
  /** With `running`: the backend asked for that failed its check (src/capture/backend-check.ts). */
  backendRefused?: string;
  model?: string;
}

/**
 * The camera side changed state. A (re)start forgets the smoothed history: minutes-old scores say
 * nothing about the face in front of the camera now.
 */
export function applyCameraEvent(s: MoodSnapshot, e: CameraEvent): MoodSnapshot {
  const active = e.state === 'running' || e.state === 'starting';
  const base = {
    ...s,
    cameraActive: active,
    detail: e.detail ?? null,
    backend: e.backend ?? s.backend,
    // Each running report says anew whether a backend was refused; other states leave it as it was.
    backendRefused: e.state === 'running' ? (e.backendRefused ?? null) : s.backendRefused,
    model: e.model ?? s.model,
  };
  if (e.state === 'running') return { ...base, status: s.status === 'starting' ? 'starting' : s.status };
  if (e.state === 'starting')
    return { ...initialSnapshot(), ...pickIdentity(base), status: 'starting', cameraActive: true };
  return { ...base, status: STATUS_FOR_CAMERA[e.state], faceCount: 0, unclear: false };
}

function pickIdentity(
  s: MoodSnapshot,
): Pick<MoodSnapshot, 'backend' | 'backendRefused' | 'model' | 'detail' | 'lastReportAt' | 'restarts'> {
  return {
    backend: s.backend,
    backendRefused: s.backendRefused,
    model: s.model,
    detail: s.detail,
    lastReportAt: s.lastReportAt,
    restarts: s.restarts,
  };
}
