// Keyless (Apple) e2e setup: the test build pointed at the loopback iTunes stub.

import type { Extension } from '../../scripts/lib/browser/harness';
import { ITUNES_TEST_OVERRIDE_KEY } from '../../src/shared/itunes-endpoint';
import { PAGES } from '../../src/shared/pages';
import type { ItunesStub } from '../stubs/itunes-stub';

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
