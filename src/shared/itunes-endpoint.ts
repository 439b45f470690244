// Where Apple's Search API lives, and the host permission it needs. Production builds always use
// Apple's host; only a test build (TEST_BUILD) lets e2e tests point it at a loopback stub through
// storage, and the minifier drops that branch from every other build (test/e2e/builds.test.ts).
import { ITUNES_HOST_PATTERN } from './hosts';

export const ITUNES_API = 'https://itunes.apple.com';

/** storage.local key read by test builds only. */
export const ITUNES_TEST_OVERRIDE_KEY = 'testItunesEndpoint';

/** `readLocal` reads one storage.local key (injected, so pages, background and Node share this). */
export function createItunesEndpoint(readLocal: (key: string) => Promise<unknown>): () => Promise<string> {
  return async () => {
    if (import.meta.env.TEST_BUILD) {
      const override = await readLocal(ITUNES_TEST_OVERRIDE_KEY);
      if (typeof override === 'string') return override;
    }
    return ITUNES_API;
  };
}

/** The host permission pattern for an endpoint: Apple's own pattern, or the stub's host (any port). */
export function hostPattern(endpoint: string): string {
  if (endpoint === ITUNES_API) return ITUNES_HOST_PATTERN;
  const url = new URL(endpoint);
  return `${url.protocol}//${url.hostname}/*`;
}
