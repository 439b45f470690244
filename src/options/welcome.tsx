import { t } from '../shared/i18n';
import { NEEDS_PERMISSION_PAGE } from '../shared/platform';

/** Shown once, in the tab the extension opens on install: how to start, and that Spotify is optional. */
export function Welcome() {
  if (!new URLSearchParams(location.search).has('welcome')) return null;
  return (
    <section class="note" aria-labelledby="welcome-heading">
      <h2 id="welcome-heading">{t('welcome_heading')}</h2>
      <ol>
        <li>{NEEDS_PERMISSION_PAGE ? t('welcome_cameraChrome') : t('welcome_cameraFirefox')}</li>
        <li>{t('welcome_music')}</li>
        <li>{t('welcome_spotify')}</li>
      </ol>
    </section>
  );
}
