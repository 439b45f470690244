// The mood snapshot lives in storage.session, not in globals: a service-worker restart loses nothing,
// and every page watches the same value. Updates are queued so that readings never overwrite each other.
import {
  applyCameraEvent,
  applyReading,
  type CameraEvent,
  type MoodSnapshot,
  type Reading,
} from '../core/mood';
import { moodSnapshot } from '../shared/stores';

let queue: Promise<unknown> = Promise.resolve();

function update(change: (s: MoodSnapshot) => MoodSnapshot): Promise<MoodSnapshot> {
  const next = queue.then(async () => {
    const updated = change(await moodSnapshot.get());
    await moodSnapshot.set(updated);
    return updated;
  });
  queue = next.catch(() => undefined);
  return next;
}

export const moodStore = {
  current: () => moodSnapshot.get(),
  addReading: (r: Reading) => update((s) => applyReading(s, r)),
  cameraEvent: (e: CameraEvent) => update((s) => applyCameraEvent(s, e)),
};
