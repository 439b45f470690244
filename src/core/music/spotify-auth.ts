// The pure half of Spotify sign-in: the authorize URL, the token requests and reading their answers.
// The background does the I/O (identity.launchWebAuthFlow, fetch) around these.
import { MessageError, message } from '../message';

export interface SpotifyTokens {
  accessToken: string;
  refreshToken: string;
  /** Epoch ms. */
  expiresAt: number;
  scope: string;
}

/** Refresh this long before expiry, so that a request never leaves with a token about to lapse. */
export const REFRESH_MARGIN_MS = 60_000;

export function authorizeUrl(
  accountsBase: string,
  p: { clientId: string; redirectUri: string; challenge: string; state: string; scopes: readonly string[] },
): string {
  const url = new URL(`${accountsBase}/authorize`);
  url.search = new URLSearchParams({
    client_id: p.clientId,
    response_type: 'code',
    redirect_uri: p.redirectUri,
    code_challenge_method: 'S256',
    code_challenge: p.challenge,
    state: p.state,
    ...(p.scopes.length ? { scope: p.scopes.join(' ') } : {}),
  }).toString();
  return url.toString();
}

export function codeExchangeBody(p: {
  code: string;
  redirectUri: string;
  clientId: string;
  verifier: string;
}): URLSearchParams {
  return new URLSearchParams({
    grant_type: 'authorization_code',
    code: p.code,
    redirect_uri: p.redirectUri,
    client_id: p.clientId,
    code_verifier: p.verifier,
  });
}

export function refreshBody(refreshToken: string, clientId: string): URLSearchParams {
  return new URLSearchParams({
    grant_type: 'refresh_token',
    refresh_token: refreshToken,
    client_id: clientId,
  });
}

/**
 * Reads a token endpoint answer. A refresh may omit refresh_token (keep the old one); anything else
 * missing is a malformed answer and throws.
 */
export function parseTokens(body: unknown, now: number, previousRefresh?: string): SpotifyTokens {
  const b = (body ?? {}) as Record<string, unknown>;
  const refresh = typeof b.refresh_token === 'string' && b.refresh_token ? b.refresh_token : previousRefresh;
  if (typeof b.access_token !== 'string' || !b.access_token || typeof b.expires_in !== 'number' || !refresh)
    throw new MessageError(
      [message('spotify_badSignIn')],
      'Spotify sent a sign-in answer Emotune does not understand.',
    );
  return {
    accessToken: b.access_token,
    refreshToken: refresh,
    expiresAt: now + b.expires_in * 1000,
    scope: typeof b.scope === 'string' ? b.scope : '',
  };
}

export function needsRefresh(tokens: SpotifyTokens, now: number): boolean {
  return tokens.expiresAt - now < REFRESH_MARGIN_MS;
}

/** Spotify shows a Client ID as 32 hexadecimal characters. */
export function clientIdIssue(id: string) {
  if (id.trim() === '') return null;
  return /^[0-9a-f]{32}$/i.test(id.trim()) ? null : message('spotify_clientIdProblem');
}
