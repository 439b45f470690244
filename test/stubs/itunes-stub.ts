// A loopback server that answers like Apple's iTunes Search API (GET /search), strictly enough to catch
// real mistakes: the parameters Emotune sends are checked the way Apple checks them (400 with Apple's
// `errorMessage` for a bad country, media or entity), calls beyond the per-minute budget get 403 as
// Apple answers them, and answers come as `text/javascript` like Apple's. It also serves the artwork and
// a short preview (test/fixtures/audio/preview.m4a). Tests script faults per request and read back
// what the extension sent.
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { ItunesResult } from '../../src/core/music/itunes';

export interface ItunesScripted {
  status: number;
  /** A value is sent as JSON; a string as it is (e.g. a truncated answer). */
  body?: unknown;
}

export interface ItunesSearchLog {
  term: string;
  at: number;
  params: Record<string, string>;
}

const PREVIEW = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'audio', 'preview.m4a'));
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

export interface ItunesStub {
  /** Root of the API (the extension appends /search). */
  api: string;
  searches: ItunesSearchLog[];
  /** How many times each preview was fetched, by track id. */
  previewsServed: Record<string, number>;
  /** Answers for the next searches, before the normal answer resumes. */
  scriptSearch(...responses: ItunesScripted[]): void;
  /** Calls allowed per minute before Apple-like 403s (Apple documents "approximately 20"). */
  perMinute: number;
  /** While true, searches are logged and never answered (Apple not answering). */
  hang: boolean;
  /** While true, previews are counted and never answered (dead links). */
  hangPreviews: boolean;
  close(): Promise<void>;
}

/** Stable numeric id for the n-th song of a term (Apple's trackIds are numbers). */
function idOf(term: string, n: number): number {
  let h = 7;
  for (const c of term) h = (h * 31 + c.charCodeAt(0)) % 1_000_000;
  return h * 100 + n;
}

/**
 * Songs named after the search words, so a test can tell which search found a track: the first word's
 * genre for the first two, another genre for the third (so genre ranking shows).
 */
function songsFor(term: string, base: string, count: number): ItunesResult[] {
  const genre = (term.split(' ')[0] ?? '').replace(/^\w/, (c) => c.toUpperCase());
  return Array.from({ length: count }, (_, i) => {
    const n = i + 1;
    const id = idOf(term, n);
    return {
      wrapperType: 'track',
      kind: 'song',
      trackId: id,
      trackName: `${term} tune ${n}`,
      artistName: `Singer ${n}`,
      collectionName: `${term} album`,
      trackViewUrl: `https://music.apple.com/us/album/${id}?i=${id}&uo=4`,
      artworkUrl100: `${base}/art/${id}/100x100bb.png`,
      previewUrl: `${base}/preview/${id}.m4a`,
      primaryGenreName: n % 3 === 0 ? 'Comedy' : genre,
      trackTimeMillis: 180_000,
    };
  });
}

const send = (res: ServerResponse, status: number, body: unknown) => {
  res.writeHead(status, { 'Content-Type': 'text/javascript; charset=utf-8' });
  res.end(typeof body === 'string' ? body : JSON.stringify(body));
};

/**
 * The preview as Apple's CDN serves it: with byte ranges (206), which the browser needs to seek into a
 * preview it has not downloaded yet (a paused track resumed in a new page).
 */
function servePreview(req: IncomingMessage, res: ServerResponse): void {
  const range = /^bytes=(\d*)-(\d*)$/.exec(req.headers.range ?? '');
  const size = PREVIEW.length;
  if (!range) {
    res.writeHead(200, { 'Content-Type': 'audio/mp4', 'Content-Length': size, 'Accept-Ranges': 'bytes' });
    return void res.end(PREVIEW);
  }
  const start = range[1] ? Number(range[1]) : Math.max(0, size - Number(range[2]));
  const end = range[1] && range[2] ? Math.min(Number(range[2]), size - 1) : size - 1;
  if (start >= size || start > end) {
    res.writeHead(416, { 'Content-Range': `bytes */${size}` });
    return void res.end();
  }
  res.writeHead(206, {
    'Content-Type': 'audio/mp4',
    'Content-Length': end - start + 1,
    'Content-Range': `bytes ${start}-${end}/${size}`,
    'Accept-Ranges': 'bytes',
  });
  res.end(PREVIEW.subarray(start, end + 1));
}

/**
 * `assets`: where answers say covers and previews are (default: this stub, over http, which only the
 * e2e test build accepts; unit tests give an https origin, as Apple's are).
 */
export async function startItunesStub(
  opts: { songsPerTerm?: number; assets?: string } = {},
): Promise<ItunesStub> {
  const script: ItunesScripted[] = [];
  const calls: number[] = [];
  let base = '';

  function search(url: URL, res: ServerResponse) {
    const p = url.searchParams;
    const term = p.get('term') ?? '';
    stub.searches.push({ term, at: Date.now(), params: Object.fromEntries(p) });
    const now = Date.now();
    while (calls.length && now - (calls[0] ?? 0) >= 60_000) calls.shift();
    calls.push(now);
    if (stub.hang) return;
    // Apple's answer beyond its budget: 403 with an HTML page, not JSON.
    if (calls.length > stub.perMinute)
      return send(res, 403, '<html><body><h1>403 Forbidden</h1></body></html>');
    const scripted = script.shift();
    if (scripted) return send(res, scripted.status, scripted.body ?? '');
    const bad = [
      ['country', !/^[A-Za-z]{2}$/.test(p.get('country') ?? 'US')],
      ['media', p.has('media') && p.get('media') !== 'music' && p.get('media') !== 'all'],
      [
        'entity',
        p.has('entity') && !['song', 'musicTrack', 'album', 'musicArtist'].includes(p.get('entity') ?? ''),
      ],
      ['limit', p.has('limit') && !(Number(p.get('limit')) >= 1 && Number(p.get('limit')) <= 200)],
    ]
      .filter(([, wrong]) => wrong)
      .map(([key]) => key);
    if (bad.length)
      return send(res, 400, {
        errorMessage: `Invalid value(s) for key(s): [${bad.join(', ')}]`,
        queryParameters: Object.fromEntries(p),
      });
    // An empty term is not an error for Apple: it finds nothing.
    const limit = Math.min(Number(p.get('limit') ?? 50), opts.songsPerTerm ?? 4);
    const results = term.trim() ? songsFor(term, opts.assets ?? base, limit) : [];
    send(res, 200, { resultCount: results.length, results });
  }

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', base);
    if (req.method === 'GET' && url.pathname === '/search') return search(url, res);
    if (url.pathname.startsWith('/art/')) {
      res.writeHead(200, { 'Content-Type': 'image/png' });
      return void res.end(PNG);
    }
    const preview = /^\/preview\/(\d+)\.m4a$/.exec(url.pathname);
    if (preview) {
      const id = preview[1] ?? '';
      stub.previewsServed[id] = (stub.previewsServed[id] ?? 0) + 1;
      if (stub.hangPreviews) return;
      return servePreview(req, res);
    }
    send(res, 404, { errorMessage: 'Not found' });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const stub: ItunesStub = {
    api: base,
    searches: [],
    previewsServed: {},
    scriptSearch: (...responses) => void script.push(...responses),
    perMinute: 20,
    hang: false,
    hangPreviews: false,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  return stub;
}
