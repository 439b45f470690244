// The keyless provider's host permission as Preact state, for the pages that ask for it (popup,
// settings). Kept current by the browser's permission events, never polled.
import { browser } from '../shared/browser';
import { keylessOrigins } from '../shared/keyless-access';
import { musicState } from '../shared/stores';
import { useHostPermission } from './use-host-permission';

export interface KeylessAccess {
  /** Null until known. */
  permitted: boolean | null;
  /**
   * Asks the browser for the host and records the user's answer. Call it straight from a click:
   * Firefox only shows the prompt from a user action, so nothing may be awaited before it.
   */
  request(): Promise<boolean>;
}

export function useKeylessAccess(): KeylessAccess {
  const { permitted, setPermitted, origins } = useHostPermission(keylessOrigins);
  return {
    permitted,
    async request() {
      if (!origins) return false;
      const asked = browser.permissions.request({ origins });
      // Firefox may close the popup while its prompt shows: the yes is recorded before the answer comes.
      void musicState.keylessConsent.set('granted');
      const granted = await asked.catch(() => false);
      await musicState.keylessConsent.set(granted ? 'granted' : 'declined');
      setPermitted(granted);
      return granted;
    },
  };
}
