// OAuth 2.0 Authorization Code with PKCE (RFC 7636, S256) and the `state` check, on Web Crypto only:
// works in the service worker, in pages and in Node 20.
import { type Message, message } from '../message';

const URL_SAFE = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~';

/** A random string of the RFC 7636 unreserved characters (43-128 long for a verifier). */
export function randomToken(
  length = 64,
  random: (bytes: Uint8Array) => Uint8Array = (b) => crypto.getRandomValues(b),
): string {
  // i18n-ignore: a programming error, never shown
  if (length < 43 || length > 128) throw new Error('a PKCE verifier must be 43-128 characters');
  // 66 of 256 byte values are rejected so that every character is equally likely.
  const out: string[] = [];
  while (out.length < length) {
    for (const byte of random(new Uint8Array(length))) {
      if (byte < 198 && out.length < length) out.push(URL_SAFE[byte % 66] ?? '');
    }
  }
  return out.join('');
}

export function base64Url(bytes: ArrayBuffer): string {
  let s = '';
  for (const b of new Uint8Array(bytes)) s += String.fromCharCode(b);
  return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** S256 code challenge: BASE64URL(SHA-256(ASCII(verifier))). */
export async function codeChallenge(verifier: string): Promise<string> {
  return base64Url(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier)));
}

export type RedirectResult =
  | { kind: 'code'; code: string }
  | { kind: 'cancelled' }
  | { kind: 'error'; message: Message };

/**
 * Reads the authorization server's redirect. A wrong or missing `state` is an attack or a stale tab and
 * is refused; the user pressing Cancel on Spotify's page (error=access_denied) is not an error.
 */
export function readRedirect(redirectUrl: string, expectedState: string): RedirectResult {
  const url = new URL(redirectUrl);
  const params = url.searchParams;
  if (params.get('state') !== expectedState)
    return { kind: 'error', message: message('spotify_signInMismatch') };
  const error = params.get('error');
  if (error === 'access_denied') return { kind: 'cancelled' };
  if (error) return { kind: 'error', message: message('spotify_signInRefused', { error }) };
  const code = params.get('code');
  if (!code) return { kind: 'error', message: message('spotify_noCode') };
  return { kind: 'code', code };
}
