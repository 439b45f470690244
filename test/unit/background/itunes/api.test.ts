// The iTunes client in Node with real fetch against the loopback stub: what it sends, its per-minute
// budget, and a clear message for every way Apple's answer can go wrong.
import { fakeBrowser } from '@webext-core/fake-browser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createItunesApi, ITUNES_RATE } from '../../../../src/background/itunes/api';
import { itunesRateDef } from '../../../../src/background/itunes/items';
import { ProviderError } from '../../../../src/background/music/provider-error';
import { type ItunesStub, startItunesStub } from '../../../stubs/itunes-stub';
import { fakeItem } from '../../../support/fake-stores';

let stub: ItunesStub;
let clock = 1_000_000;
beforeEach(async () => {
  fakeBrowser.reset();
  clock = 1_000_000;
  stub = await startItunesStub();
});
afterEach(() => stub.close());

function setup(endpoint = async () => stub.api) {
  const rate = fakeItem(itunesRateDef);
  const api = createItunesApi({ fetch, endpoint, rate, now: () => clock });
  return { api, rate };
}
const search = { term: 'dance upbeat', country: 'GB', limit: 25 };

async function failure(p: Promise<unknown>): Promise<ProviderError> {
  const error = await p.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof ProviderError)) throw new Error(`expected a ProviderError, got ${String(error)}`);
  return error;
}

describe('iTunes Search API client', () => {
  it('sends the documented song search for the storefront', async () => {
    const { api } = setup();
    const body = await api.search(search);
    expect(stub.searches[0]?.params).toEqual({
      term: 'dance upbeat',
      country: 'GB',
      media: 'music',
      entity: 'song',
      limit: '25',
    });
    expect(body).toMatchObject({ resultCount: 4 });
  });

  it('spends at most the per-minute budget; the next call waits without reaching Apple', async () => {
    const { api } = setup();
    for (let i = 0; i < ITUNES_RATE.max; i++) await api.search(search);
    clock += 30_000;
    const e = await failure(api.search(search));
    expect(e.message).toBe('Apple’s catalogue allows about 20 searches a minute: try again in 30 s.');
    expect(e.kind).toBe('fallback');
    expect(stub.searches).toHaveLength(ITUNES_RATE.max);
    clock += 30_000;
    stub.perMinute = 100; // the stub's own minute runs on the real clock
    await api.search(search);
    expect(stub.searches).toHaveLength(ITUNES_RATE.max + 1);
  });

  it('parallel searches share the budget without losing a call', async () => {
    const { api, rate } = setup();
    await Promise.all([api.search(search), api.search(search), api.search(search)]);
    expect((await rate.get()).calls).toHaveLength(3);
  });

  it('Apple’s 403 (its limit) keeps Emotune away for a minute', async () => {
    stub.perMinute = 0;
    const { api } = setup();
    const e = await failure(api.search(search));
    expect(e.message).toMatch(/^Apple’s catalogue is limiting searches \(HTTP 403\); Emotune waits a minute/);
    clock += 59_000;
    expect((await failure(api.search(search))).message).toMatch(/try again in 1 s/);
    expect(stub.searches).toHaveLength(1);
  });

  it.each([
    [429, {}, /limiting searches \(HTTP 429\)/, 'fallback'],
    [503, {}, /^Apple’s catalogue is having trouble \(HTTP 503\)\.$/, 'fallback'],
    [
      400,
      { errorMessage: 'Invalid value(s) for key(s): [country]' },
      /refused the search \(HTTP 400\)/,
      'fail',
    ],
    [
      200,
      '{"resultCount": 3, "results": [',
      /^Apple’s catalogue sent an answer that is not JSON\.$/,
      'fallback',
    ],
  ])('HTTP %i is reported clearly', async (status, body, message, kind) => {
    stub.scriptSearch({ status, body });
    const e = await failure(setup().api.search(search));
    expect(e.message).toMatch(message);
    expect(e.kind).toBe(kind);
  });

  it('the stub answers a bad storefront as Apple does (so a wrong country shows up in tests)', async () => {
    const e = await failure(setup().api.search({ ...search, country: 'GBR' }));
    expect(e.message).toMatch(/HTTP 400/);
  });

  it('offline is said plainly', async () => {
    await stub.close();
    const e = await failure(setup().api.search(search));
    expect(e.message).toBe('You seem to be offline.');
  });
});
