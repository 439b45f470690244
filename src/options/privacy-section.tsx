// The privacy policy, in the settings: the same PRIVACY.md that the stores link to, bundled as text at
// build time (one source, so the page cannot say less than the policy; nothing is fetched to show it).
import policy from '../../PRIVACY.md?raw';
import { t } from '../shared/i18n';

export function PrivacySection() {
  return (
    <section aria-labelledby="privacy-heading">
      <h2 id="privacy-heading">{t('privacy_heading')}</h2>
      <p class="muted">{t('privacy_summary')}</p>
      <details>
        <summary>{t('privacy_policy')}</summary>
        <pre class="policy">{policy}</pre>
      </details>
    </section>
  );
}
