import type { ProviderId } from '../core/music/provider';
import { t } from '../shared/i18n';

/** A music source's name in the page's language ("Apple’s catalogue" is words, not a brand). */
export function providerName(id: ProviderId): string {
  return id === 'itunes' ? t('provider_itunes') : t('provider_spotify');
}
