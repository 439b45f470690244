// A loopback server that answers like Spotify's accounts service (/authorize, /api/token) and Web API
// (/v1/search, /v1/me), strictly enough to catch real mistakes: PKCE verifiers are checked against the
// challenge, codes are single-use, tokens expire, and search needs a live bearer token. Tests script
// faults (429, 5xx, malformed bodies) per request and read back what the extension sent.
import { createHash, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Artist, Image, SimplifiedArtist, Track, UserProfile } from '@spotify/web-api-ts-sdk';

/** The fields of Spotify's Track that Emotune reads, typed by Spotify's own SDK. */
export type StubTrack = Pick<Track, 'id' | 'name' | 'uri' | 'external_urls'> & {
  artists: Pick<SimplifiedArtist, 'name'>[];
  album: { images: Image[] };
};

export interface Scripted {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

export interface SearchLog {
  q: string;
  at: number;
  params: Record<string, string>;
}

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

const b64url = (b: Buffer) => b.toString('base64').replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
const token = () => b64url(randomBytes(24));

export interface SpotifyStub {
  accounts: string;
  api: string;
  /** Every search received, in order. */
  searches: SearchLog[];
  /** Every playlist search's words, in order. */
  playlistSearches: string[];
  /** Responses for the next playlist searches (track searches have `scriptSearch`). */
  scriptPlaylistSearch(...responses: Scripted[]): void;
  /** Every token request's grant_type, in order. */
  grants: string[];
  /** Responses to use for the next searches, before the normal answer resumes. */
  scriptSearch(...responses: Scripted[]): void;
  /** How /authorize answers: approve (redirect with a code) or deny (error=access_denied). */
  authorizeAnswer: 'approve' | 'deny';
  /** Lifetime of new access tokens, seconds. */
  expiresIn: number;
  /** What /v1/me/top/artists answers (only to tokens granted user-top-read). */
  topArtists: Pick<Artist, 'name' | 'genres'>[];
  /**
   * Spotify's development-mode rules (2026): without Premium on the owner's account every Web API call
   * is refused; a user not on the app's list is refused; a spent quota answers 429 QUOTA_EXCEEDED.
   */
  rules: { ownerHasPremium: boolean; userOnAllowList: boolean; quotaExceeded: boolean };
  /** Invalidates every access token (as if they expired on Spotify's side). */
  revokeAccessTokens(): void;
  close(): Promise<void>;
}

/** Three tracks per query, named after it, so a test can tell which query found a track. */
function tracksFor(q: string, base: string, offset = 0): StubTrack[] {
  const slug = q.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '');
  return [1, 2, 3].map((n) => {
    const id = `${slug}-${n + offset}`;
    return {
      id,
      name: `${q} song ${n + offset}`,
      uri: `spotify:track:${id}`,
      external_urls: { spotify: `https://open.spotify.com/track/${id}` },
      artists: [{ name: `Artist ${n}` }],
      album: { images: [{ url: `${base}/cover/${id}.png`, width: 64, height: 64 }] },
    };
  });
}

/**
 * A playlist search's answer as Spotify gives it: a null hole, an editorial playlist (owner spotify,
 * closed to new apps) and two user playlists named after the words.
 */
function playlistsFor(q: string, base: string): unknown[] {
  const slug = q.replace(/[^a-z0-9]+/gi, '-');
  const playlist = (n: number, owner: { id: string; display_name: string }) => ({
    id: `${slug}-list-${n}`,
    name: `${q} playlist ${n}`,
    owner,
    external_urls: { spotify: `https://open.spotify.com/playlist/${slug}-list-${n}` },
    images: [{ url: `${base}/cover/${slug}-list-${n}.png`, width: 300, height: 300 }],
    tracks: { total: 20 + n },
  });
  return [
    null,
    playlist(0, { id: 'spotify', display_name: 'Spotify' }),
    playlist(1, { id: 'fan1', display_name: 'A Fan' }),
    playlist(2, { id: 'fan2', display_name: 'Another Fan' }),
  ];
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString();
}

