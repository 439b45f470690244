import { NEEDS_PERMISSION_PAGE } from '../shared/platform';

/** Shown once, in the tab the extension opens on install: how to start, and that Spotify is optional. */
export function Welcome() {
  if (!new URLSearchParams(location.search).has('welcome')) return null;
  return (
    <section class="note" aria-labelledby="welcome-heading">
      <h2 id="welcome-heading">Welcome to Emotune</h2>
      <ol>
        <li>
          Switch the camera on below or in the toolbar popup.{' '}
          {NEEDS_PERMISSION_PAGE
            ? 'Chrome asks once, in a tab, for the camera.'
            : 'Firefox holds the camera in a small pinned Emotune tab; close it to stop.'}{' '}
          Frames are analysed on your device and never leave it.
        </li>
        <li>
          Music works at once, as searches on Spotify's web player and YouTube Music. With one click in the
          popup, it shows real tracks with previews from Apple’s catalogue instead (no account).
        </li>
        <li>
          Or connect your own Spotify app under “Spotify” (Spotify now asks the app’s owner for Premium).
        </li>
      </ol>
    </section>
  );
}
