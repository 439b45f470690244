import { type MessageKey, t } from '../shared/i18n';

/**
 * The page's language and title follow the catalogue the browser chose: the HTML holds only the
 * brand as its title, and English as its language until this runs.
 */
export function localisePage(title: MessageKey): void {
  document.documentElement.lang = t('html_lang');
  document.title = t(title);
}
