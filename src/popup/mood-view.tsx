import { EMOJI } from '../core/emotions';
import type { MoodSnapshot } from '../core/mood';
import { isMoodStale } from '../core/status-text';
import { t } from '../shared/i18n';
import { emotionName, percent } from '../ui/emotion-name';
import { ScoreBars } from './score-bars';

export function MoodView({ snapshot }: { snapshot: MoodSnapshot }) {
  if (!snapshot.scores || (!snapshot.mood && !snapshot.unclear)) return null;
  const scores = snapshot.scores;
  const unclear = snapshot.unclear && !isMoodStale(snapshot.status);
  return (
    <section aria-label={t('mood_section')}>
      {snapshot.mood && (
        <div class={`mood${isMoodStale(snapshot.status) || unclear ? ' stale' : ''}`}>
          <span class="emoji" aria-hidden="true">
            {EMOJI[snapshot.mood]}
          </span>
          <span class="name">{emotionName(snapshot.mood)}</span>
          <span class="muted">{t('mood_confident', { percent: percent(snapshot.confidence) })}</span>
        </div>
      )}
      {unclear && (
        <p class="note" role="status" data-testid="unclear">
          {snapshot.mood ? t('mood_unclearStays', { mood: emotionName(snapshot.mood) }) : t('mood_unclear')}
        </p>
      )}
      <ScoreBars scores={scores} label={t('mood_scores')} />
    </section>
  );
}
