// Page object for the options page's Spotify and mapping sections.
import type { Page } from 'playwright-core';

export class OptionsPage {
  constructor(readonly page: Page) {}

  async setClientId(id: string): Promise<void> {
    await this.page.getByLabel('Client ID').fill(id);
  }

  redirectUri(): Promise<string> {
    return this.page.locator('#redirect-uri').innerText();
  }

  /**
   * Records the page's host permission requests and removals from now on, then lets them through. The
   * browser's prompt cannot be clicked in headless Chromium; the test build already holds the stubs'
   * loopback host, so a request is granted at once and a removal refused (it is required there).
   */
  async watchPermissions(): Promise<void> {
    await this.page.evaluate(() => {
      const log: string[] = [];
      Object.assign(window, { permissionLog: log });
      // Chromium 148+ has a native `browser`, which the extension's polyfill hands on as it is.
      const apis = new Set([
        chrome.permissions,
        (globalThis as { browser?: typeof chrome }).browser?.permissions,
      ]);
      type Call = (p: chrome.permissions.Permissions) => Promise<boolean>;
      const wrap =
        (verb: string, call: Call): Call =>
        (p) => {
          log.push(`${verb} ${p.origins?.join(' ')}`);
          return call(p);
        };
      for (const api of apis) {
        if (!api) continue;
        const request: Call = api.request.bind(api);
        const remove: Call = api.remove.bind(api);
        Object.assign(api, { request: wrap('request', request), remove: wrap('remove', remove) });
      }
    });
  }

  permissionLog(): Promise<string[]> {
    return this.page.evaluate(() => (window as unknown as { permissionLog: string[] }).permissionLog);
  }

  async signIn(): Promise<void> {
    await this.page.getByRole('button', { name: 'Sign in with Spotify' }).click();
  }

  /** Waits for the "Connected to Spotify as …" line. */
  async connectedAs(): Promise<string> {
    const line = this.page.getByRole('status').filter({ hasText: 'Connected to Spotify' });
    await line.waitFor({ timeout: 30_000 });
    return (await line.textContent()) ?? '';
  }
}
