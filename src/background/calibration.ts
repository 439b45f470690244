// Personal calibration in the background: feeds a run in progress with the raw readings and applies the
// stored offsets to every reading before the mood logic sees it. Offsets learned with one model are
// not applied to another's outputs.
import { applyOffsets, type ClassOffsets, calibratedOffsets, parseOffsets } from '../core/calibration';
import { expireRun, feedRun, startRun } from '../core/calibration-run';
import type { Reading } from '../core/mood';
import { browser } from '../shared/browser';
import { isModelId, manifestPath } from '../shared/models';
import { calibration, settings } from '../shared/stores';

/**
 * A model's own class offsets, from its shipped manifest: a calibration replaces part of that global pull
 * towards neutral with this person's resting face (src/core/calibration.ts, calibratedOffsets).
 */
async function readBias(model: string): Promise<ClassOffsets | null> {
  if (!isModelId(model)) return null;
  const response = await fetch(browser.runtime.getURL(manifestPath(model)));
  if (!response.ok) return null;
  return parseOffsets(((await response.json()) as { classBias?: unknown }).classBias ?? {});
}
/** Shipped files do not change while the worker lives: one read per model. */
const biasCache = new Map<string, Promise<ClassOffsets | null>>();
const modelBias = (model: string) => {
  const cached = biasCache.get(model) ?? readBias(model).catch(() => null);
  biasCache.set(model, cached);
  return cached;
};

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
      const bias = run.phase === 'collecting' ? await modelBias(model) : null;
      const fed = feedRun(expireRun(run, r.at), r, (samples) => calibratedOffsets(samples, bias));
      if (fed.run !== run) await calibration.run.set(fed.run);
      if (fed.offsets) await calibration.profile.set({ offsets: fed.offsets, model, at: r.at });
    }
    if (r.kind !== 'face') return r;
    const profile = await calibration.profile.get();
    if (!profile || profile.model !== model) return r;
    return { ...r, scores: applyOffsets(r.scores, profile.offsets) };
  },
};
