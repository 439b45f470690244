// Firefox: no offscreen documents, and its event page is suspended ~30 s after start even with a live
// camera, so the media page is a visible pinned extension tab that the user can see and close. It is
// opened in front: Firefox starts no media in a tab that has never been in the foreground.
import { browser } from '../../shared/browser';
import { PAGES } from '../../shared/pages';
import type { MediaPage } from './media-page';

const PATH = `/${PAGES.media}`;

function views(): Window[] {
  return browser.extension.getViews({ type: 'tab' }).filter((w) => w.location.pathname === PATH);
}

export function createFirefoxTab(): MediaPage {
  let opening: Promise<void> | null = null;
  return {
    isOpen: async () => views().length > 0,
    async open() {
      if (views().length > 0) return true;
      opening ??= browser.tabs
        .create({ url: browser.runtime.getURL(PATH), pinned: true, active: true })
        .then(() => undefined)
        .finally(() => {
          opening = null;
        });
      await opening;
      return false;
    },
    async close() {
      for (const view of views()) view.close();
    },
  };
}
