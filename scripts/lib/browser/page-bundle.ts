// The capture code (src/capture) bundled for a plain page and served from loopback with the shipped
// models, tfjs's wasm files and the camera fixtures: for checks that run the code users run in a real
// browser without the extension around it (the probe's expected scores, the backends' parity).
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { build, type Rolldown } from 'vite';
import { HUMAN_ALIAS } from '../../../vite.config';
import { ROOT } from './fixtures';

/** What the page gets: `globalThis.capture`, the modules the entry exports. */
const ENTRY = join(ROOT, 'scripts', 'lib', 'browser', 'page-capture.ts');

async function bundle(): Promise<string> {
  const result = await build({
    configFile: false,
    logLevel: 'warn',
    root: ROOT,
    resolve: { alias: HUMAN_ALIAS },
    define: { 'import.meta.env.TARGET': '"chrome"', 'import.meta.env.TEST_BUILD': 'false' },
    build: {
      write: false,
      minify: false,
      lib: { entry: ENTRY, formats: ['es'], fileName: 'capture' },
      rollupOptions: { output: { codeSplitting: false } },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  const chunk = outputs.flatMap((o) => o.output).find((o) => o.type === 'chunk');
  if (chunk?.type !== 'chunk') throw new Error('page bundle: no chunk built');
  return chunk.code;
}

const ROUTES: Record<string, string> = {
  '/human/': join(ROOT, 'node_modules', '@vladmandic', 'human', 'dist'),
  '/models/': join(ROOT, 'models'),
  '/wasm/': join(ROOT, 'node_modules', '@tensorflow', 'tfjs-backend-wasm', 'dist'),
  '/frames/': join(ROOT, 'test', 'fixtures', 'frames'),
};
const TYPES: Record<string, string> = {
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
};

export interface CaptureServer {
  /**
   * http://127.0.0.1:port: `/` is an empty page, `/capture.js` the bundle; `/models/`, `/wasm/` (tfjs's),
   * `/frames/` (the camera fixtures) and `/human/` (Human's own builds) serve those folders.
   */
  origin: string;
  close(): Promise<void>;
}

/** Builds the bundle (a few seconds; not with `bundle: false`) and serves it with the files it loads. */
export async function serveCapture(opts: { bundle?: boolean } = {}): Promise<CaptureServer> {
  const code = opts.bundle === false ? null : await bundle();
  const server: Server = createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (path === '/') return void res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html>');
    if (path === '/capture.js' && code)
      return void res.writeHead(200, { 'content-type': 'text/javascript' }).end(code);
    const prefix = Object.keys(ROUTES).find((p) => path.startsWith(p));
    const base = prefix ? ROUTES[prefix] : undefined;
    const file = base && prefix ? normalize(join(base, path.slice(prefix.length))) : null;
    if (!file || !base || !file.startsWith(base)) return void res.writeHead(404).end();
    try {
      res
        .writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' })
        .end(await readFile(file));
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}
