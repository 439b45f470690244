// Which links from a Spotify answer may reach the popup: web pages and covers only over https on
// Spotify's own hosts, app links only in the spotify: scheme. Anything else (http, javascript:, data:,
// another host) is dropped, so a bad or tampered answer cannot put a foreign link or tracker in the popup.
import { message } from '../message';
import { httpsUrl } from './https-url';

/** Spotify's web player. */
const WEB_HOSTS = new Set(['open.spotify.com']);
/** Spotify's image CDNs (i.scdn.co, mosaic.scdn.co, image-cdn-*.spotifycdn.com). */
const IMAGE_HOST = /^([a-z0-9-]+\.)*(scdn\.co|spotifycdn\.com)$/;
const APP_URI = /^spotify:(track|album|artist|playlist|episode|show):[A-Za-z0-9_-]{1,64}$/;

export const spotifyWebUrl = (v: unknown) => httpsUrl(v, (h) => WEB_HOSTS.has(h));
export const spotifyImageUrl = (v: unknown) => httpsUrl(v, (h) => IMAGE_HOST.test(h));
export const spotifyAppUri = (v: unknown) => (typeof v === 'string' && APP_URI.test(v) ? v : null);

export const DROPPED_LINKS_NOTE = message('music_droppedLinks');
