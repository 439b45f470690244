// Host patterns that both the manifest (build time, in Node) and the extension use; no imports, so
// manifest.config.ts can read them.

/**
 * Apple's Search API: an optional host permission, asked for in the popup only when the user wants
 * Apple's tracks (least privilege: nothing is sent to Apple before that).
 */
export const ITUNES_HOST_PATTERN = 'https://itunes.apple.com/*';
