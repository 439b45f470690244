// Host patterns the extension asks for at run time. manifest.json lists the same patterns (it cannot
// import them); test/unit/project/manifest.test.ts checks that the two agree.

/**
 * Apple's Search API: an optional host permission, asked for in the popup only when the user wants
 * Apple's tracks (least privilege: nothing is sent to Apple before that).
 */
export const ITUNES_HOST_PATTERN = 'https://itunes.apple.com/*';

/**
 * Spotify's accounts service (sign-in, tokens) and Web API: optional host permissions, asked for when
 * the user signs in, so a fresh install asks for no host at all and nothing reaches Spotify before that.
 */
export const SPOTIFY_HOST_PATTERNS = ['https://accounts.spotify.com/*', 'https://api.spotify.com/*'];
