import { EMOJI, EMOTIONS } from '../core/emotions';
import { timePerEmotion } from '../core/mood-history';
import { t } from '../shared/i18n';
import { moodHistory } from '../shared/stores';
import { emotionName } from '../ui/emotion-name';
import { useItem } from '../ui/use-item';

function duration(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  if (minutes < 1) return t('duration_seconds', { n: Math.max(1, Math.round(ms / 1000)) });
  return minutes < 60
    ? t('duration_minutes', { n: minutes })
    : t('duration_hoursMinutes', { hours: Math.floor(minutes / 60), minutes: minutes % 60 });
}

/** Time spent in each stable mood over the last 24 hours (spans only: no images are ever stored). */
export function HistoryView() {
  const history = useItem(moodHistory).value;
  const totals = timePerEmotion(history, Date.now());
  const max = Math.max(...Object.values(totals));
  const shown = EMOTIONS.filter((e) => totals[e] > 0);
  return (
    <details class="history">
      <summary>{t('history_title')}</summary>
      {shown.length === 0 ? (
        <p class="muted">{t('history_empty')}</p>
      ) : (
        <ul class="bars" aria-label={t('history_bars')}>
          {shown.map((e) => (
            <li
              key={e}
              aria-label={t('history_item', { mood: emotionName(e), duration: duration(totals[e]) })}
            >
              <span class="label">
                {EMOJI[e]} {emotionName(e)}
              </span>
              <span class="track">
                <span class="fill" style={{ width: `${(totals[e] / max) * 100}%`, display: 'block' }} />
              </span>
              <span class="pct">{duration(totals[e])}</span>
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}
