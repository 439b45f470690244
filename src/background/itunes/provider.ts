// Apple's keyless catalogue as a music provider: usable once the user said yes in the popup and the
// browser granted the host. Answers are cached per storefront and search words for an hour, so that
// refreshes (which skip the tracks just shown) and other moods' repeats cost no call to Apple.

import { parseItunesSearch } from '../../core/music/itunes';
import { itunesQueries } from '../../core/music/itunes-queries';
import type { MusicProvider } from '../../core/music/provider';
import { createSerial } from '../../core/serial';
import type { KeylessConsent } from '../../shared/itunes-items';
import type { StorageItem } from '../../shared/storage-item';
import type { ItunesApi } from './api';
import type { CachedSearch } from './items';

/** `maxChars`: the whole cache's JSON, a small share of storage.local's 10 MB (settings and tokens live there). */
export const ITUNES_CACHE = { ttlMs: 60 * 60_000, maxEntries: 40, perSearch: 25, maxChars: 400_000 } as const;

export interface ItunesProviderDeps {
  api: ItunesApi;
  country: StorageItem<string>;
  cache: StorageItem<Record<string, CachedSearch>>;
  consent: StorageItem<KeylessConsent>;
  hasPermission: () => Promise<boolean>;
  now?: () => number;
}

export function createItunesProvider(deps: ItunesProviderDeps): MusicProvider {
  const now = deps.now ?? Date.now;
  // Cache writes one at a time (no time limit: each is one read and one write of storage).
  const serial = createSerial();

  /** Adds one answer, drops stale ones and keeps the newest few; writes one at a time. */
  const remember = (key: string, entry: CachedSearch) => {
    const write = async () => {
      const fresh = Object.entries({ ...(await deps.cache.get()), [key]: entry })
        .filter(([, c]) => now() - c.at < ITUNES_CACHE.ttlMs)
        .sort(([, a], [, b]) => b.at - a.at)
        .slice(0, ITUNES_CACHE.maxEntries);
      // The oldest answers go until the whole fits.
      let size = JSON.stringify(fresh).length;
      while (fresh.length > 0 && size > ITUNES_CACHE.maxChars) size -= JSON.stringify(fresh.pop()).length;
      await deps.cache.set(Object.fromEntries(fresh));
    };
    return serial(write);
  };

  return {
    id: 'itunes',

    async availability() {
      // The popup offers Apple's tracks (and asks for the permission) while neither is there.
      const [consent, permitted] = await Promise.all([deps.consent.get(), deps.hasPermission()]);
      return consent === 'granted' && permitted ? { ready: true } : { ready: false, reason: null };
    },

    queries: async (row, prefs, source, random) => itunesQueries(row, prefs, source, random),

    async search(query) {
      const country = await deps.country.get();
      const key = `${country}|${query.q.toLowerCase()}`;
      const cached = (await deps.cache.get())[key];
      if (cached && now() - cached.at < ITUNES_CACHE.ttlMs) return { tracks: cached.tracks, dropped: 0 };
      const body = await deps.api.search({ term: query.q, country, limit: ITUNES_CACHE.perSearch });
      const tracks = parseItunesSearch(body, query.terms, query.genres ?? [], ITUNES_CACHE.perSearch);
      await remember(key, { at: now(), tracks });
      return { tracks, dropped: 0 };
    },
  };
}
