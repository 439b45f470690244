// One typed, versioned, validated value in extension storage (the shape of @wxt-dev/storage's
// defineItem). Stored as { v, value } so that a future shape change can migrate old values.
import { isMessage, type Message, message } from '../core/message';
import { englishText } from './english';

/** The part of browser.storage.StorageArea that an item needs. */
export interface StorageAreaLike {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

export interface StorageChangeSource {
  addListener(cb: (changes: Record<string, { newValue?: unknown }>, areaName: string) => void): void;
  removeListener(cb: (changes: Record<string, { newValue?: unknown }>, areaName: string) => void): void;
}

/** Where an item lives: local (settings, tokens, history; never sync) or session (gone with the browser). */
export type AreaName = 'local' | 'session';

export interface ItemDefinition<T> {
  key: string;
  /** The item's storage area: stores.ts binds each item where its definition says. */
  area: AreaName;
  version: number;
  defaultValue: T;
  /** Returns the value if it is valid, else undefined. */
  validate(value: unknown): T | undefined;
  /** migrations[n] turns a version n-1 value into a version n value. */
  migrations?: Record<number, (old: unknown) => unknown>;
  /**
   * Drops what has expired (history older than 24 h): applied on every read, which also deletes it from
   * storage, so that old data goes when anyone looks, not only when something new is written. Returns
   * the same value when nothing expired.
   */
  expire?: (value: T, now: number) => T;
  /**
   * Salvages an invalid value instead of resetting all of it (a table with one damaged row resets that
   * row only). `problem` says what was reset; the value as it was is kept in a backup item.
   */
  repair?: (value: unknown) => { value: T; problem: Message } | undefined;
}

/** What a repair kept of the value as it was, for the user to see or copy. */
export interface RepairBackup {
  at: number;
  /** What was reset, for the page to translate; English text in backups written before Emotune spoke other languages. */
  problem: Message | string;
  value: unknown;
}

/** The backup a repair of `key` writes, read back as an item of its own. */
export function backupDef(
  def: Pick<ItemDefinition<unknown>, 'key' | 'area'>,
): ItemDefinition<RepairBackup | null> {
  return {
    // i18n-ignore: a storage key
    key: `${def.key}Backup`,
    area: def.area,
    version: 1,
    defaultValue: null,
    validate: (v) => {
      const b = v as Partial<RepairBackup> | null;
      if (b === null) return null;
      return b &&
        typeof b === 'object' &&
        typeof b.at === 'number' &&
        (typeof b.problem === 'string' || isMessage(b.problem))
        ? (b as RepairBackup)
        : undefined;
    },
  };
}

/** Validators shared by the item definitions (settings.ts, music-settings.ts). */
export const isBool = (v: unknown) => (typeof v === 'boolean' ? v : undefined);
export const intIn = (min: number, max: number) => (v: unknown) =>
  typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max ? v : undefined;

export interface ReadResult<T> {
  value: T;
  /** Why the stored value was not used as it was (corrupt, too new...), for the page to translate. */
  problem: Message | null;
  /** The stored value should be rewritten (migrated or replaced by the default). */
  rewrite: boolean;
  /** A repaired (or too new) value's original, to keep in the backup item before it is overwritten. */
  backup?: unknown;
}

/** Pure decoding of a stored raw value, so that migrations and corruption are testable without storage. */
export function decodeItem<T>(def: ItemDefinition<T>, raw: unknown): ReadResult<T> {
  if (raw === undefined) return { value: def.defaultValue, problem: null, rewrite: false };
  const reset = (problem: Message): ReadResult<T> => ({ value: def.defaultValue, problem, rewrite: true });
  const key = def.key;
  if (!raw || typeof raw !== 'object' || !('v' in raw) || !('value' in raw)) {
    return reset(message('storage_unreadable', { key }));
  }
  const stored = raw as { v: unknown; value: unknown };
  if (typeof stored.v !== 'number' || !Number.isInteger(stored.v) || stored.v < 1) {
    return reset(message('storage_noVersion', { key }));
  }
  // A newer Emotune's value (the user went back a version) is kept whole: going forward again, or the
  // user, can still read it. Nothing else of it is understood here.
  if (stored.v > def.version) {
    return {
      ...reset(message('storage_newer', { key })),
      backup: stored,
    };
  }
  let value = stored.value;
  for (let v = stored.v + 1; v <= def.version; v++) {
    const migrate = def.migrations?.[v];
    if (!migrate) return reset(message('storage_notUpgraded', { key }));
    try {
      value = migrate(value);
    } catch {
      return reset(message('storage_notUpgraded', { key }));
    }
  }
  const valid = def.validate(value);
  if (valid === undefined) {
    const repaired = def.repair?.(value);
    if (repaired && def.validate(repaired.value) !== undefined) {
      return { value: repaired.value, problem: repaired.problem, rewrite: true, backup: value };
    }
    return reset(message('storage_invalid', { key }));
  }
  return { value: valid, problem: null, rewrite: stored.v !== def.version };
}

export interface StorageItem<T> {
  readonly key: string;
  readonly defaultValue: T;
  get(): Promise<T>;
  /** Like get, and says why a stored value was discarded. A bad value is rewritten with the default. */
  read(): Promise<ReadResult<T>>;
  /** Rejects values that do not validate, so that nothing invalid is ever stored. */
  set(value: T): Promise<void>;
  /**
   * Read, change, write, one at a time per item in this context: two changes made at once (two thumbs,
   * two pages' rows sent to the background) both land, where get-then-set would keep only the last.
   * Writers in other contexts must send their change to the background for the same guarantee.
   */
  update(change: (value: T) => T): Promise<T>;
  reset(): Promise<void>;
  /** Calls back with the new (validated) value whenever it changes; returns the unsubscribe function. */
  watch(cb: (value: T) => void): () => void;
}

export function createItem<T>(
  def: ItemDefinition<T>,
  area: StorageAreaLike,
  areaName: string,
  changes: StorageChangeSource,
  now: () => number = Date.now,
): StorageItem<T> {
  const expire = (value: T) => (def.expire ? def.expire(value, now()) : value);
  const read = async (): Promise<ReadResult<T>> => {
    const decoded = decodeItem(def, (await area.get(def.key))[def.key]);
    const value = expire(decoded.value);
    const result = value === decoded.value ? decoded : { ...decoded, value, rewrite: true };
    if (result.backup !== undefined && result.problem) {
      const backup: RepairBackup = { at: now(), problem: result.problem, value: result.backup };
      await area.set({ [backupDef(def).key]: { v: 1, value: backup } });
    }
    if (result.rewrite) await area.set({ [def.key]: { v: def.version, value: result.value } });
    if (result.problem) console.warn(`[emotune] ${englishText(result.problem)}`);
    return result;
  };
  const set = async (value: T) => {
    // i18n-ignore: a programming error (pages validate before they save), for the log
    if (def.validate(value) === undefined) throw new Error(`refusing to save an invalid "${def.key}"`);
    await area.set({ [def.key]: { v: def.version, value } });
  };
  let updating: Promise<unknown> = Promise.resolve();
  return {
    key: def.key,
    defaultValue: def.defaultValue,
    read,
    get: async () => (await read()).value,
    set,
    update(change) {
      const next = updating.then(async () => {
        const value = change((await read()).value);
        await set(value);
        return value;
      });
      updating = next.catch(() => undefined);
      return next;
    },
    reset: () => area.remove(def.key),
    watch(cb) {
      const listener = (all: Record<string, { newValue?: unknown }>, name: string) => {
        const change = all[def.key];
        if (name !== areaName || !change) return;
        cb(expire(decodeItem(def, change.newValue).value));
      };
      changes.addListener(listener);
      return () => changes.removeListener(listener);
    },
  };
}
