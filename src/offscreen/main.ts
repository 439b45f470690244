// Chrome's offscreen document, the extension's one media page: it hosts the camera loop (a service
// worker cannot hold a camera) and the previews that keep playing while the user browses.
import { hostCaptureLoop } from '../capture/host-page';
import { hostPlayer } from '../player/host-player';

hostCaptureLoop();
hostPlayer();
