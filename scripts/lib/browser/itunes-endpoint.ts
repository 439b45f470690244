// Points a test build of the extension at a loopback iTunes stub (test/stubs/itunes-stub.ts): used by
// the e2e tests and by the store screenshots, which both show Apple's tracks without reaching Apple.
import { ITUNES_TEST_OVERRIDE_KEY } from '../../../src/shared/itunes-endpoint';
import type { Extension } from './harness';

/**
 * Points the extension (test build only) at the stub, as its storage override allows. The test build
 * already holds the loopback host, so the popup's permission request is answered at once: the browser's
 * own prompt cannot be clicked in headless Chromium, and is the one step these runs do not cover.
 */
export async function useItunesStub(ext: Extension, stub: { api: string }): Promise<void> {
  await ext.inExtension(([key, value]) => chrome.storage.local.set({ [key as string]: value }), [
    ITUNES_TEST_OVERRIDE_KEY,
    stub.api,
  ] as const);
}
