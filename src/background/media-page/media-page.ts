/**
 * The media page (src/offscreen): the one extension page that holds the camera and plays previews while
 * the user browses (Chrome: the offscreen document, of which an extension may have only one; Firefox:
 * the pinned Emotune tab). Both uses share it; the page is closed only when neither needs it.
 */
export type PageRole = 'camera' | 'player';

export interface MediaPage {
  /** Is the page up? */
  isOpen(): Promise<boolean>;
  /**
   * Makes sure the page is up and may serve `role`. Answers true when it was already up (it must then
   * be told what to do); a new page asks the background for its work itself once loaded.
   */
  open(role: PageRole): Promise<boolean>;
  /** Closes the page: the camera is released and the audio stops. */
  close(): Promise<void>;
}
