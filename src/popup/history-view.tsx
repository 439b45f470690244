import { EMOJI, EMOTIONS } from '../core/emotions';
import { timePerEmotion } from '../core/mood-history';
import { moodHistory } from '../shared/stores';
import { useItem } from '../ui/use-item';

function duration(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  if (minutes < 1) return `${Math.max(1, Math.round(ms / 1000))} s`;
  return minutes < 60 ? `${minutes} min` : `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

/** Time spent in each stable mood over the last 24 hours (spans only: no images are ever stored). */
export function HistoryView() {
  const history = useItem(moodHistory).value;
  const totals = timePerEmotion(history, Date.now());
  const max = Math.max(...Object.values(totals));
  const shown = EMOTIONS.filter((e) => totals[e] > 0);
  return (
    <details class="history">
      <summary>Last 24 hours</summary>
      {shown.length === 0 ? (
        <p class="muted">No mood recorded in the last 24 hours.</p>
      ) : (
        <ul class="bars" aria-label="Time per mood">
          {shown.map((e) => (
            <li key={e} aria-label={`${e} ${duration(totals[e])}`}>
              <span class="label">
                {EMOJI[e]} {e}
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
