// Spotify's host permission, for the settings page (which asks at sign-in and offers to give it back)
// and the background (which will not start a sign-in without it).
import { browser } from './browser';
import { createEndpoints, spotifyHostPatterns } from './spotify-endpoints';

export const spotifyEndpoints = createEndpoints(async (key) => (await browser.storage.local.get(key))[key]);

/** The origins to ask for. Pages read them before a click: Firefox needs request() in the click itself. */
export async function spotifyOrigins(): Promise<string[]> {
  return spotifyHostPatterns(await spotifyEndpoints());
}

export async function hasSpotifyAccess(): Promise<boolean> {
  return browser.permissions.contains({ origins: await spotifyOrigins() });
}
