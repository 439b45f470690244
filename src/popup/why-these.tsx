import { preference } from '../core/music/bandit';
import { PROVIDER_NAMES } from '../core/music/provider';
import type { Suggestions } from '../core/music/suggestions';
import { musicSettings } from '../shared/stores';
import { useItem } from '../ui/use-item';

const pct = (v: number) => `${Math.round(v * 100)}%`;

/** Says which mood, row, terms and queries produced the music, and what the thumbs have taught. */
export function WhyThese({ s, why }: { s: Suggestions; why?: string | undefined }) {
  const prefs = useItem(musicSettings.preferences).value[s.source] ?? {};
  const rated = Object.entries(prefs);
  return (
    <details class="why">
      <summary>Why these?</summary>
      <p>
        You seem <b>{s.emotion}</b>
        {s.source !== s.emotion ? (
          <>
            {' '}
            and “lift my mood” is on, so this is the <b>{s.source}</b> row
          </>
        ) : null}
        : <b>{s.row.mood}</b>.
      </p>
      {why && <p data-testid="why-fusion">{why}</p>}
      <p>
        Genres: {s.row.genres.join(', ') || 'none'}. Keywords: {s.row.keywords.join(', ') || 'none'}.
      </p>
      {s.provider && s.queries.length > 0 && (
        <p>
          {PROVIDER_NAMES[s.provider]} searches: {s.queries.map((q) => `“${q}”`).join(', ')}.
        </p>
      )}
      {rated.length > 0 && (
        <p>
          Learned from your thumbs: {rated.map(([term, arm]) => `${term} ${pct(preference(arm))}`).join(', ')}{' '}
          liked.
        </p>
      )}
    </details>
  );
}
