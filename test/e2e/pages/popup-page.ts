// Page object for the popup: what a user sees and clicks, found by role and text.
import type { Page } from 'playwright-core';

export class PopupPage {
  constructor(readonly page: Page) {}

  get moodSection() {
    return this.page.getByRole('region', { name: 'Current mood' });
  }

  async mood(): Promise<string> {
    const name = this.moodSection.locator('.name');
    await name.waitFor();
    return (await name.textContent()) ?? '';
  }

  /** Waits until the status line contains `text`; returns it. */
  async waitForStatus(text: string): Promise<string> {
    const status = this.page.getByRole('status').filter({ hasText: text });
    await status.waitFor({ timeout: 45_000 });
    return (await status.textContent()) ?? '';
  }

  get cameraSwitch() {
    return this.page.getByRole('switch', { name: 'Camera' });
  }

  async scoreLabels(): Promise<string[]> {
    return this.page
      .getByRole('listitem')
      .evaluateAll((items) => items.map((i) => i.getAttribute('aria-label') ?? ''));
  }

  async lastReading(): Promise<string> {
    return (await this.page.getByText(/Last reading|No reading yet/).textContent()) ?? '';
  }
}
