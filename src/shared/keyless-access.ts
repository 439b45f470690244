// The keyless provider's host permission, for the popup (which asks) and the background (which checks).
import { browser } from './browser';
import { createItunesEndpoint, hostPattern } from './itunes-endpoint';

export const itunesEndpoint = createItunesEndpoint(
  async (key) => (await browser.storage.local.get(key))[key],
);

/** The origins to ask for. Pages read them before a click: Firefox needs request() in the click itself. */
export async function keylessOrigins(): Promise<string[]> {
  return [hostPattern(await itunesEndpoint())];
}

export async function hasKeylessAccess(): Promise<boolean> {
  return browser.permissions.contains({ origins: await keylessOrigins() });
}
