// The one message protocol. Every message names its target context; each end registers handlers only
// for its own target, so a runtime broadcast (which reaches every extension page) is answered once.
import type { Emotion } from '../core/emotions';
import type { CameraEvent, MoodSnapshot, Reading } from '../core/mood';
import type { MusicRow } from '../core/music/mapping';
import type { PlayerCommand, PlayerEvent, PlayerView } from '../core/music/play-queue';
import type { Suggestions } from '../core/music/suggestions';
import type { ModelId } from './models';
import type { BackendPreference } from './settings';

export interface CaptureOptions {
  intervalMs: number;
  modelId: ModelId;
  backend: BackendPreference;
}

export type Target = 'background' | 'camera' | 'player';

/** name -> [target, request, response]. */
export interface ProtocolMap {
  /** Camera page -> background: one analysed frame. */
  'media-bg-camera-reading': [target: 'background', req: Reading, res: void];
  /** Camera page -> background: the camera started, stopped or failed. */
  'media-bg-camera-state': [target: 'background', req: CameraEvent, res: void];
  /** Any page -> background: start or stop the camera to match the settings now (and check it reports). */
  'ui-bg-camera-sync': [target: 'background', req: void, res: void];
  /** Popup -> background: the user's retry after a camera failure: a fresh camera page. */
  'ui-bg-camera-retry': [target: 'background', req: void, res: void];
  /**
   * Camera page -> background: the options to capture with, asked for once the page has loaded; null
   * when the camera is off (the page was opened to play previews).
   */
  'media-bg-capture-options': [target: 'background', req: void, res: CaptureOptions | null];
  /** Any page -> background: the current mood (pages usually watch storage instead). */
  'ui-bg-mood-current': [target: 'background', req: void, res: MoodSnapshot];
  /** Popup -> background: learn this user's resting face from the next few seconds of readings. */
  'ui-bg-calibration-start': [target: 'background', req: void, res: void];
  /** Popup -> background: forget the calibration (and stop a run in progress). */
  'ui-bg-calibration-reset': [target: 'background', req: void, res: void];
  /** Options page -> background: sign in to Spotify (PKCE); the user closing the page is 'cancelled'. */
  'ui-bg-spotify-sign-in': [target: 'background', req: void, res: { outcome: 'signed-in' | 'cancelled' }];
  /** Options page -> background: forget the Spotify session. */
  'ui-bg-spotify-sign-out': [target: 'background', req: void, res: void];
  /** Popup -> background: music for a mood (cached while fresh unless `refresh`); also stored for display. */
  'ui-bg-music-suggest': [
    target: 'background',
    req: { emotion: Emotion; refresh: boolean },
    res: Suggestions,
  ];
  /** Popup -> background: thumbs up (true) or down on a shown track; teaches the preferences. */
  'ui-bg-music-feedback': [target: 'background', req: { trackId: string; liked: boolean }, res: void];
  /** Popup or options -> background: saves one row of the table (one writer, so two pages' rows both stay). */
  'ui-bg-music-save-row': [target: 'background', req: { emotion: Emotion; row: MusicRow }, res: void];
  /** Popup -> background: play, pause, resume, skip or stop the queue that plays while browsing. */
  'ui-bg-player-control': [target: 'background', req: PlayerCommand, res: void];
  /** Popup -> background: a queue marked playing whose page has gone is marked paused (popup opening). */
  'ui-bg-player-sync': [target: 'background', req: void, res: void];
  /** Player page -> background: what it should play, asked for once the page has loaded. */
  'media-bg-player-current': [target: 'background', req: void, res: PlayerView | null];
  /** Player page -> background: the track started, paused, ended or failed. */
  'media-bg-player-event': [target: 'background', req: PlayerEvent, res: void];
  /** Background -> player page: play this (or stop: null); the page seeks only a track it did not have. */
  'bg-media-player-apply': [target: 'player', req: PlayerView | null, res: void];
  /** Background -> camera page: start capturing (restarts with new options if running). */
  'bg-media-capture-start': [target: 'camera', req: CaptureOptions, res: void];
  /**
   * Background -> camera page: new options for a running capture. A new interval only reschedules the
   * frames and a new model only swaps the classifier: the camera stays open and the mood is kept.
   */
  'bg-media-capture-configure': [target: 'camera', req: CaptureOptions, res: void];
  /** Background -> camera page: stop and release the camera; answers the track's final readyState. */
  'bg-media-capture-stop': [target: 'camera', req: void, res: { trackState: string }];
}

export type MessageName = keyof ProtocolMap;
export type TargetOf<N extends MessageName> = ProtocolMap[N][0];
export type RequestOf<N extends MessageName> = ProtocolMap[N][1];
export type ResponseOf<N extends MessageName> = ProtocolMap[N][2];

export interface Envelope<N extends MessageName = MessageName> {
  emotune: 1;
  name: N;
  target: TargetOf<N>;
  data: RequestOf<N>;
}

/** Errors cross the boundary as this shape and are thrown again on the sending side. */
export type Reply<T> = { ok: true; value: T } | { ok: false; error: string };

const TARGETS: Record<MessageName, Target> = {
  'media-bg-camera-reading': 'background',
  'media-bg-camera-state': 'background',
  'ui-bg-camera-sync': 'background',
  'ui-bg-camera-retry': 'background',
  'ui-bg-mood-current': 'background',
  'ui-bg-calibration-start': 'background',
  'ui-bg-calibration-reset': 'background',
  'media-bg-capture-options': 'background',
  'ui-bg-spotify-sign-in': 'background',
  'ui-bg-spotify-sign-out': 'background',
  'ui-bg-music-suggest': 'background',
  'ui-bg-music-feedback': 'background',
  'ui-bg-music-save-row': 'background',
  'ui-bg-player-control': 'background',
  'ui-bg-player-sync': 'background',
  'media-bg-player-current': 'background',
  'media-bg-player-event': 'background',
  'bg-media-player-apply': 'player',
  'bg-media-capture-start': 'camera',
  'bg-media-capture-configure': 'camera',
  'bg-media-capture-stop': 'camera',
};

export function envelope<N extends MessageName>(name: N, data: RequestOf<N>): Envelope<N> {
  return { emotune: 1, name, target: TARGETS[name] as TargetOf<N>, data };
}

export function isEnvelope(msg: unknown): msg is Envelope {
  if (!msg || typeof msg !== 'object') return false;
  const m = msg as Record<string, unknown>;
  return (
    m.emotune === 1 &&
    typeof m.name === 'string' &&
    m.name in TARGETS &&
    m.target === TARGETS[m.name as MessageName]
  );
}

const PAGE_OF: Record<Target, string> = {
  background: 'background',
  camera: 'camera page',
  player: 'player page',
};

export function unwrapReply<T>(name: string, reply: unknown): T {
  if (!reply || typeof reply !== 'object' || !('ok' in reply)) {
    throw new Error(
      `no answer to ${name}: is the ${PAGE_OF[TARGETS[name as MessageName]] ?? 'background'} running?`,
    );
  }
  const r = reply as Reply<T>;
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

export type Handlers<T extends Target> = {
  [N in MessageName as TargetOf<N> extends T ? N : never]: (
    data: RequestOf<N>,
  ) => ResponseOf<N> | Promise<ResponseOf<N>>;
};
