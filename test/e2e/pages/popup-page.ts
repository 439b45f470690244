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
    return this.moodSection
      .getByRole('listitem')
      .evaluateAll((items) => items.map((i) => i.getAttribute('aria-label') ?? ''));
  }

  get music() {
    return this.page.getByRole('region', { name: 'Music' });
  }

  get tracks() {
    return this.page.getByRole('list', { name: 'Suggested tracks' }).getByRole('listitem');
  }

  /** Track names as shown, in order. */
  async trackNames(): Promise<string[]> {
    await this.tracks.first().waitFor({ timeout: 30_000 });
    return this.page.locator('.tracks .title').allTextContents();
  }

  /** The search links of the embedded default, as [text, href]. */
  async searchLinks(): Promise<[string, string][]> {
    const list = this.page.getByRole('list', { name: 'Music searches' });
    await list.waitFor({ timeout: 30_000 });
    return list
      .getByRole('link')
      .evaluateAll((links) =>
        links.map((a) => [a.textContent ?? '', a.getAttribute('href') ?? ''] as [string, string]),
      );
  }

  async pickMood(emotion: string): Promise<void> {
    await this.page.getByRole('button', { name: emotion, exact: true }).click();
  }

  async refresh(): Promise<void> {
    await this.music.getByRole('button', { name: 'Refresh' }).click();
  }

  /** Opens the quick editor of the row in use and saves new genres. */
  async editGenres(emotion: string, genres: string): Promise<void> {
    await this.page.getByText(`Edit the ${emotion} row`).click();
    await this.page.getByLabel(`${emotion} genres`).fill(genres);
    await this.page.getByRole('button', { name: `Save ${emotion}` }).click();
  }

  /** Starts a personal calibration and waits until the popup says it is done. */
  async calibrate(): Promise<string> {
    await this.page.getByRole('button', { name: /^Calibrate/ }).click();
    await this.waitForStatus('Relax your face');
    return this.waitForStatus('Calibrated to your resting face');
  }

  async forgetCalibration(): Promise<void> {
    await this.page.getByRole('button', { name: 'Forget calibration' }).click();
    await this.page.getByRole('button', { name: 'Forget calibration' }).waitFor({ state: 'detached' });
  }

  /** The one-time question about Apple's catalogue. */
  get keylessOffer() {
    return this.page.getByRole('region', { name: 'Apple’s catalogue' });
  }

  async playPreview(trackName: string): Promise<void> {
    await this.page.getByRole('button', { name: `Play the preview of ${trackName}` }).click();
  }

  get player() {
    return this.page.getByRole('region', { name: 'Preview player' });
  }

  /** What the popup's audio element is doing. */
  audio(): Promise<{ src: string; paused: boolean; currentTime: number; volume: number }> {
    return this.page.locator('audio').evaluate((a: HTMLAudioElement) => ({
      src: a.currentSrc || a.src,
      paused: a.paused,
      currentTime: a.currentTime,
      volume: a.volume,
    }));
  }

  async lastReading(): Promise<string> {
    return (await this.page.getByText(/Last reading|No reading yet/).textContent()) ?? '';
  }
}
