// Every extension page, by role: the one place their paths are written (the manifest, the build, the
// background, the pages and the test harness all read them from here).
export const PAGES = {
  /** The toolbar popup; `?view=tab` shows the same in a tab (a notification's click). */
  popup: 'src/popup/index.html',
  /** The settings page; `?welcome` greets a new install. */
  options: 'src/options/index.html',
  /** Chrome: the visible page that asks for the camera once (the offscreen document cannot prompt). */
  permission: 'src/permission/index.html',
  /**
   * The media page, which hosts the camera engine and the player that keeps playing: Chrome opens it
   * as the offscreen document, Firefox as a pinned tab.
   */
  media: 'src/offscreen/index.html',
} as const;
