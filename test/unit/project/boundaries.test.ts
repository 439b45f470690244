// The architecture's import rules, checked on the source (the role lint zones play in Dark Reader).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '..', '..', '..', 'src');

/** The TypeScript files under `dir`, at any depth (readdirSync's own walk, as vitest.config.ts lists files). */
function sources(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.tsx?$/.test(file))
    .map((file) => join(dir, file));
}

/** Every import (static or lazy) of every source file, as [file, target] with relative targets resolved to src/... */
const imports = sources(SRC).flatMap((file) =>
  [
    ...readFileSync(file, 'utf8').matchAll(/^\s*(?:import|export)[^'"]*from\s+'([^']+)'/gm),
    // Lazy imports count too: the popup loads the text engine only when a line is submitted.
    ...readFileSync(file, 'utf8').matchAll(/\bimport\(\s*'([^']+)'\s*\)/g),
  ].map(([, spec = '']) => {
    const target = spec.startsWith('.') ? relative(SRC, resolve(file, '..', spec)) : spec;
    return [relative(SRC, file), target] as const;
  }),
);

const area = (path: string) => path.split('/')[0] ?? '';

/** The source file an import of src/... names (a .ts or .tsx file, or a folder's index.ts). */
const fileOf = (target: string) =>
  [`${target}.ts`, `${target}.tsx`, `${target}/index.ts`].find((f) => existsSync(join(SRC, f)));

/** The import cycles among the sources, type-only imports included: each as the files in one strongly
 * connected component (Tarjan), sorted. */
function cycles(): string[][] {
  const edges = new Map<string, string[]>();
  for (const [f, t] of imports) {
    const to = fileOf(t);
    if (to) edges.set(f, [...(edges.get(f) ?? []), to]);
  }
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const found: string[][] = [];
  const visit = (v: string) => {
    index.set(v, index.size);
    low.set(v, index.get(v) ?? 0);
    stack.push(v);
    for (const w of edges.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v) ?? 0, low.get(w) ?? 0));
      } else if (stack.includes(w)) low.set(v, Math.min(low.get(v) ?? 0, index.get(w) ?? 0));
    }
    if (low.get(v) !== index.get(v)) return;
    const component: string[] = [];
    for (let w = stack.pop(); w !== undefined; w = w === v ? undefined : stack.pop()) component.push(w);
    if (component.length > 1 || edges.get(v)?.includes(v)) found.push(component.sort());
  };
  for (const f of edges.keys()) if (!index.has(f)) visit(f);
  return found;
}

describe('import boundaries', () => {
  it('found the sources', () => expect(imports.length).toBeGreaterThan(50));

  it('core is pure: it imports only core', () => {
    const bad = imports.filter(([f, t]) => area(f) === 'core' && area(t) !== 'core');
    expect(bad).toEqual([]);
  });

  it('only capture (the camera engine) imports tfjs or Human; text (the text model) imports tfjs', () => {
    const bad = imports.filter(
      ([f, t]) =>
        (/^@vladmandic/.test(t) && area(f) !== 'capture') ||
        (/^@tensorflow/.test(t) && !['capture', 'text'].includes(area(f))),
    );
    expect(bad).toEqual([]);
  });

  // The typed text must never cross a message or reach storage: the model runs in the page where the
  // line is typed, so the popup alone hosts it, and the text engine uses only core.
  it('the text engine is hosted only by the popup, and uses only core', () => {
    const hosts = imports.filter(([f, t]) => area(t) === 'text' && area(f) !== 'text').map(([f]) => area(f));
    expect([...new Set(hosts)]).toEqual(['popup']);
    const uses = imports
      .filter(([f, t]) => area(f) === 'text' && !t.startsWith('@tensorflow') && !t.startsWith('text/'))
      .map(([, t]) => area(t));
    expect([...new Set(uses)]).toEqual(['core']);
  });

  it('pages never import background or the camera engine', () => {
    const pages = ['popup', 'options', 'permission', 'ui'];
    const bad = imports.filter(
      ([f, t]) => pages.includes(area(f)) && ['background', 'capture'].includes(area(t)),
    );
    expect(bad).toEqual([]);
  });

  // One page, one room: src/offscreen is the media page (Chrome's offscreen document, Firefox's tab).
  it('among the extension pages, only the media page (src/offscreen) hosts the camera engine', () => {
    const hosts = imports
      .filter(([f, t]) => area(t) === 'capture' && area(f) !== 'capture')
      .map(([f]) => area(f));
    expect([...new Set(hosts)]).toEqual(['offscreen']);
  });

  it('the media page uses only the camera engine, core and shared; the background never imports it', () => {
    const uses = imports
      .filter(([f, t]) => area(f) === 'offscreen' && area(t) !== 'offscreen')
      .map(([, t]) => area(t));
    expect([...new Set(uses)].sort()).toEqual(['capture', 'core', 'shared']);
    const bad = imports.filter(([f, t]) => area(f) !== 'offscreen' && area(t) === 'offscreen');
    expect(bad).toEqual([]);
  });

  // An offscreen document has no storage API, and the stores bind browser.storage when they load: only
  // the tab's note (Firefox), which main.ts loads lazily and only in a tab, may use them.
  it('in the media page only the tab note uses the stores, and main.ts loads it only lazily', () => {
    const users = imports
      .filter(([f, t]) => area(f) === 'offscreen' && t === 'shared/stores')
      .map(([f]) => f);
    expect(users).toEqual(['offscreen/tab.ts']);
    const main = readFileSync(join(SRC, 'offscreen', 'main.ts'), 'utf8');
    expect(main).not.toMatch(/^import (?!type\b)[^']*from '\.\/tab'/m);
  });

  // A cycle, even of types only, means two files share a concept that belongs in a leaf file of its own
  // (as capture/face-crop.ts and popup/player.ts are).
  it('no import cycle among the sources, type-only imports included', () => {
    expect(cycles()).toEqual([]);
  });

  it('only shared/browser.ts imports the WebExtension polyfill', () => {
    const bad = imports.filter(([f, t]) => t === 'webextension-polyfill' && f !== 'shared/browser.ts');
    expect(bad).toEqual([]);
  });

  it('shared (which pages import) never imports background', () => {
    const bad = imports.filter(([f, t]) => area(f) === 'shared' && area(t) === 'background');
    expect(bad).toEqual([]);
  });

  // Pages read the token-free status (shared/spotify-items.ts); the session with its tokens is bound and
  // used only in background/spotify, so no page and no other background module can reach a token.
  it('only background/spotify reads tokens: nothing else imports the session item', () => {
    const readers = imports.filter(([, t]) => t === 'background/spotify/session').map(([f]) => f);
    expect(readers.length).toBeGreaterThan(0);
    expect(readers.filter((f) => !f.startsWith('background/spotify/'))).toEqual([]);
  });

  it('only background/media-page uses chrome.offscreen', () => {
    const bad = sources(SRC)
      .filter((f) => readFileSync(f, 'utf8').includes('chrome.offscreen'))
      .map((f) => relative(SRC, f))
      .filter((f) => !f.startsWith('background/media-page/'));
    expect(bad).toEqual([]);
  });
});
