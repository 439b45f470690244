import { EMOJI } from '../core/emotions';
import type { MoodSnapshot } from '../core/mood';
import { isMoodStale } from '../core/status-text';
import { ScoreBars } from './score-bars';

const pct = (v: number) => `${Math.round(v * 100)}%`;

export function MoodView({ snapshot }: { snapshot: MoodSnapshot }) {
  if (!snapshot.scores || (!snapshot.mood && !snapshot.unclear)) return null;
  const scores = snapshot.scores;
  const unclear = snapshot.unclear && !isMoodStale(snapshot.status);
  return (
    <section aria-label="Current mood">
      {snapshot.mood && (
        <div class={`mood${isMoodStale(snapshot.status) || unclear ? ' stale' : ''}`}>
          <span class="emoji" aria-hidden="true">
            {EMOJI[snapshot.mood]}
          </span>
          <span class="name">{snapshot.mood}</span>
          <span class="muted">{pct(snapshot.confidence)} confident</span>
        </div>
      )}
      {unclear && (
        <p class="note" role="status" data-testid="unclear">
          Mood unclear: no emotion is clearly ahead
          {snapshot.mood ? `, so the music stays with ${snapshot.mood}.` : '.'}
        </p>
      )}
      <ScoreBars scores={scores} label="Smoothed scores" />
    </section>
  );
}
