// Personal calibration, stored per browser profile. The learned offsets are not secret but are personal:
// storage.local, never sync. A run in progress lives in storage.session (it means nothing tomorrow).
import { type ClassOffsets, parseOffsets } from '../core/calibration';
import type { CalibrationRun } from '../core/calibration-run';
import { EMOTIONS, type Scores } from '../core/emotions';
import { isMessage } from '../core/message';
import type { ItemDefinition } from './storage-item';

/** The offsets that make this user's resting face read neutral, for the model they were learned with. */
export interface CalibrationProfile {
  offsets: ClassOffsets;
  /** Offsets belong to one model's outputs: another model ignores them. */
  model: string;
  at: number;
}

export const calibrationProfileDef: ItemDefinition<CalibrationProfile | null> = {
  key: 'calibrationProfile',
  area: 'local',
  version: 1,
  defaultValue: null,
  validate: (v) => {
    if (v === null) return null;
    if (!v || typeof v !== 'object') return undefined;
    const p = v as Record<string, unknown>;
    const offsets = parseOffsets(p.offsets);
    if (!offsets || typeof p.model !== 'string' || typeof p.at !== 'number') return undefined;
    return { offsets, model: p.model, at: p.at };
  },
};

const isScores = (v: unknown): v is Scores =>
  !!v &&
  typeof v === 'object' &&
  EMOTIONS.every((e) => typeof (v as Record<string, unknown>)[e] === 'number');

export const calibrationRunDef: ItemDefinition<CalibrationRun | null> = {
  key: 'calibrationRun',
  area: 'session',
  version: 1,
  defaultValue: null,
  validate: (v) => {
    if (v === null) return null;
    if (!v || typeof v !== 'object') return undefined;
    const r = v as Record<string, unknown>;
    if (r.phase === 'collecting')
      return typeof r.startedAt === 'number' &&
        typeof r.until === 'number' &&
        Array.isArray(r.samples) &&
        r.samples.every(isScores)
        ? (v as CalibrationRun)
        : undefined;
    if (r.phase === 'done') return typeof r.at === 'number' ? (v as CalibrationRun) : undefined;
    if (r.phase === 'failed') {
      if (typeof r.at !== 'number') return undefined;
      // A run says why in a key (`issue`); older runs said it in English (`reason`), still shown as it is.
      if (isMessage(r.issue))
        return typeof r.reason === 'string'
          ? { phase: 'failed', at: r.at, reason: r.reason, issue: r.issue }
          : { phase: 'failed', at: r.at, issue: r.issue };
      return typeof r.reason === 'string' ? { phase: 'failed', at: r.at, reason: r.reason } : undefined;
    }
    return undefined;
  },
};
