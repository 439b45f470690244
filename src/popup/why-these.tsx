import { preference } from '../core/music/bandit';
import type { Suggestions } from '../core/music/suggestions';
import { t } from '../shared/i18n';
import { musicSettings } from '../shared/stores';
import { emotionName, percent as pct } from '../ui/emotion-name';
import { providerName } from '../ui/provider-name';
import { rich } from '../ui/rich';
import { useItem } from '../ui/use-item';

/** Says which mood, row, terms and queries produced the music, and what the thumbs have taught. */
export function WhyThese({ s, why }: { s: Suggestions; why?: string | undefined }) {
  const prefs = useItem(musicSettings.preferences).value[s.source] ?? {};
  const rated = Object.entries(prefs);
  return (
    <details class="why">
      <summary>{t('why_title')}</summary>
      <p>
        {s.source !== s.emotion
          ? rich('why_seemLift', {
              mood: <b>{emotionName(s.emotion)}</b>,
              source: <b>{emotionName(s.source)}</b>,
              row: <b>{s.row.mood}</b>,
            })
          : rich('why_seem', { mood: <b>{emotionName(s.emotion)}</b>, row: <b>{s.row.mood}</b> })}
      </p>
      {why && <p data-testid="why-fusion">{why}</p>}
      <p>
        {t('why_terms', {
          genres: s.row.genres.join(', ') || t('why_none'),
          keywords: s.row.keywords.join(', ') || t('why_none'),
        })}
      </p>
      {s.provider && s.queries.length > 0 && (
        <p>
          {t('why_searches', {
            provider: providerName(s.provider),
            queries: s.queries.map((q) => t('format_quoted', { text: q })).join(', '),
          })}
        </p>
      )}
      {rated.length > 0 && (
        <p>
          {t('why_learned', {
            list: rated
              .map(([term, arm]) => t('why_learnedItem', { term, percent: pct(preference(arm)) }))
              .join(', '),
          })}
        </p>
      )}
    </details>
  );
}
