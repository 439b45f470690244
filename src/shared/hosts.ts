// Host patterns the extension asks for at run time. manifest.json lists the same patterns (it cannot
// import them); test/unit/manifest.test.ts checks that the two agree.

/**
 * Apple's Search API: an optional host permission, asked for in the popup only when the user wants
 * Apple's tracks (least privilege: nothing is sent to Apple before that).
 */
export const ITUNES_HOST_PATTERN = 'https://itunes.apple.com/*';
