// Drives Debian's firefox-esr over WebDriver BiDi with puppeteer-core (no browser download): installs
// the Firefox build as a temporary add-on and works in its pages. Puppeteer reports extension tabs as
// about:blank, so pages are found by asking them where they are; navigating a tab to a moz-extension:
// URL is refused over BiDi, so tests move between the extension's pages from inside one of them.
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { GECKO_ID } from '../../manifest-variants';
import { ROOT } from '../../scripts/lib/browser/fixtures';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const FIREFOX_DIST = join(ROOT, 'dist', 'firefox');
export const FIREFOX_DIST_TEST = join(ROOT, 'dist', 'firefox-test');

export interface FirefoxExtension {
  browser: Browser;
  /** The tab the extension opened on install (its welcome page), reused to visit the other pages. */
  page: Page;
  origin: string;
  /** Navigates the tab to one of the extension's pages and waits until Preact has rendered it. */
  go(path: string): Promise<void>;
  waitForText(text: string, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

async function whereIs(page: Page): Promise<string> {
  try {
    return await page.evaluate(() => location.href);
  } catch {
    return '';
  }
}

/** The first tab whose URL starts with `prefix` (an origin, or one page's URL). */
export async function extensionPage(browser: Browser, prefix: string, timeoutMs = 20_000): Promise<Page> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    for (const page of await browser.pages()) if ((await whereIs(page)).startsWith(prefix)) return page;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('the extension opened no page after install');
}

export async function launchFirefox(opts: { dist?: string } = {}): Promise<FirefoxExtension> {
  // Pinning the add-on's internal UUID gives its pages a known origin.
  const uuid = randomUUID();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }),
      // Firefox's fake camera: a synthetic moving picture (it cannot play a .y4m), no prompt.
      'media.navigator.streams.fake': true,
      'media.navigator.permission.disabled': true,
    },
  });
  await browser.installExtension(opts.dist ?? FIREFOX_DIST);
  const origin = `moz-extension://${uuid}/`;
  const page = await extensionPage(browser, origin);
  const waitForText = async (text: string, timeoutMs = 30_000) => {
    await page.waitForFunction((t) => document.body.innerText.includes(t), { timeout: timeoutMs }, text);
  };
  return {
    browser,
    page,
    origin,
    async go(path) {
      await page.evaluate((p) => location.assign(p), `/${path}`);
      await page.waitForFunction(
        (p) =>
          location.pathname === p && document.readyState === 'complete' && !!document.querySelector('#app *'),
        { timeout: 15_000 },
        `/${path.split('?')[0]}`,
      );
    },
    waitForText,
    close: () => browser.close(),
  };
}
