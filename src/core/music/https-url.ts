// Which URLs from a music service may reach a page's links, images and audio: https only, of a bounded
// length, without credentials. An http cover is a tracker anyone on the network can swap; a
// `javascript:` or `data:` URL would run or load in an extension page.

/** Longer than any real link, cover or preview of Apple's or Spotify's; bounds what is cached. */
export const MAX_URL_LENGTH = 2048;

/**
 * The e2e test build (only) also accepts the loopback stubs' own pages, covers and previews; the
 * minifier removes this from every other build (test/e2e/builds.test.ts checks). `=== true`: vitest's
 * define makes the flag the string "false", which is truthy.
 */
export const isStub = (url: URL) =>
  import.meta.env.TEST_BUILD === true && url.protocol === 'http:' && url.hostname === '127.0.0.1';

/** The URL if it is https (or the test build's stub) and on a host `host` accepts; else null. */
export function httpsUrl(value: unknown, host: (h: string) => boolean = () => true): string | null {
  if (typeof value !== 'string' || value.length > MAX_URL_LENGTH) return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  if (isStub(url)) return url.href;
  return url.protocol === 'https:' && !url.username && !url.password && host(url.hostname) ? url.href : null;
}
