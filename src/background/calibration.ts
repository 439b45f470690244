// Personal calibration in the background: feeds a run in progress with the raw readings and applies the
// stored offsets to every reading before the mood logic sees it. Offsets learned with one model are
// not applied to another's outputs. A factory over its items and the model's class bias.
import { applyOffsets, type ClassOffsets, calibratedOffsets, parseOffsets } from '../core/calibration';
import { type CalibrationRun, expireRun, feedRun, startRun } from '../core/calibration-run';
import type { Reading } from '../core/mood';
import type { CalibrationProfile } from '../shared/calibration-items';
import { isModelId, manifestPath } from '../shared/models';
import type { StorageItem } from '../shared/storage-item';

/**
 * A model's own class offsets, from its shipped manifest (read with `readManifest`, which may throw): a
 * calibration replaces part of that global pull towards neutral with this person's resting face
 * (src/core/calibration.ts, calibratedOffsets). Shipped files do not change while the worker lives:
 * one read per model.
 */
export function shippedClassBias(readManifest: (path: string) => Promise<unknown>) {
  const read = async (model: string): Promise<ClassOffsets | null> => {
    if (!isModelId(model)) return null;
    const manifest = (await readManifest(manifestPath(model))) as { classBias?: unknown } | null;
    return parseOffsets(manifest?.classBias ?? {});
  };
  const cache = new Map<string, Promise<ClassOffsets | null>>();
  return (model: string): Promise<ClassOffsets | null> => {
    const cached = cache.get(model) ?? read(model).catch(() => null);
    cache.set(model, cached);
    return cached;
  };
}

export interface CalibratorDeps {
  items: {
    profile: StorageItem<CalibrationProfile | null>;
    run: StorageItem<CalibrationRun | null>;
    intervalMs: StorageItem<number>;
  };
  classBias: (model: string) => Promise<ClassOffsets | null>;
  now?: () => number;
}

export function createCalibrator({ items, classBias, now = Date.now }: CalibratorDeps) {
  return {
    async start(): Promise<void> {
      await items.run.set(startRun(now(), await items.intervalMs.get()));
    },

    async reset(): Promise<void> {
      await items.run.set(null);
      await items.profile.set(null);
    },

    /** The reading as the mood logic should see it; `model` is the model that produced its scores. */
    async apply(r: Reading, model: string | null): Promise<Reading> {
      const run = await items.run.get();
      if (run && model) {
        const bias = run.phase === 'collecting' ? await classBias(model) : null;
        const fed = feedRun(expireRun(run, r.at), r, (samples) => calibratedOffsets(samples, bias));
        if (fed.run !== run) await items.run.set(fed.run);
        if (fed.offsets) await items.profile.set({ offsets: fed.offsets, model, at: r.at });
      }
      if (r.kind !== 'face') return r;
      const profile = await items.profile.get();
      if (!profile || profile.model !== model) return r;
      return { ...r, scores: applyOffsets(r.scores, profile.offsets) };
    },
  };
}

export type Calibrator = ReturnType<typeof createCalibrator>;
