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
