// Keyless (Apple) e2e setup: the test build pointed at the loopback iTunes stub.

import type { Page } from 'playwright-core';
import type { Extension } from '../../scripts/lib/browser/harness';
import { ITUNES_TEST_OVERRIDE_KEY } from '../../src/shared/itunes-endpoint';
import { PAGES } from '../../src/shared/pages';
import type { ItunesStub } from '../stubs/itunes-stub';
import { PopupPage } from './pages/popup-page';

/**
 * Points the extension (test build only) at the stub, as its storage override allows. The test build
 * already holds the loopback host, so the popup's permission request is answered at once: the browser's
 * own prompt cannot be clicked in headless Chromium, and is the one step these tests do not cover.
 */
export async function useItunesStub(ext: Extension, stub: ItunesStub): Promise<void> {
  const page = await ext.context.newPage();
  await page.goto(ext.url(PAGES.options));
  await page.evaluate(([key, value]) => chrome.storage.local.set({ [key as string]: value }), [
    ITUNES_TEST_OVERRIDE_KEY,
    stub.api,
  ] as const);
  await page.close();
}

/**
 * The user turns keep-playing on in the settings, picks sad in the popup, allows Apple's tracks and
 * presses play on the first: with the switch on, play goes straight to the media page. The caller waits
 * for what it needs to see playing (the page's audio, or the queue).
 */
export async function playSadWithSwitchOn(ext: Extension): Promise<{ popup: PopupPage; options: Page }> {
  const options = await ext.context.newPage();
  await options.goto(ext.url(PAGES.options));
  await options.getByRole('switch', { name: 'Keep playing while I browse' }).check();
  const popup = new PopupPage(await ext.openPopup());
  await popup.pickMood('sad');
  await popup.keylessOffer.getByRole('button', { name: 'Show real tracks' }).click();
  const [first] = await popup.trackNames();
  await popup.playPreview(first ?? '');
  return { popup, options };
}
