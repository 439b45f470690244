// The one-click question before anything is sent to Apple: what is sent (the mood's search words and
// the storefront, never the camera), and yes or no. No: the search links, as without any provider.
import { t } from '../shared/i18n';
import { musicState } from '../shared/stores';
import { rich } from '../ui/rich';
import type { KeylessAccess } from '../ui/use-keyless-access';

export function KeylessOffer({
  access,
  words,
  onGranted,
}: {
  access: KeylessAccess;
  words: string[];
  onGranted: () => void;
}) {
  return (
    <section class="offer" aria-label={t('provider_itunes')}>
      <p>{rich('keyless_question', { question: <b>{t('keyless_questionBold')}</b> })}</p>
      <p class="muted">
        {t('keyless_what', { words: words.map((w) => t('format_quoted', { text: w })).join(', ') })}
      </p>
      <p class="actions">
        <button type="button" onClick={() => void access.request().then((granted) => granted && onGranted())}>
          {t('keyless_yes')}
        </button>
        <button
          type="button"
          class="secondary"
          onClick={() => void musicState.keylessConsent.set('declined')}
        >
          {t('keyless_no')}
        </button>
      </p>
    </section>
  );
}
