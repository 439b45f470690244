// A small Spotify Web API client for the endpoints Emotune uses (/search, /me, /me/top/artists). By hand
// rather than with @spotify/web-api-ts-sdk: the SDK fixes its base URL (the e2e stub needs another),
// runs its own auth flow (we need chrome.identity) and has no Retry-After handling; its types are still
// used for the shapes in tests. Every status goes through core/music/retry's decide().
import { type Message, message } from '../../core/message';
import { decide, type Outcome, quotaPauseMs, RULES } from '../../core/music/retry';
import { englishOf } from '../../shared/english';
import type { SpotifyEndpoints } from '../../shared/spotify-endpoints';
import type { StorageItem } from '../../shared/storage-item';
import { ProviderError, type ProviderErrorKind } from '../music/provider-error';
import type { SpotifyPause } from './pause-item';

/** How long any Spotify request (API or token) may take before it counts as a network failure. */
export const REQUEST_TIMEOUT_MS = 8000;

export type SpotifyErrorKind = ProviderErrorKind;

/** A failure the user should hear about; `kind` says whether to fall back, ask to sign in, or stop. */
export class SpotifyError extends ProviderError {
  constructor(messages: Message | readonly Message[], kind: SpotifyErrorKind) {
    super(Array.isArray(messages) ? messages : [messages as Message], kind);
    this.name = 'SpotifyError';
  }
}

export interface SpotifyApiDeps {
  fetch: typeof fetch;
  endpoints: () => Promise<SpotifyEndpoints>;
  /** A valid access token (refreshed first if about to expire); throws SpotifyError('sign-in') if none. */
  accessToken: () => Promise<string>;
  /** Forces a refresh after a 401. */
  refresh: () => Promise<string>;
  /** Where a spent quota is remembered, so that no call goes out until Spotify allows it again. */
  pause?: StorageItem<SpotifyPause | null>;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
  timeoutMs?: number;
}

export interface SearchOptions {
  limit: number;
  offset: number;
}

export function createSpotifyApi(deps: SpotifyApiDeps) {
  const sleep = deps.sleep ?? ((ms) => new Promise<void>((r) => setTimeout(r, ms)));
  const now = deps.now ?? Date.now;
  const timeoutMs = deps.timeoutMs ?? REQUEST_TIMEOUT_MS;

  async function get(path: string, params: Record<string, string> = {}): Promise<unknown> {
    const paused = await deps.pause?.get();
    if (paused && now() < paused.until) {
      const at = new Date(paused.until).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
      throw new SpotifyError([RULES.quota.reason, message('spotify_asksAgain', { time: at })], 'unavailable');
    }
    const url = new URL(`${(await deps.endpoints()).api}${path}`);
    url.search = new URLSearchParams(params).toString();
    let token = await deps.accessToken();
    let refreshed = false;
    for (let attempt = 0; ; attempt++) {
      let response: Response | null = null;
      let outcome: Outcome;
      try {
        response = await deps.fetch(url, {
          // i18n-ignore: an HTTP header
          headers: { Authorization: `Bearer ${token}` },
          signal: AbortSignal.timeout(timeoutMs),
        });
        outcome = response.status;
      } catch (error) {
        outcome = (error as Error).name === 'TimeoutError' ? 'timeout' : 'network';
      }
      // A 403 or 429 says in its body which of Spotify's 2026 rules refused us.
      const body =
        response && (outcome === 403 || outcome === 429) ? await response.json().catch(() => null) : null;
      const d = decide(outcome, attempt, {
        refreshed,
        retryAfter: response?.headers.get('Retry-After') ?? null,
        now: now(),
        body,
      });
      if (d.kind === 'unavailable' && d.reason.key === RULES.quota.reason.key && deps.pause) {
        const retryAfter = response?.headers.get('Retry-After') ?? null;
        const until = now() + quotaPauseMs(retryAfter, now());
        await deps.pause.set({ until, reason: englishOf([d.reason]) });
      }
      switch (d.kind) {
        case 'ok':
          return readJson(response as Response);
        case 'refresh':
          token = await deps.refresh();
          refreshed = true;
          break;
        case 'wait':
          await sleep(d.ms);
          break;
        default:
          throw new SpotifyError(d.reason, d.kind);
      }
    }
  }

  return {
    /** Tracks for a search query, in the signed-in user's market. */
    search: (q: string, o: SearchOptions) =>
      get('/search', { q, type: 'track', market: 'from_token', limit: `${o.limit}`, offset: `${o.offset}` }),
    /** A few playlists for the words (Spotify's playlist search; at most 10 a request since 2026). */
    searchPlaylists: (q: string, limit: number) =>
      get('/search', { q, type: 'playlist', market: 'from_token', limit: `${limit}` }),
    me: () => get('/me'),
    /** Needs the user-top-read scope (personalise). */
    topArtists: () => get('/me/top/artists', { limit: '30', time_range: 'medium_term' }),
  };
}

export type SpotifyApi = ReturnType<typeof createSpotifyApi>;

async function readJson(response: Response): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    throw new SpotifyError(message('spotify_notJson'), 'fallback');
  }
}
