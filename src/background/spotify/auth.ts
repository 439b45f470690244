// Spotify sign-in with Authorization Code + PKCE through identity.launchWebAuthFlow: no client secret
// anywhere, tokens in storage.local, refreshed before they lapse, forgotten on sign-out.

import { message } from '../../core/message';
import { codeChallenge, randomToken, readRedirect } from '../../core/music/pkce';
import {
  authorizeUrl,
  codeExchangeBody,
  needsRefresh,
  parseTokens,
  refreshBody,
  type SpotifyTokens,
} from '../../core/music/spotify-auth';
import { createSerial } from '../../core/serial';
import { messageError } from '../../shared/english';
import type { SpotifyEndpoints } from '../../shared/spotify-endpoints';
import type { StorageItem } from '../../shared/storage-item';
import { REQUEST_TIMEOUT_MS, SpotifyError } from './api';
import type { SpotifySession } from './session';

export interface Identity {
  launchWebAuthFlow(details: { url: string; interactive: boolean }): Promise<string | undefined>;
  getRedirectURL(): string;
}

export interface SpotifyAuthDeps {
  fetch: typeof fetch;
  endpoints: () => Promise<SpotifyEndpoints>;
  identity: Identity;
  session: StorageItem<SpotifySession | null>;
  clientId: StorageItem<string>;
  /**
   * Whether the user granted Spotify's hosts (optional permissions). The settings page asks in the
   * sign-in click; a sign-in without them would fail half-way, after Spotify's consent page.
   */
  permitted: () => Promise<boolean>;
  /** Scopes to ask for: none for search; user-top-read only when the user turned on "personalise". */
  scopes: () => Promise<readonly string[]>;
  now?: () => number;
}

// Chrome says "The user did not approve access.", Firefox "User cancelled or denied access.".
const CANCELLED = /did not approve|cancel/i;

export function createSpotifyAuth(deps: SpotifyAuthDeps) {
  const now = deps.now ?? Date.now;
  let refreshing: Promise<string> | null = null;
  // Bumped by every sign-in and sign-out: a refresh or sign-in that started under an older epoch lost
  // the race and must not write tokens (nothing may bring tokens back after a sign-out).
  let epoch = 0;
  // Session writes run one at a time, so that "is this still the session I refreshed?" and the write
  // that follows are not split by a sign-out.
  // No time limit: a write that is waited for must land, or a sign-out could be overtaken.
  const serial = createSerial();
  const superseded = () => new SpotifyError(message('spotify_signedOutMeanwhile'), 'sign-in');

  async function tokenRequest(body: URLSearchParams, previousRefresh?: string): Promise<SpotifyTokens> {
    const { accounts } = await deps.endpoints();
    let response: Response;
    try {
      response = await deps.fetch(`${accounts}/api/token`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body,
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      });
    } catch {
      throw new SpotifyError(message('spotify_signInOffline'), 'fallback');
    }
    if (response.status === 400 || response.status === 401) {
      throw new SpotifyError(message('spotify_signInExpiredAgain'), 'sign-in');
    }
    if (!response.ok) {
      throw new SpotifyError(message('spotify_signInTrouble', { status: response.status }), 'fallback');
    }
    return parseTokens(await response.json().catch(() => null), now(), previousRefresh);
  }

  async function doRefresh(): Promise<string> {
    const started = epoch;
    const session = await deps.session.get();
    if (!session) throw new SpotifyError(message('spotify_notSignedIn'), 'sign-in');
    // Only the session this refresh started from may be changed by it, and only if no sign-in or
    // sign-out came in between.
    const stillOurs = async () => {
      const current = await deps.session.get();
      return epoch === started &&
        current?.refreshToken === session.refreshToken &&
        current.clientId === session.clientId
        ? current
        : null;
    };
    let tokens: SpotifyTokens;
    try {
      tokens = await tokenRequest(refreshBody(session.refreshToken, session.clientId), session.refreshToken);
    } catch (error) {
      // A refused refresh token cannot come back: forget the session so the UI asks to sign in.
      if (error instanceof SpotifyError && error.kind === 'sign-in') {
        await serial(async () => {
          if (await stillOurs()) await deps.session.set(null);
        });
      }
      throw error;
    }
    return serial(async () => {
      const current = await stillOurs();
      if (!current) throw superseded();
      await deps.session.set({ ...current, ...tokens });
      return tokens.accessToken;
    });
  }

  /** One refresh at a time: concurrent searches share it. */
  function refresh(): Promise<string> {
    refreshing ??= doRefresh().finally(() => {
      refreshing = null;
    });
    return refreshing;
  }

  return {
    redirectUri: () => deps.identity.getRedirectURL(),

    /** Opens Spotify's consent page. Resolves 'cancelled' if the user closes or declines it. */
    async signIn(): Promise<'signed-in' | 'cancelled'> {
      const started = ++epoch;
      const clientId = await deps.clientId.get();
      if (!clientId) throw messageError(message('spotify_needClientId'));
      if (!(await deps.permitted())) {
        throw messageError(message('spotify_needPermission'));
      }
      const verifier = randomToken(64);
      const state = randomToken(43);
      const redirectUri = deps.identity.getRedirectURL();
      const url = authorizeUrl((await deps.endpoints()).accounts, {
        clientId,
        redirectUri,
        challenge: await codeChallenge(verifier),
        state,
        scopes: await deps.scopes(),
      });
      let redirect: string | undefined;
      try {
        redirect = await deps.identity.launchWebAuthFlow({ url, interactive: true });
      } catch (error) {
        if (CANCELLED.test((error as Error).message)) return 'cancelled';
        throw messageError(message('spotify_signInPageFailed', { error: (error as Error).message }));
      }
      if (!redirect) return 'cancelled';
      const answer = readRedirect(redirect, state);
      if (answer.kind === 'cancelled') return 'cancelled';
      if (answer.kind === 'error') throw messageError(answer.message);
      const tokens = await tokenRequest(
        codeExchangeBody({ code: answer.code, redirectUri, clientId, verifier }),
      );
      return serial(async () => {
        // A sign-out or another sign-in since this one began wins; so does a Client ID change.
        if (epoch !== started || (await deps.clientId.get()) !== clientId) return 'cancelled' as const;
        await deps.session.set({ ...tokens, clientId, userName: null });
        return 'signed-in' as const;
      });
    },

    async signOut(): Promise<void> {
      epoch++;
      await serial(() => deps.session.set(null));
    },

    /** The Client ID the stored session belongs to (null when signed out): never a token. */
    async sessionClientId(): Promise<string | null> {
      return (await deps.session.get())?.clientId ?? null;
    },

    /** The display name for the options page, written in turn with the session's other writes. */
    async setUserName(userName: string | null): Promise<void> {
      await serial(async () => {
        const session = await deps.session.get();
        if (session) await deps.session.set({ ...session, userName });
      });
    },

    async accessToken(): Promise<string> {
      const session = await deps.session.get();
      if (!session) throw new SpotifyError(message('spotify_notSignedIn'), 'sign-in');
      return needsRefresh(session, now()) ? refresh() : session.accessToken;
    },

    refresh,
  };
}

export type SpotifyAuth = ReturnType<typeof createSpotifyAuth>;
