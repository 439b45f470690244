// Personal calibration in the background: feeds a run in progress with the raw readings and applies the
// stored offsets to every reading before the mood logic sees it. Offsets learned with one model are
// not applied to another's outputs.
import { applyOffsets } from '../core/calibration';
import { expireRun, feedRun, startRun } from '../core/calibration-run';
import type { Reading } from '../core/mood';
import { calibration, settings } from '../shared/stores';

export const calibrator = {
  async start(now = Date.now()): Promise<void> {
    await calibration.run.set(startRun(now, await settings.captureIntervalMs.get()));
  },

  async reset(): Promise<void> {
    await calibration.run.set(null);
    await calibration.profile.set(null);
  },

  /** The reading as the mood logic should see it; `model` is the model that produced its scores. */
  async apply(r: Reading, model: string | null): Promise<Reading> {
    const run = await calibration.run.get();
    if (run && model) {
      const fed = feedRun(expireRun(run, r.at), r);
      if (fed.run !== run) await calibration.run.set(fed.run);
      if (fed.offsets) await calibration.profile.set({ offsets: fed.offsets, model, at: r.at });
    }
    if (r.kind !== 'face') return r;
    const profile = await calibration.profile.get();
    if (!profile || profile.model !== model) return r;
    return { ...r, scores: applyOffsets(r.scores, profile.offsets) };
  },
};
