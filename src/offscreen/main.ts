// Chrome's offscreen document: hosts the camera loop, because a service worker cannot hold a camera.
import { hostCaptureLoop } from '../capture/host-page';

hostCaptureLoop();
