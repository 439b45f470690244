// Spotify's host permission as Preact state, for the settings page: asked for in the sign-in click,
// offered back after sign-out or when the music source moves away from Spotify. Kept current by the
// browser's permission events, never polled.
import { browser } from '../shared/browser';
import { spotifyOrigins } from '../shared/spotify-access';
import { useHostPermission } from './use-host-permission';

export interface SpotifyAccess {
  /** Null until known. */
  permitted: boolean | null;
  /** Asks the browser. Call it straight from a click: Firefox only prompts from a user action. */
  request(): Promise<boolean>;
  /** Gives the hosts back; false if the browser kept them. */
  giveBack(): Promise<boolean>;
}

export function useSpotifyAccess(): SpotifyAccess {
  const { permitted, origins } = useHostPermission(spotifyOrigins);
  return {
    permitted,
    async request() {
      if (!origins) return false;
      return browser.permissions.request({ origins }).catch(() => false);
    },
    async giveBack() {
      if (!origins) return false;
      return browser.permissions.remove({ origins }).catch(() => false);
    },
  };
}
