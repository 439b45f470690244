// A host permission as Preact state: the origins to ask for (read before any click, since Firefox only
// prompts from a user action with nothing awaited first) and whether the browser grants them now. Kept
// current by the browser's permission events, never polled. The keyless and Spotify hooks build on it.
import { useEffect, useState } from 'preact/hooks';
import { browser } from '../shared/browser';

export interface HostPermission {
  /** Null until known. */
  permitted: boolean | null;
  setPermitted(p: boolean): void;
  /** Null until read. */
  origins: string[] | null;
}

export function useHostPermission(originsOf: () => Promise<string[]>): HostPermission {
  const [permitted, setPermitted] = useState<boolean | null>(null);
  const [origins, setOrigins] = useState<string[] | null>(null);
  useEffect(() => {
    let live = true;
    const check = () =>
      void originsOf()
        .then((o) => browser.permissions.contains({ origins: o }))
        .then((p) => live && setPermitted(p));
    void originsOf().then((o) => live && setOrigins(o));
    check();
    browser.permissions.onAdded.addListener(check);
    browser.permissions.onRemoved.addListener(check);
    return () => {
      live = false;
      browser.permissions.onAdded.removeListener(check);
      browser.permissions.onRemoved.removeListener(check);
    };
  }, [originsOf]);
  return { permitted, setPermitted, origins };
}
