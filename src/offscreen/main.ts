// The media page: the extension's one page that hosts the camera engine (a service worker cannot hold
// a camera) and the previews that keep playing while the user browses. Chrome opens it as the offscreen
// document; Firefox, which has no offscreen documents, as a visible pinned tab that shows its note.
import { listen } from '../shared/messaging';
import { MEDIA_PAGE_IS_TAB } from '../shared/platform';
import { hostCaptureLoop } from './host-camera';
import { hostPlayer } from './host-player';
import type { TabNote } from './tab';

function start(tab: TabNote | null) {
  // One table answers every message addressed to the media page (registered in the same task as the
  // hosts' first questions, so nothing from the background can arrive before it).
  listen('media-page', { ...hostCaptureLoop(tab?.camera), ...hostPlayer(tab?.playing) });
}

// The tab's note is loaded only in a tab: it uses storage, which an offscreen document does not have
// (the Chrome build drops this import, MEDIA_PAGE_IS_TAB being a build-time constant).
if (MEDIA_PAGE_IS_TAB) void import('./tab').then(({ showTabNote }) => start(showTabNote()));
else start(null);
