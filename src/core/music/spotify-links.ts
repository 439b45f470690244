// Which links from a Spotify answer may reach the popup: web pages and covers only over https on
// Spotify's own hosts, app links only in the spotify: scheme. Anything else (http, javascript:, data:,
// another host) is dropped, so a bad or tampered answer cannot put a foreign link or tracker in the popup.

/** Spotify's web player. */
const WEB_HOSTS = new Set(['open.spotify.com']);
/** Spotify's image CDNs (i.scdn.co, mosaic.scdn.co, image-cdn-*.spotifycdn.com). */
const IMAGE_HOST = /^([a-z0-9-]+\.)*(scdn\.co|spotifycdn\.com)$/;
const APP_URI = /^spotify:(track|album|artist|playlist|episode|show):[A-Za-z0-9_-]{1,64}$/;

/**
 * The e2e test build (only) also accepts the loopback Spotify stub's own pages and covers; the minifier
 * removes this from every other build (test/e2e/builds.test.ts checks). `=== true`: vitest's define
 * makes the flag the string "false", which is truthy.
 */
const isStub = (url: URL) =>
  import.meta.env.TEST_BUILD === true && url.protocol === 'http:' && url.hostname === '127.0.0.1';

function httpsOn(value: unknown, host: (h: string) => boolean): string | null {
  if (typeof value !== 'string') return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  if (isStub(url)) return url.href;
  return url.protocol === 'https:' && !url.username && !url.password && host(url.hostname) ? url.href : null;
}

export const spotifyWebUrl = (v: unknown) => httpsOn(v, (h) => WEB_HOSTS.has(h));
export const spotifyImageUrl = (v: unknown) => httpsOn(v, (h) => IMAGE_HOST.test(h));
export const spotifyAppUri = (v: unknown) => (typeof v === 'string' && APP_URI.test(v) ? v : null);

export const DROPPED_LINKS_NOTE =
  'Some links in Spotify’s answer did not point to Spotify and were left out.';
