// Host patterns that both the manifest (build time, in Node) and the extension use; no imports, so
// manifest.config.ts can read them.

/** Spotify's hosts: fetches from the background then see every header (Retry-After included). */
export const SPOTIFY_HOST_PATTERNS = ['https://accounts.spotify.com/*', 'https://api.spotify.com/*'];

/**
 * Apple's Search API: an optional host permission, asked for in the popup only when the user wants
 * Apple's tracks (least privilege: nothing is sent to Apple before that).
 */
export const ITUNES_HOST_PATTERN = 'https://itunes.apple.com/*';
