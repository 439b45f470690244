/**
 * Build-time platform facts for pages (the background's seam is background/media-page). On Chrome the
 * offscreen document cannot prompt for the camera, so a visible permission page asks once; on Firefox
 * the media page is a visible tab and prompts by itself.
 */
export const NEEDS_PERMISSION_PAGE = import.meta.env.TARGET !== 'firefox';

/** Firefox opens the media page (camera and player) as a visible pinned tab; Chrome as the offscreen document. */
export const MEDIA_PAGE_IS_TAB = import.meta.env.TARGET === 'firefox';

/** Firefox plays "keep playing" previews in its pinned Emotune tab, which opens when play is pressed. */
export const PLAYS_IN_TAB = import.meta.env.TARGET === 'firefox';
