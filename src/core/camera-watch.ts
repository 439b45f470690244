// The watchdog's judgement: is the camera page still doing its job? A page can die or hang without a
// word (a crash, a hung model load, a worker that restarted mid-send), so silence itself is the signal.
import { type Message, message } from './message';
import type { MoodSnapshot, MoodStatus } from './mood';

export const WATCH = {
  /** Opening the camera and loading the models may take this long on a slow machine. */
  startLimitMs: 60_000,
  /** A running page reports every frame; silence longer than this many frames (or the floor) is a stall. */
  silentFrames: 5,
  silentFloorMs: 10_000,
  /** Restarts without a reading in between before the watchdog gives up and asks the user. */
  maxRestarts: 2,
  /** How often the background looks (chrome.alarms' shortest period). */
  periodMinutes: 0.5,
} as const;

/** States in which the page should still be reporting. The others wait for the user (retry, allow...). */
const LIVE: ReadonlySet<MoodStatus> = new Set<MoodStatus>([
  'starting',
  'stalled',
  'ok',
  'several-faces',
  'no-face',
  'too-dark',
  'camera-off',
]);
const STARTING: ReadonlySet<MoodStatus> = new Set<MoodStatus>(['starting', 'stalled', 'camera-off']);

export interface WatchInput {
  /** The camera switch. */
  enabled: boolean;
  pageOpen: boolean;
  snapshot: Pick<MoodSnapshot, 'status' | 'lastReportAt' | 'restarts'>;
  intervalMs: number;
  now: number;
}

export type WatchVerdict = { kind: 'fine' } | { kind: 'restart' | 'give-up'; detail: Message };

/** The longest silence that is still normal in this state. */
export function silenceLimitMs(status: MoodStatus, intervalMs: number): number {
  if (STARTING.has(status)) return WATCH.startLimitMs;
  return Math.max(WATCH.silentFloorMs, WATCH.silentFrames * intervalMs);
}

export function watchCamera(i: WatchInput): WatchVerdict {
  const { status, lastReportAt, restarts } = i.snapshot;
  if (!i.enabled || !LIVE.has(status)) return { kind: 'fine' };
  const silentMs = lastReportAt === null ? Number.POSITIVE_INFINITY : i.now - lastReportAt;
  if (i.pageOpen && silentMs <= silenceLimitMs(status, i.intervalMs)) return { kind: 'fine' };
  if (restarts >= WATCH.maxRestarts) {
    return { kind: 'give-up', detail: message('watch_gaveUp') };
  }
  const detail = !i.pageOpen
    ? message('watch_pageClosed')
    : STARTING.has(status)
      ? message('watch_noStart', { seconds: WATCH.startLimitMs / 1000 })
      : message('watch_noFrame', { seconds: Math.round(silentMs / 1000) });
  return { kind: 'restart', detail };
}

/**
 * What the popup should show: a snapshot that says `ok` but has been silent too long is not current,
 * even before the watchdog (which runs in a worker that may be asleep) has marked it.
 */
export function shownStatus(s: MoodSnapshot, intervalMs: number, now: number): MoodStatus {
  if (s.status !== 'ok' && s.status !== 'several-faces') return s.status;
  const silentMs = s.lastReportAt === null ? Number.POSITIVE_INFINITY : now - s.lastReportAt;
  return silentMs > silenceLimitMs(s.status, intervalMs) ? 'stalled' : s.status;
}

/** The watchdog is restarting a silent page: the old mood is no longer current. */
export function applyStall(s: MoodSnapshot, detail: Message, now: number): MoodSnapshot {
  return { ...s, status: 'stalled', detail, faceCount: 0, restarts: s.restarts + 1, lastReportAt: now };
}

/** Restarts did not help: stop trying and ask the user (the popup offers Retry). */
export function applyGiveUp(s: MoodSnapshot, detail: Message, now: number): MoodSnapshot {
  return { ...s, status: 'error', detail, faceCount: 0, cameraActive: false, lastReportAt: now };
}
