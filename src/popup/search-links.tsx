import { SERVICE_NAMES, type SearchLink } from '../core/music/links';
import { t } from '../shared/i18n';

/** The embedded default: the mood's genres and keywords as searches on Spotify and YouTube Music. */
export function SearchLinks({ links }: { links: SearchLink[] }) {
  const phrases = [...new Set(links.map((l) => l.phrase))];
  return (
    <ul class="links" aria-label={t('links_section')}>
      {phrases.map((phrase) => (
        <li key={phrase}>
          <span class="phrase">{phrase}</span>
          {links
            .filter((l) => l.phrase === phrase)
            .map((l) => (
              <a key={l.url} href={l.url} target="_blank" rel="noreferrer">
                {SERVICE_NAMES[l.service]}
              </a>
            ))}
        </li>
      ))}
    </ul>
  );
}
