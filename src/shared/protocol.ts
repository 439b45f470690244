// The one message protocol. A message's name says its direction, `<from>-<to>-<area>-<verb>` (as Dark
// Reader's `ui-bg-...`): `ui` is the popup, options and permission pages, `media` the media page, `bg`
// the background. Its target is derived from the name, and each end registers handlers only for its
// own target, so a runtime broadcast (which reaches every extension page) is answered once.
import type { Emotion } from '../core/emotions';
import { type Message, MessageError, message, messagesOf } from '../core/message';
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

/** The contexts that answer messages, by the short name that stands for them in a message's name. */
interface Answerers {
  bg: 'background';
  /** The media page (src/offscreen): Chrome's offscreen document or Firefox's pinned tab. */
  media: 'media-page';
}
/** Who may send a message: the pages (ui), the media page and the background. */
type Sender = 'ui' | keyof Answerers;

export type Target = Answerers[keyof Answerers];

/** name -> [request, response]. The name says who sends it and who answers it. */
export interface ProtocolMap {
  /** Media page -> background: one analysed frame. */
  'media-bg-camera-reading': [req: Reading, res: void];
  /** Media page -> background: the camera started, stopped or failed. */
  'media-bg-camera-state': [req: CameraEvent, res: void];
  /** Popup -> background: start or stop the camera to match the settings now (and check it reports). */
  'ui-bg-camera-sync': [req: void, res: void];
  /** Popup -> background: the user's retry after a camera failure: a fresh media page. */
  'ui-bg-camera-retry': [req: void, res: void];
  /**
   * Media page -> background: the options to capture with, asked for once the page has loaded; null
   * when the camera is off (the page was opened to play previews).
   */
  'media-bg-capture-options': [req: void, res: CaptureOptions | null];
  /** A page -> background: the current mood (pages usually watch storage instead). */
  'ui-bg-mood-current': [req: void, res: MoodSnapshot];
  /** Popup -> background: learn this user's resting face from the next few seconds of readings. */
  'ui-bg-calibration-start': [req: void, res: void];
  /** Popup -> background: forget the calibration (and stop a run in progress). */
  'ui-bg-calibration-reset': [req: void, res: void];
  /** Options page -> background: sign in to Spotify (PKCE); the user closing the page is 'cancelled'. */
  'ui-bg-spotify-sign-in': [req: void, res: { outcome: 'signed-in' | 'cancelled' }];
  /** Options page -> background: forget the Spotify session. */
  'ui-bg-spotify-sign-out': [req: void, res: void];
  /** Popup -> background: music for a mood (cached while fresh unless `refresh`); also stored for display. */
  'ui-bg-music-suggest': [req: { emotion: Emotion; refresh: boolean }, res: Suggestions];
  /** Popup -> background: thumbs up (true) or down on a shown track; teaches the preferences. */
  'ui-bg-music-feedback': [req: { trackId: string; liked: boolean }, res: void];
  /** Popup or options -> background: saves one row of the table (one writer, so two pages' rows both stay). */
  'ui-bg-music-save-row': [req: { emotion: Emotion; row: MusicRow }, res: void];
  /** Popup -> background: play, pause, resume, skip or stop the queue that plays while browsing. */
  'ui-bg-player-control': [req: PlayerCommand, res: void];
  /** Popup -> background: a queue marked playing whose page has gone is marked paused (popup opening). */
  'ui-bg-player-sync': [req: void, res: void];
  /** Media page -> background: what it should play, asked for once the page has loaded. */
  'media-bg-player-current': [req: void, res: PlayerView | null];
  /** Media page -> background: the track started, paused, ended or failed (or the page closed). */
  'media-bg-player-event': [req: PlayerEvent, res: void];
  /** Media page -> background: the browser's media controls' next-track button skips the track in play. */
  'media-bg-player-next': [req: void, res: void];
  /** Background -> media page: play this (or stop: null); the page seeks only a track it did not have. */
  'bg-media-player-apply': [req: PlayerView | null, res: void];
  /** Background -> media page: start capturing (restarts with new options if running). */
  'bg-media-capture-start': [req: CaptureOptions, res: void];
  /**
   * Background -> media page: new options for a running capture. A new interval only reschedules the
   * frames and a new model only swaps the classifier: the camera stays open and the mood is kept.
   */
  'bg-media-capture-configure': [req: CaptureOptions, res: void];
  /** Background -> media page: stop and release the camera; answers the track's final readyState. */
  'bg-media-capture-stop': [req: void, res: { trackState: string }];
}

export type MessageName = keyof ProtocolMap;
/** A message's target, read from its name; `never` for a name that does not say its direction. */
export type TargetOf<N extends string> = N extends `${Sender}-${infer To extends keyof Answerers}-${string}`
  ? Answerers[To]
  : never;
export type RequestOf<N extends MessageName> = ProtocolMap[N][0];
export type ResponseOf<N extends MessageName> = ProtocolMap[N][1];

export interface Envelope<N extends MessageName = MessageName> {
  emotune: 1;
  name: N;
  target: TargetOf<N>;
  data: RequestOf<N>;
}

/** Errors cross the boundary as this shape and are thrown again on the sending side. */
/** An error crosses as its log line and, where it has them, the messages a page translates. */
export type Reply<T> = { ok: true; value: T } | { ok: false; error: string; messages?: Message[] };

/**
 * Every message's target at run time (isEnvelope checks against it). Its type is derived from the
 * names: a message left out, one that is not in ProtocolMap, a target that is not the one its name
 * says, or a name that says no direction does not compile.
 */
const TARGETS: { [N in MessageName]: TargetOf<N> } = {
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
  'media-bg-player-next': 'background',
  'bg-media-player-apply': 'media-page',
  'bg-media-capture-start': 'media-page',
  'bg-media-capture-configure': 'media-page',
  'bg-media-capture-stop': 'media-page',
};

export function envelope<N extends MessageName>(name: N, data: RequestOf<N>): Envelope<N> {
  return { emotune: 1, name, target: TARGETS[name], data };
}

const isMessageName = (name: unknown): name is MessageName =>
  typeof name === 'string' && Object.hasOwn(TARGETS, name);

export function isEnvelope(msg: unknown): msg is Envelope {
  if (!msg || typeof msg !== 'object') return false;
  const m = msg as Record<string, unknown>;
  return m.emotune === 1 && isMessageName(m.name) && m.target === TARGETS[m.name];
}

// Named in the log line only: people read protocol_noAnswer.
const PAGE_OF: Record<Target, string> = {
  background: 'background',
  // i18n-ignore: a name in a log line
  'media-page': 'media page',
};

export function unwrapReply<T>(name: MessageName, reply: unknown): T {
  if (!reply || typeof reply !== 'object' || !('ok' in reply)) {
    throw new MessageError(
      [message('protocol_noAnswer')],
      `no answer to ${name}: is the ${PAGE_OF[TARGETS[name]]} running?`,
    );
  }
  const r = reply as Reply<T>;
  if (!r.ok) {
    const messages = messagesOf(r);
    throw messages ? new MessageError(messages, r.error) : new Error(r.error);
  }
  return r.value;
}

export type Handlers<T extends Target> = {
  [N in MessageName as TargetOf<N> extends T ? N : never]: (
    data: RequestOf<N>,
  ) => ResponseOf<N> | Promise<ResponseOf<N>>;
};
