import { describe, expect, it } from 'vitest';
import {
  authorizeUrl,
  clientIdIssue,
  codeExchangeBody,
  needsRefresh,
  parseTokens,
  REFRESH_MARGIN_MS,
  refreshBody,
} from '../../../../src/core/music/spotify-auth';
import { englishText } from '../../../../src/shared/english';
import { expectKnownMessage } from '../../../support/catalogue';

describe('Spotify sign-in, pure parts', () => {
  it('the authorize URL carries PKCE S256, state, and no scope unless asked', () => {
    const url = new URL(
      authorizeUrl('https://accounts.example', {
        clientId: 'c1',
        redirectUri: 'https://x.chromiumapp.org/',
        challenge: 'ch',
        state: 'st',
        scopes: [],
      }),
    );
    expect(url.origin + url.pathname).toBe('https://accounts.example/authorize');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      client_id: 'c1',
      response_type: 'code',
      redirect_uri: 'https://x.chromiumapp.org/',
      code_challenge_method: 'S256',
      code_challenge: 'ch',
      state: 'st',
    });
    const scoped = authorizeUrl('https://a', {
      clientId: 'c',
      redirectUri: 'r',
      challenge: 'c',
      state: 's',
      scopes: ['user-top-read'],
    });
    expect(new URL(scoped).searchParams.get('scope')).toBe('user-top-read');
  });

  it('token request bodies never contain a client secret', () => {
    const a = codeExchangeBody({ code: 'k', redirectUri: 'r', clientId: 'c', verifier: 'v' });
    expect(Object.fromEntries(a)).toEqual({
      grant_type: 'authorization_code',
      code: 'k',
      redirect_uri: 'r',
      client_id: 'c',
      code_verifier: 'v',
    });
    expect(Object.fromEntries(refreshBody('rt', 'c'))).toEqual({
      grant_type: 'refresh_token',
      refresh_token: 'rt',
      client_id: 'c',
    });
    expect(`${a}${refreshBody('rt', 'c')}`).not.toMatch(/secret/);
  });

  it.each([
    [{ access_token: 'a', expires_in: 3600, refresh_token: 'r', scope: '' }, undefined, 'r'],
    [{ access_token: 'a', expires_in: 3600 }, 'old', 'old'],
  ])('reads token answers (%o)', (body, previous, refresh) => {
    const t = parseTokens(body, 1000, previous);
    expect(t).toEqual({ accessToken: 'a', refreshToken: refresh, expiresAt: 1000 + 3_600_000, scope: '' });
  });

  it.each([
    null,
    'x',
    {},
    { access_token: 'a' },
    { access_token: 'a', expires_in: '3600', refresh_token: 'r' },
    { access_token: 'a', expires_in: 1 },
  ])('rejects a malformed token answer: %o', (body) =>
    expect(() => parseTokens(body, 0)).toThrow(/does not understand/),
  );

  it('refreshes a minute before expiry', () => {
    const t = { accessToken: 'a', refreshToken: 'r', scope: '', expiresAt: 100_000 };
    expect(needsRefresh(t, 100_000 - REFRESH_MARGIN_MS - 1)).toBe(false);
    expect(needsRefresh(t, 100_000 - REFRESH_MARGIN_MS + 1)).toBe(true);
  });

  it.each([
    ['', null],
    ['0123456789abcdef0123456789ABCDEF', null],
    ['  0123456789abcdef0123456789abcdef ', null],
    ['0123456789abcdef', 'A Client ID'],
    ['0123456789abcdef0123456789abcdeg', 'A Client ID'],
    ['https://developer.spotify.com', 'A Client ID'],
  ])('Client ID %j', (id, problem) => {
    const issue = clientIdIssue(id);
    const p = issue && englishText(issue);
    if (problem === null) expect(p).toBeNull();
    else expect(p).toMatch(problem);
  });
});

describe('the Client ID field speaks in a key of the catalogue', () => {
  it('a bad Client ID', () => {
    expect(clientIdIssue('0123456789abcdef0123456789abcdef')).toBeNull();
    const m = clientIdIssue('nope');
    expect(m?.key).toBe('spotify_clientIdProblem');
    if (m) expectKnownMessage(m);
  });
});
