// Spotify e2e setup: the test build pointed at a loopback stub, and a signed-in user.

import type { Extension } from '../../scripts/lib/browser/harness';
import { PAGES } from '../../src/shared/pages';
import { TEST_OVERRIDE_KEY } from '../../src/shared/spotify-endpoints';
import type { SpotifyStub } from '../stubs/spotify-stub';
import { OptionsPage } from './pages/options-page';

export const CLIENT_ID = '0123456789abcdef0123456789abcdef';

/** Points the extension (test build only) at the stub, as its storage override allows. */
export async function useStub(ext: Extension, stub: SpotifyStub): Promise<void> {
  await ext.inExtension(([key, value]) => chrome.storage.local.set({ [key as string]: value }), [
    TEST_OVERRIDE_KEY,
    { accounts: stub.accounts, api: stub.api },
  ] as const);
}

/** Signs in the way a user does: Client ID in the options page, then the sign-in button. */
export async function signIn(ext: Extension): Promise<OptionsPage> {
  const options = new OptionsPage(await ext.open(PAGES.options));
  await options.setClientId(CLIENT_ID);
  await options.signIn();
  await options.connectedAs();
  return options;
}
