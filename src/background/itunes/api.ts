// A client for Apple's iTunes Search API (no key, no account). Apple allows about 20 calls a minute
// and answers 403 (sometimes 429) beyond that, so every call first takes one from a budget kept in
// storage, and a refusal keeps Emotune away for a minute. No retries: they would spend the budget.

import { message } from '../../core/message';
import { admit, type Rate, type RateState, refused } from '../../core/music/rate-limit';
import { createSerial } from '../../core/serial';
import type { StorageItem } from '../../shared/storage-item';
import { ProviderError } from '../music/provider-error';

export const ITUNES_RATE: Rate = { max: 20, windowMs: 60_000, blockMs: 60_000 };
export const ITUNES_TIMEOUT_MS = 8000;

export interface ItunesApiDeps {
  fetch: typeof fetch;
  endpoint: () => Promise<string>;
  rate: StorageItem<RateState>;
  now?: () => number;
  timeoutMs?: number;
}

export interface ItunesSearch {
  term: string;
  /** ISO 3166-1 alpha-2 storefront. */
  country: string;
  limit: number;
}

export function createItunesApi(deps: ItunesApiDeps) {
  const now = deps.now ?? Date.now;
  const timeoutMs = deps.timeoutMs ?? ITUNES_TIMEOUT_MS;
  // Parallel searches read and write the budget one at a time, so none is lost.
  // No time limit: each job is two storage calls, and a skipped write would lose a call from the count.
  const serially = createSerial();

  const take = () =>
    serially(async () => {
      const a = admit(await deps.rate.get(), now(), ITUNES_RATE);
      if (!a.ok) {
        const s = Math.ceil(a.waitMs / 1000);
        throw new ProviderError([message('itunes_budget', { max: ITUNES_RATE.max, seconds: s })], 'fallback');
      }
      await deps.rate.set(a.state);
    });

  const backOff = () =>
    serially(async () => deps.rate.set(refused(await deps.rate.get(), now(), ITUNES_RATE)));

  return {
    /** One song search; the answer's shape is checked by core/music/itunes.ts. */
    async search(s: ItunesSearch): Promise<unknown> {
      await take();
      const url = new URL('/search', await deps.endpoint());
      url.search = new URLSearchParams({
        term: s.term,
        country: s.country,
        media: 'music',
        entity: 'song',
        limit: `${s.limit}`,
      }).toString();
      let response: Response;
      try {
        response = await deps.fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
      } catch (error) {
        const timeout = (error as Error).name === 'TimeoutError';
        throw new ProviderError([message(timeout ? 'itunes_timeout' : 'net_offline')], 'fallback');
      }
      if (response.status === 403 || response.status === 429) {
        await backOff();
        throw new ProviderError([message('itunes_limited', { status: response.status })], 'fallback');
      }
      if (response.status >= 500)
        throw new ProviderError([message('itunes_trouble', { status: response.status })], 'fallback');
      if (!response.ok)
        throw new ProviderError([message('itunes_refused', { status: response.status })], 'fail');
      try {
        return await response.json();
      } catch {
        throw new ProviderError([message('itunes_notJson')], 'fallback');
      }
    },
  };
}

export type ItunesApi = ReturnType<typeof createItunesApi>;
