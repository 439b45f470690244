import { EMOTIONS, type Scores } from '../core/emotions';
import { t } from '../shared/i18n';
import { emotionName, percent as pct } from '../ui/emotion-name';

/** The seven bars, shared by the face's reading and the typed feeling's, so the two compare at a glance. */
export function ScoreBars({ scores, label }: { scores: Scores; label: string }) {
  return (
    <ul class="bars" aria-label={label}>
      {EMOTIONS.map((e) => (
        <li key={e} aria-label={t('scores_item', { mood: emotionName(e), percent: pct(scores[e]) })}>
          <span class="label">{emotionName(e)}</span>
          <span class="track">
            <span class="fill" style={{ width: pct(scores[e]), display: 'block' }} />
          </span>
          <span class="pct">{pct(scores[e])}</span>
        </li>
      ))}
    </ul>
  );
}