export async function startSpotifyStub(opts: { clientId?: string } = {}): Promise<SpotifyStub> {
  const codes = new Map<
    string,
    { challenge: string; redirectUri: string; clientId: string; scope: string }
  >();
  // token -> the scopes it was granted
  const accessTokens = new Map<string, string>();
  const refreshTokens = new Map<string, string>();
  const script: Scripted[] = [];
  const playlistScript: Scripted[] = [];
  let base = '';

  const send = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
    res.writeHead(status, {
      'Content-Type': 'application/json',
      'Access-Control-Allow-Origin': '*',
      'Access-Control-Expose-Headers': 'Retry-After',
      ...headers,
    });
    res.end(typeof body === 'string' ? body : JSON.stringify(body));
  };

  const issue = (scope: string) => {
    const access = token();
    const refresh = token();
    accessTokens.set(access, scope);
    refreshTokens.set(refresh, scope);
    return {
      access_token: access,
      token_type: 'Bearer',
      expires_in: stub.expiresIn,
      refresh_token: refresh,
      scope,
    };
  };

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', base);
    if (req.method === 'OPTIONS') {
      res.writeHead(204, {
        'Access-Control-Allow-Origin': '*',
        'Access-Control-Allow-Headers': 'Authorization, Content-Type',
        'Access-Control-Allow-Methods': 'GET, POST',
      });
      return void res.end();
    }
    if (url.pathname === '/authorize') {
      const p = url.searchParams;
      const redirect = new URL(p.get('redirect_uri') ?? '');
      redirect.searchParams.set('state', p.get('state') ?? '');
      if (p.get('response_type') !== 'code' || p.get('code_challenge_method') !== 'S256') {
        redirect.searchParams.set('error', 'invalid_request');
      } else if (opts.clientId && p.get('client_id') !== opts.clientId) {
        redirect.searchParams.set('error', 'invalid_client');
      } else if (stub.authorizeAnswer === 'deny') {
        redirect.searchParams.set('error', 'access_denied');
      } else {
        const code = token();
        codes.set(code, {
          challenge: p.get('code_challenge') ?? '',
          redirectUri: p.get('redirect_uri') ?? '',
          clientId: p.get('client_id') ?? '',
          scope: p.get('scope') ?? '',
        });
        redirect.searchParams.set('code', code);
      }
      res.writeHead(302, { Location: redirect.toString() });
      return void res.end();
    }
    if (url.pathname === '/api/token' && req.method === 'POST') {
      const form = new URLSearchParams(await readBody(req));
      const grant = form.get('grant_type') ?? '';
      stub.grants.push(grant);
      if (grant === 'authorization_code') {
        const issued = codes.get(form.get('code') ?? '');
        codes.delete(form.get('code') ?? '');
        const verifier = form.get('code_verifier') ?? '';
        const ok =
          issued &&
          issued.redirectUri === form.get('redirect_uri') &&
          issued.clientId === form.get('client_id') &&
          b64url(createHash('sha256').update(verifier).digest()) === issued.challenge;
        return ok ? send(res, 200, issue(issued.scope)) : send(res, 400, { error: 'invalid_grant' });
      }
      const refreshed = refreshTokens.get(form.get('refresh_token') ?? '');
      if (grant === 'refresh_token' && refreshed !== undefined) {
        refreshTokens.delete(form.get('refresh_token') ?? '');
        return send(res, 200, issue(refreshed));
      }
      return send(res, 400, { error: 'invalid_grant' });
    }
    if (url.pathname.startsWith('/cover/')) {
      res.writeHead(200, { 'Content-Type': 'image/png' });
      return void res.end(PNG);
    }
    if (url.pathname.startsWith('/v1/')) {
      const bearer = (req.headers.authorization ?? '').replace(/^Bearer /, '');
      if (!accessTokens.has(bearer)) return send(res, 401, { error: { status: 401, message: 'expired' } });
      if (!stub.rules.ownerHasPremium)
        return send(res, 403, {
          error: { status: 403, message: 'Active premium subscription required for the owner of the app' },
        });
      if (!stub.rules.userOnAllowList)
        return send(res, 403, {
          error: {
            status: 403,
            message: 'Check settings on developer.spotify.com/dashboard, the user may not be registered.',
          },
        });
      if (stub.rules.quotaExceeded)
        return send(
          res,
          429,
          { error: { status: 429, message: 'API rate limit exceeded', reason: 'QUOTA_EXCEEDED' } },
          { 'Retry-After': '86400' },
        );
      if (url.pathname === '/v1/me/top/artists') {
        if (!(accessTokens.get(bearer) ?? '').split(' ').includes('user-top-read'))
          return send(res, 403, { error: { status: 403, message: 'Insufficient client scope' } });
        return send(res, 200, { items: stub.topArtists, total: stub.topArtists.length });
      }
      if (url.pathname === '/v1/me') {
        const me: Pick<UserProfile, 'id' | 'display_name'> = {
          id: 'stub-user',
          display_name: 'Stub Listener',
        };
        return send(res, 200, me);
      }
      if (url.pathname === '/v1/search' && url.searchParams.get('type') === 'playlist') {
        const q = url.searchParams.get('q') ?? '';
        stub.playlistSearches.push(q);
        const scripted = playlistScript.shift();
        if (scripted) return send(res, scripted.status, scripted.body ?? {}, scripted.headers);
        return send(res, 200, { playlists: { items: playlistsFor(q, base), total: 4 } });
      }
      if (url.pathname === '/v1/search') {
        const q = url.searchParams.get('q') ?? '';
        stub.searches.push({ q, at: Date.now(), params: Object.fromEntries(url.searchParams) });
        const scripted = script.shift();
        if (scripted) return send(res, scripted.status, scripted.body ?? {}, scripted.headers);
        // Development mode since Feb 2026: at most 10 results a search.
        const limit = Number(url.searchParams.get('limit') ?? 5);
        if (!Number.isInteger(limit) || limit < 1 || limit > 10)
          return send(res, 400, { error: { status: 400, message: 'Invalid limit' } });
        const offset = Number(url.searchParams.get('offset') ?? 0);
        return send(res, 200, { tracks: { items: tracksFor(q, base, offset), total: 3, offset } });
      }
    }
    send(res, 404, { error: { status: 404, message: 'not found' } });
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error) => send(res, 500, { error: String(error) }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const stub: SpotifyStub = {
    accounts: base,
    api: `${base}/v1`,
    searches: [],
    playlistSearches: [],
    grants: [],
    scriptSearch: (...responses) => void script.push(...responses),
    scriptPlaylistSearch: (...responses) => void playlistScript.push(...responses),
    authorizeAnswer: 'approve',
    expiresIn: 3600,
    topArtists: [
      { name: 'Stub Star', genres: ['dance pop', 'electropop'] },
      { name: 'Loud Band', genres: ['alternative rock'] },
    ],
    rules: { ownerHasPremium: true, userOnAllowList: true, quotaExceeded: false },
    revokeAccessTokens: () => accessTokens.clear(),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  return stub;
}
