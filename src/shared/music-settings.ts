// The music settings the user edits (options page and popup): one typed item each, in storage.local.
// Definitions only, testable in Node; stores.ts binds them to storage.
import { EMOTIONS, type Emotion, isEmotion } from '../core/emotions';
import { message } from '../core/message';
import type { Arm, Preferences } from '../core/music/bandit';
import {
  DEFAULT_MAPPING,
  isValidRow,
  type MusicMapping,
  type MusicRow,
  repairMapping,
} from '../core/music/mapping';
import { isProviderId, type ProviderChoice } from '../core/music/provider';
import { DEFAULT_LIFT, type Strategy } from '../core/music/queries';
import { clientIdIssue } from '../core/music/spotify-auth';
import { type ItemDefinition, intIn, isBool } from './storage-item';

/**
 * Where tracks come from: Apple's keyless catalogue (the default; it asks for its host permission
 * first), the user's own Spotify app, or the search links alone.
 */
export const providerDef: ItemDefinition<ProviderChoice> = {
  key: 'musicProvider',
  area: 'local',
  version: 1,
  defaultValue: 'itunes',
  validate: (v) => (v === 'links' || isProviderId(v) ? v : undefined),
};

/** Why a storefront code is unusable, or null: Apple's Search API takes ISO 3166-1 alpha-2 codes. */
export function countryIssue(code: string) {
  return /^[A-Za-z]{2}$/.test(code.trim()) ? null : message('provider_countryProblem');
}

/** The storefront (country) of Apple's catalogue: what is available and in which language. */
export const itunesCountryDef: ItemDefinition<string> = {
  key: 'itunesCountry',
  area: 'local',
  version: 1,
  defaultValue: 'US',
  validate: (v) => (typeof v === 'string' && countryIssue(v) === null ? v.trim().toUpperCase() : undefined),
};

export const VOLUME_LIMITS = { min: 0, max: 100 } as const;
/** Volume of the previews played in the popup, in percent. */
export const previewVolumeDef: ItemDefinition<number> = {
  key: 'previewVolume',
  area: 'local',
  version: 1,
  defaultValue: 70,
  validate: intIn(VOLUME_LIMITS.min, VOLUME_LIMITS.max),
};

/**
 * Previews keep playing, as a queue, after the popup closes (Chrome: the offscreen document; Firefox:
 * the Emotune tab), and follow auto-suggest's mood changes. Off: previews play in the popup only.
 */
export const keepPlayingDef: ItemDefinition<boolean> = {
  key: 'keepPlaying',
  area: 'local',
  version: 1,
  defaultValue: false,
  validate: isBool,
};

/** The user's own Spotify app Client ID ('' = none: the embedded search links are used). */
export const spotifyClientIdDef: ItemDefinition<string> = {
  key: 'spotifyClientId',
  area: 'local',
  version: 1,
  defaultValue: '',
  validate: (v) => (typeof v === 'string' && clientIdIssue(v) === null ? v.trim() : undefined),
};

function isRow(v: unknown): v is MusicRow {
  if (!v || typeof v !== 'object') return false;
  const r = v as Record<string, unknown>;
  const strings = (x: unknown) => Array.isArray(x) && x.every((s) => typeof s === 'string');
  return typeof r.mood === 'string' && strings(r.genres) && strings(r.keywords) && isValidRow(r as never);
}

/**
 * The emotion-to-music table; every row is validated. A damaged row goes back to the seed's row alone
 * (the user's other rows stay), and what was there is kept in `musicMappingBackup`.
 */
export const musicMappingDef: ItemDefinition<MusicMapping> = {
  key: 'musicMapping',
  area: 'local',
  version: 1,
  defaultValue: DEFAULT_MAPPING,
  validate: (v) =>
    v && typeof v === 'object' && EMOTIONS.every((e) => isRow((v as Record<string, unknown>)[e]))
      ? (v as MusicMapping)
      : undefined,
  repair: (v) => {
    const repaired = repairMapping(v);
    if (!repaired) return undefined;
    const [one, ...more] = repaired.reset;
    return {
      value: repaired.mapping,
      problem:
        one && more.length === 0
          ? message('mapping_rowReset', { row: message(`emotion_${one}`) })
          : message('mapping_rowsReset', { count: repaired.reset.length }),
    };
  },
};

/** Favour the user's own top artists (asks Spotify for the user-top-read scope at sign-in). */
export const personaliseDef: ItemDefinition<boolean> = {
  key: 'personalise',
  area: 'local',
  version: 1,
  defaultValue: false,
  validate: isBool,
};

/** "match my mood" plays the mood's own row; "lift my mood" plays `liftRows` for the heavy moods. */
export const strategyDef: ItemDefinition<Strategy> = {
  key: 'strategy',
  area: 'local',
  version: 1,
  defaultValue: 'match',
  validate: (v) => (v === 'match' || v === 'lift' ? v : undefined),
};

/** Which row "lift my mood" plays instead, per mood (sad, angry, fear, disgust by default). */
export const liftRowsDef: ItemDefinition<Partial<Record<Emotion, Emotion>>> = {
  key: 'liftRows',
  area: 'local',
  version: 1,
  defaultValue: DEFAULT_LIFT,
  validate: (v) =>
    v &&
    typeof v === 'object' &&
    !Array.isArray(v) &&
    Object.entries(v).every(([from, to]) => isEmotion(from) && isEmotion(to))
      ? (v as Partial<Record<Emotion, Emotion>>)
      : undefined,
};

/** Show a notification when a new mood has held (the badge is always updated). */
export const notifyDef: ItemDefinition<boolean> = {
  key: 'notifyOnMoodChange',
  area: 'local',
  version: 1,
  defaultValue: true,
  validate: isBool,
};

export const HOLD_LIMITS = { min: 5, max: 600 } as const;
/** Seconds a new stable mood must hold before it is announced. */
export const holdSecondsDef: ItemDefinition<number> = {
  key: 'moodHoldSeconds',
  area: 'local',
  version: 1,
  defaultValue: 20,
  validate: intIn(HOLD_LIMITS.min, HOLD_LIMITS.max),
};

export const NOTIFY_EVERY_LIMITS = { min: 1, max: 240 } as const;
/** At most one notification per this many minutes. */
export const notifyEveryMinutesDef: ItemDefinition<number> = {
  key: 'notifyEveryMinutes',
  area: 'local',
  version: 1,
  defaultValue: 15,
  validate: intIn(NOTIFY_EVERY_LIMITS.min, NOTIFY_EVERY_LIMITS.max),
};

const isArm = (a: unknown): a is Arm =>
  !!a &&
  typeof a === 'object' &&
  Number.isInteger((a as Arm).likes) &&
  Number.isInteger((a as Arm).dislikes) &&
  (a as Arm).likes >= 0 &&
  (a as Arm).dislikes >= 0;

/** What the thumbs taught: per emotion, a Beta belief for each genre and keyword. */
export const preferencesDef: ItemDefinition<Preferences> = {
  key: 'musicPreferences',
  area: 'local',
  version: 1,
  defaultValue: {},
  validate: (v) =>
    v &&
    typeof v === 'object' &&
    Object.entries(v).every(
      ([e, arms]) => isEmotion(e) && arms && typeof arms === 'object' && Object.values(arms).every(isArm),
    )
      ? (v as Preferences)
      : undefined,
};
