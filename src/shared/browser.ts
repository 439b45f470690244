// The one import of the WebExtension API. webextension-polyfill is frozen upstream, so it stays behind
// this file: replacing it later touches nothing else. Chrome-only APIs (offscreen) use `chrome.*`
// directly and only in src/background/media-page.
import browser from 'webextension-polyfill';

export type { Runtime, Storage, Tabs } from 'webextension-polyfill';
export { browser };
