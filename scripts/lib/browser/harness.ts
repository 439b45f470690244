// Launches Debian's Chromium with the built extension and a fake camera playing a fixture.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import type { MoodSnapshot } from '../../../src/core/mood';
import { PAGES } from '../../../src/shared/pages';
import { ROOT } from './fixtures';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/lib/chromium/chromium';
export const DIST = join(ROOT, 'dist', 'chrome');
/** The Chrome build whose Spotify hosts can be pointed at the loopback stub (`npm run build:chrome-test`). */
export const DIST_TEST = join(ROOT, 'dist', 'chrome-test');

/**
 * Switches every headless Chromium of the tests and benchmarks gets. Chromium 156 loads two WebUI omnibox
 * popups (chrome://omnibox-popup.top-chrome/) in a renderer of their own at start, about 1 s of CPU per
 * launch that nothing here shows (docs/performance.md, seventh round).
 */
export const HEADLESS_SWITCHES = [
  '--no-sandbox',
  '--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup',
];

export interface Extension {
  context: BrowserContext;
  worker: Worker;
  id: string;
  url(path: string): string;
  /**
   * Opens an extension page (`path`, query included) in a window of its own and answers it loaded. The
   * extension opens it (windows.create), as its own links do: Playwright's newPage() would first start a
   * blank page's renderer and then move the tab, ~0.2-0.3 s more CPU per page.
   */
  open(path: string): Promise<Page>;
  openPopup(): Promise<Page>;
  /**
   * Runs `fn` in the harness's own extension page (chrome.* as the extension's pages see it), for setup
   * and reads that no page under test needs to show.
   */
  inExtension<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /** The mood snapshot as the extension stored it, read in an extension page (it outlives a worker restart). */
  snapshot(): Promise<MoodSnapshot>;
  /** A stored item's value (undefined when unset), read the same way as the snapshot. */
  stored(area: 'local' | 'session', key: string): Promise<unknown>;
  waitForSnapshot(test: (s: MoodSnapshot) => boolean, timeoutMs?: number): Promise<MoodSnapshot>;
  close(): Promise<void>;
}

/**
 * `camera`: a .y4m file for the fake camera, or 'none' for a machine without a camera.
 * `prompt`: how the fake permission prompt answers ('deny' simulates a user who blocks the camera).
 */
export async function launchExtension(opts: {
  camera: string | 'none';
  prompt?: 'accept' | 'deny';
  dist?: string;
  /** A profile to reuse (a browser restart); the caller removes it. By default a fresh one, removed on close. */
  profile?: string;
  /** More Chromium switches (e.g. --log-net-log for the privacy test). */
  args?: string[];
}): Promise<Extension> {
  const dist = opts.dist ?? DIST;
  const profile = opts.profile ?? mkdtempSync(join(tmpdir(), 'emotune-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      `--disable-extensions-except=${dist}`,
      `--load-extension=${dist}`,
      opts.prompt === 'deny' ? '--use-fake-ui-for-media-stream=deny' : '--use-fake-ui-for-media-stream',
      ...(opts.camera === 'none'
        ? []
        : ['--use-fake-device-for-media-stream', `--use-file-for-fake-video-capture=${opts.camera}`]),
      ...HEADLESS_SWITCHES,
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      ...(opts.args ?? []),
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const id = new URL(worker.url()).host;
  const url = (path: string) => `chrome-extension://${id}/${path}`;
  const origin = url('');
  // One extension page runs the harness's reads and writes and opens its windows, rather than the worker,
  // so that they work across worker restarts: the welcome tab the install opens, else the browser's first
  // blank tab (each new tab costs a renderer).
  const launchedAt = Date.now();
  let home: Page | null = null;
  const homePage = async (): Promise<Page> => {
    if (home && !home.isClosed() && home.url().startsWith(origin)) return home;
    // On a fresh profile the welcome tab opens within half a second of the worker's start (measured 0.25-0.5 s).
    const welcomeBy = opts.profile ? 0 : launchedAt + 3000;
    const options = () => context.pages().find((p) => p.url().startsWith(url(PAGES.options)));
    while (!options() && Date.now() < welcomeBy) await new Promise((r) => setTimeout(r, 20));
    home = options() ?? context.pages().find((p) => p.url() === 'about:blank') ?? (await context.newPage());
    if (!home.url().startsWith(origin)) await home.goto(url(PAGES.options));
    return home;
  };
  const inExtension = async <A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R> =>
    // Playwright types the argument as it arrives in the page (Unboxed<A>): for the JSON values passed here, A.
    (await homePage()).evaluate(fn as (arg: unknown) => R | Promise<R>, arg);
  const stored = (area: 'local' | 'session', key: string) =>
    inExtension(
      async ({ area, key }) => {
        const raw = (await chrome.storage[area].get(key))[key] as { value: unknown } | undefined;
        return raw?.value;
      },
      { area, key },
    );
  const snapshot = async () => (await stored('session', 'moodSnapshot')) as MoodSnapshot;
  const open = async (path: string): Promise<Page> => {
    const target = url(path);
    const before = new Set(context.pages());
    await inExtension(async (u) => void (await chrome.windows.create({ url: u })), target);
    const deadline = Date.now() + 30_000;
    for (;;) {
      const page = context.pages().find((p) => !before.has(p) && p.url() === target);
      if (page) {
        await page.waitForLoadState();
        return page;
      }
      if (Date.now() > deadline) throw new Error(`${target} did not open in 30 s`);
      await new Promise((r) => setTimeout(r, 20));
    }
  };
  return {
    context,
    worker,
    id,
    url,
    open,
    openPopup: () => open(PAGES.popup),
    inExtension,
    snapshot,
    stored,
    async waitForSnapshot(test, timeoutMs = 45_000) {
      const deadline = Date.now() + timeoutMs;
      let last: MoodSnapshot | undefined;
      while (Date.now() < deadline) {
        last = await snapshot();
        if (last && test(last)) return last;
        await new Promise((r) => setTimeout(r, 250));
      }
      throw new Error(`snapshot condition not met in ${timeoutMs} ms; last: ${JSON.stringify(last)}`);
    },
    async close() {
      await context.close();
      if (!opts.profile) rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Grants the camera the way a user does: through the permission page's button. */
export async function grantCamera(ext: Extension): Promise<void> {
  const page = await ext.open(PAGES.permission);
  await page.getByRole('button', { name: 'Allow the camera' }).click();
  await page.getByRole('status').filter({ hasText: 'Camera allowed' }).waitFor();
  await page.close();
}
