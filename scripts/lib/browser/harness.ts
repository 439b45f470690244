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

export interface Extension {
  context: BrowserContext;
  worker: Worker;
  id: string;
  url(path: string): string;
  openPopup(): Promise<Page>;
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
      '--no-sandbox',
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
  // Read through an extension page rather than the worker, so that reads work across worker restarts.
  let reader: Page | null = null;
  const stored = async (area: 'local' | 'session', key: string) => {
    if (!reader || reader.isClosed()) {
      // The tab the browser opened with, when still blank: each new tab costs a renderer process.
      reader = context.pages().find((p) => p.url() === 'about:blank') ?? (await context.newPage());
      await reader.goto(url(PAGES.options));
    }
    return reader.evaluate(
      async ({ area, key }) => {
        const raw = (await chrome.storage[area].get(key))[key] as { value: unknown } | undefined;
        return raw?.value;
      },
      { area, key },
    );
  };
  const snapshot = async () => (await stored('session', 'moodSnapshot')) as MoodSnapshot;
  return {
    context,
    worker,
    id,
    url,
    async openPopup() {
      const page = await context.newPage();
      await page.goto(url(PAGES.popup));
      return page;
    },
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
  const page = await ext.context.newPage();
  await page.goto(ext.url(PAGES.permission));
  await page.getByRole('button', { name: 'Allow the camera' }).click();
  await page.getByRole('status').filter({ hasText: 'Camera allowed' }).waitFor();
  await page.close();
}
