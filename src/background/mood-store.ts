// The mood snapshot lives in storage.session, not in globals: a service-worker restart loses nothing,
// and every page watches the same value. Updates are queued so that readings never overwrite each other.
// Each stable mood also extends the 24-hour mood history (time spans only, in storage.local).
import { applyGiveUp, applyStall } from '../core/camera-watch';
import type { Message } from '../core/message';
import {
  applyCameraEvent,
  applyReading,
  type CameraEvent,
  type MoodSnapshot,
  type Reading,
} from '../core/mood';
import { type MoodSpan, recordMood } from '../core/mood-history';
import { createSerial } from '../core/serial';
import type { StorageItem } from '../shared/storage-item';

export interface MoodStoreDeps {
  items: { snapshot: StorageItem<MoodSnapshot>; history: StorageItem<MoodSpan[]> };
  /** The reading as the mood logic should see it (the calibrator's offsets); `model` made its scores. */
  calibrate: (r: Reading, model: string | null) => Promise<Reading>;
  now?: () => number;
}

export function createMoodStore({ items, calibrate, now = Date.now }: MoodStoreDeps) {
  // No time limit: every reading must land in the snapshot, however slow storage is.
  const serial = createSerial();
  const listeners: ((s: MoodSnapshot) => void)[] = [];

  const remember = async (s: MoodSnapshot): Promise<void> => {
    if (!s.mood || (s.status !== 'ok' && s.status !== 'several-faces') || s.lastReadingAt === null) return;
    const history = await items.history.get();
    const next = recordMood(history, s.mood, s.lastReadingAt);
    if (next !== history) await items.history.set([...next]);
  };

  /** `change` answers the new snapshot, or null to leave it as it is (nothing written, nobody called). */
  const update = (change: (s: MoodSnapshot) => MoodSnapshot | null | Promise<MoodSnapshot | null>) =>
    serial(async () => {
      const current = await items.snapshot.get();
      const updated = await change(current);
      if (!updated) return current;
      await items.snapshot.set(updated);
      await remember(updated);
      for (const listener of listeners) listener(updated);
      return updated;
    });

  return {
    current: () => items.snapshot.get(),
    // Every report from the camera page stamps lastReportAt: the watchdog measures silence from it. A
    // reading proves the page works, so the watchdog's restart count starts again.
    // Calibration runs inside the queue, so a run sees the readings in the order they arrived. So does
    // `keep` (the camera switch): asked before the queue, it would let a state sent after the reading (a
    // restart's "starting") land first, and the reading then overwrite it.
    addReading: (r: Reading, keep: () => Promise<boolean> = async () => true) =>
      update(async (s) =>
        (await keep())
          ? { ...applyReading(s, await calibrate(r, s.model)), lastReportAt: now(), restarts: 0 }
          : null,
      ),
    cameraEvent: (e: CameraEvent) =>
      update((s) => ({
        ...applyCameraEvent(s, e),
        lastReportAt: now(),
        restarts: e.state === 'off' ? 0 : s.restarts,
      })),
    /** The watchdog restarts a silent camera page. */
    stall: (detail: Message) => update((s) => applyStall(s, detail, now())),
    /** The watchdog stopped trying. */
    giveUp: (detail: Message) => update((s) => applyGiveUp(s, detail, now())),
    /** The user asked for a fresh try: the watchdog gets its restarts back. */
    resetRestarts: () => update((s) => ({ ...s, restarts: 0 })),
    /** Calls back after every update (auto-suggest watches the mood through this). */
    onUpdate: (listener: (s: MoodSnapshot) => void) => void listeners.push(listener),
  };
}

export type MoodStore = ReturnType<typeof createMoodStore>;
