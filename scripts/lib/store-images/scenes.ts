// Drives the built extension into the states the store images show, and renders each state's real page
// (its element, at twice the pixels, for the composition to scale). Every step is what a user does:
// the camera sees a smiling face, the popup offers Apple's tracks, a press on play starts a preview.
import type { Page } from 'playwright-core';
import { PAGES } from '../../../src/shared/pages';
import type { Extension } from '../browser/harness';

export type Scheme = 'light' | 'dark';

/** A part of a page as a PNG at twice its CSS size. */
export interface Render {
  png: Buffer;
  /** CSS size of what was rendered (the composition shows it at this size or scaled). */
  width: number;
  height: number;
}

/**
 * Renders from the top of `from` to the bottom of `to` (default: the same element), as wide as `within`,
 * with `pad` pixels of the page on either side and `padY` above and below. The page has twice the
 * pixels, so that the composition can enlarge a 340-pixel popup and keep its text sharp.
 */
async function render(
  page: Page,
  scheme: Scheme,
  part: { from: string; to?: string; within: string; pad: number; padY?: number },
): Promise<Render> {
  const { from, to = from, within, pad, padY = pad } = part;
  await page.emulateMedia({ colorScheme: scheme });
  const viewport = page.viewportSize() ?? { width: 1280, height: 720 };
  const tall = {
    width: viewport.width,
    height: await page.evaluate(() => document.documentElement.scrollHeight),
  };
  // A viewport as tall as the page (nothing scrolls, so boxes are page coordinates), told to Playwright
  // first, then the same with twice the pixels, which Playwright has no option for on an open page.
  await page.setViewportSize(tall);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setDeviceMetricsOverride', { ...tall, deviceScaleFactor: 2, mobile: false });
  try {
    await page.evaluate(() => window.scrollTo(0, 0));
    const top = await page.locator(from).first().boundingBox();
    const bottom = await page.locator(to).first().boundingBox();
    if (!top || !bottom) throw new Error(`${from} or ${to} is not visible on ${page.url()}`);
    // The page's own background around the part shown: `pad` pixels, and the width of `within`.
    const frame = await page.locator(within).first().boundingBox();
    const x = Math.max(0, (frame?.x ?? 0) - pad);
    const y = Math.max(0, top.y - padY);
    const clip = {
      x,
      y,
      width: Math.min(tall.width - x, (frame?.width ?? top.width) + 2 * pad),
      height: bottom.y + bottom.height + padY - y,
    };
    const png = await page.screenshot({ clip, scale: 'device', animations: 'disabled', caret: 'hide' });
    return { png, width: clip.width, height: clip.height };
  } finally {
    await cdp.send('Emulation.clearDeviceMetricsOverride');
    await cdp.detach();
    await page.setViewportSize(viewport);
  }
}

/** The popup, open in a tab at its own width, once the camera's mood has music from the stub. */
export class PopupScene {
  private constructor(readonly page: Page) {}

  static async open(ext: Extension): Promise<PopupScene> {
    await ext.waitForSnapshot((s) => s.status === 'ok' && s.mood === 'happy', 60_000);
    const page = await ext.openPopup();
    await page
      .getByRole('region', { name: 'Apple’s catalogue' })
      .getByRole('button', { name: 'Show real tracks' })
      .click();
    return new PopupScene(page);
  }

  /** The track titles on the page, read through the DOM before a shot (the shot must show tracks). */
  async trackTitles(): Promise<string[]> {
    const tracks = this.page.getByRole('list', { name: 'Suggested tracks' }).getByRole('listitem');
    await tracks.first().waitFor({ timeout: 30_000 });
    // Covers load after the titles: a shot before they do shows empty squares.
    await this.page.waitForFunction(() =>
      [...document.querySelectorAll<HTMLImageElement>('.tracks img')].every((i) => i.complete),
    );
    return this.page.locator('.tracks .title').allTextContents();
  }

  /** Presses play on the first track and waits until its preview has played a second. */
  async play(): Promise<string> {
    const [first = ''] = await this.trackTitles();
    await this.page.getByRole('button', { name: `Play the preview of ${first}` }).click();
    const player = this.page.getByRole('region', { name: 'Preview player' });
    await player.getByText(first).waitFor();
    await this.page.waitForFunction(
      () => (document.querySelector<HTMLProgressElement>('.player progress')?.value ?? 0) >= 1,
      undefined,
      { timeout: 15_000 },
    );
    return first;
  }

  /** The popup from its top to the end of the track list. */
  renderMood(scheme: Scheme): Promise<Render> {
    return render(this.page, scheme, { from: 'body', to: '.tracks', within: 'body', pad: 0 });
  }

  /** The popup's music: its heading, the tracks and the player. */
  renderMusic(scheme: Scheme): Promise<Render> {
    return render(this.page, scheme, { from: 'section.music', to: '.player', within: 'body', pad: 10 });
  }
}

/** The settings page, rendered from its top or from one section. */
export async function openSettings(ext: Extension): Promise<Page> {
  const page = await ext.context.newPage();
  await page.setViewportSize({ width: 720, height: 800 });
  await page.goto(ext.url(PAGES.options));
  await page.getByRole('heading', { name: 'Emotion to music' }).waitFor();
  return page;
}

/** The emotion-to-music table: its heading, its note and the first three rows. */
export function renderMapping(page: Page, scheme: Scheme) {
  const section = 'section[aria-labelledby="mapping-heading"]';
  return render(page, scheme, {
    from: section,
    to: `${section} fieldset >> nth=2`,
    within: 'main',
    pad: 24,
    padY: 8,
  });
}

/** The settings from their title through the camera and the music source. */
export function renderSettings(page: Page, scheme: Scheme) {
  const to = 'section[aria-labelledby="provider-heading"]';
  return render(page, scheme, { from: 'main > h1', to, within: 'main', pad: 24, padY: 8 });
}
