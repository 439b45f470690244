import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { base64Url, codeChallenge, randomToken, readRedirect } from '../../../../src/core/music/pkce';
import { englishText } from '../../../../src/shared/english';

describe('PKCE', () => {
  it.each(['dBjftJeZ4CVP-mJ92IUa7yf4h1Jus3Eqb6ZgY6TeIBk', randomToken(43), randomToken(128)])(
    'S256 challenge of %s equals base64url(sha256) computed by node:crypto',
    async (verifier) => {
      const want = createHash('sha256').update(verifier).digest('base64url');
      expect(await codeChallenge(verifier)).toBe(want);
    },
  );
  it('verifiers are long, unreserved-only and different each time', () => {
    const a = randomToken();
    expect(a).toMatch(/^[A-Za-z0-9\-._~]{64}$/);
    expect(randomToken()).not.toBe(a);
    expect(() => randomToken(42)).toThrow(/43-128/);
  });
  it('base64url has no padding or + /', () => {
    expect(base64Url(new Uint8Array([251, 255, 191]).buffer)).toBe('-_-_');
  });
});

describe('redirect and state', () => {
  const base = 'https://abc.chromiumapp.org/';
  it.each([
    [`${base}?code=xyz&state=s1`, { kind: 'code', code: 'xyz' }],
    [`${base}?error=access_denied&state=s1`, { kind: 'cancelled' }],
    [
      `${base}?error=server_error&state=s1`,
      { kind: 'error', message: 'Spotify refused the sign-in: server_error' },
    ],
    [`${base}?state=s1`, { kind: 'error', message: 'Spotify sent no authorization code.' }],
    [
      `${base}?code=xyz&state=forged`,
      { kind: 'error', message: 'Sign-in answer did not match this request (state).' },
    ],
    [`${base}?code=xyz`, { kind: 'error', message: 'Sign-in answer did not match this request (state).' }],
  ])('%s', (url, want) => {
    // An error is a message of the catalogue, read here in its English.
    const r = readRedirect(url, 's1');
    expect(r.kind === 'error' ? { ...r, message: englishText(r.message) } : r).toEqual(want);
  });
});
