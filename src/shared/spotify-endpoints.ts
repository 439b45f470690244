// Where Spotify lives. Production builds always use Spotify's own hosts; only a test build
// (`vite build --mode chrome-test`, TEST_BUILD) lets e2e tests point the extension at a loopback stub
// through storage. The minifier drops that branch from every other build (a test checks dist/).
import { SPOTIFY_HOST_PATTERNS } from './hosts';

export interface SpotifyEndpoints {
  /** Authorization server: /authorize and /api/token. */
  accounts: string;
  /** Web API root, ending in /v1. */
  api: string;
}

export const SPOTIFY: SpotifyEndpoints = {
  accounts: 'https://accounts.spotify.com',
  api: 'https://api.spotify.com/v1',
};

/** storage.local key read by test builds only. */
export const TEST_OVERRIDE_KEY = 'testSpotifyEndpoints';

/** `readLocal` reads one storage.local key (injected so this file stays free of the browser API). */
export function createEndpoints(
  readLocal: (key: string) => Promise<unknown>,
): () => Promise<SpotifyEndpoints> {
  return async () => {
    if (import.meta.env.TEST_BUILD) {
      const override = (await readLocal(TEST_OVERRIDE_KEY)) as SpotifyEndpoints | undefined;
      if (override) return override;
    }
    return SPOTIFY;
  };
}

/** The host permissions the endpoints need: Spotify's own patterns, or the stub's host (any port). */
export function spotifyHostPatterns(endpoints: SpotifyEndpoints): string[] {
  if (endpoints.accounts === SPOTIFY.accounts && endpoints.api === SPOTIFY.api) return SPOTIFY_HOST_PATTERNS;
  const hosts = [endpoints.accounts, endpoints.api].map((e) => {
    const url = new URL(e);
    return `${url.protocol}//${url.hostname}/*`;
  });
  return [...new Set(hosts)];
}
