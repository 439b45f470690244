// Keyless (Apple) e2e steps, on the test build pointed at the loopback iTunes stub
// (scripts/lib/browser/itunes-endpoint.ts).

import type { Page } from 'playwright-core';
import { afterEach } from 'vitest';
import type { Extension } from '../../scripts/lib/browser/harness';
import type { PlayQueue } from '../../src/core/music/play-queue';
import { PAGES } from '../../src/shared/pages';
import { PopupPage } from './pages/popup-page';

/** The queue that keeps playing, as the extension stored it; null: none. */
export async function playQueue(ext: Extension): Promise<PlayQueue | null> {
  return ((await ext.stored('session', 'playQueue')) ?? null) as PlayQueue | null;
}

/**
 * The user turns keep-playing on in the settings, picks sad in the popup, allows Apple's tracks and
 * presses play on the first: with the switch on, play goes straight to the media page. The caller waits
 * for what it needs to see playing (the page's audio, or the queue).
 */
export async function playSadWithSwitchOn(ext: Extension): Promise<{ popup: PopupPage; options: Page }> {
  const options = await ext.open(PAGES.options);
  await options.getByRole('switch', { name: 'Keep playing while I browse' }).check();
  const popup = new PopupPage(await ext.openPopup());
  await popup.pickMood('sad');
  await popup.keylessOffer.getByRole('button', { name: 'Show real tracks' }).click();
  const [first] = await popup.trackNames();
  await popup.playPreview(first ?? '');
  return { popup, options };
}

/** What a test opened (extensions, stubs), closed after it by `closeAfterEach`. */
const open: { close(): Promise<void> }[] = [];

/** Registers what the test opens, so that it is closed after the test whatever happened: returns it. */
export function opened<T extends { close(): Promise<void> }>(thing: T): T {
  open.push(thing);
  return thing;
}

/**
 * Call once at a file's top: after each test, closes what `opened` registered, the last opened first.
 * One that fails to close does not keep the others open; the first failure is thrown after.
 */
export function closeAfterEach(): void {
  afterEach(async () => {
    const failed: unknown[] = [];
    for (let thing = open.pop(); thing; thing = open.pop()) await thing.close().catch((e) => failed.push(e));
    if (failed.length > 0) throw failed[0];
  });
}
