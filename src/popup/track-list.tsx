import type { Track } from '../core/music/tracks';
import { send } from '../shared/messaging';

function Thumb({ track, liked, rating }: { track: Track; liked: boolean; rating: boolean | undefined }) {
  return (
    <button
      type="button"
      class={`thumb${rating === liked ? ' on' : ''}`}
      aria-label={`${liked ? 'More like' : 'Less like'} ${track.name}`}
      aria-pressed={rating === liked}
      disabled={rating !== undefined}
      onClick={() => void send('music/feedback', { trackId: track.id, liked })}
    >
      {liked ? '👍' : '👎'}
    </button>
  );
}

/** Own keys only: an id must not find Object.prototype's members. */
const ratingOf = (ratings: Record<string, boolean>, id: string) =>
  Object.hasOwn(ratings, id) ? ratings[id] : undefined;

/** Tracks with cover, title, artists, open links and thumbs (which teach the per-mood preferences). */
export function TrackList({ tracks, ratings }: { tracks: Track[]; ratings: Record<string, boolean> }) {
  return (
    <ul class="tracks" aria-label="Suggested tracks">
      {tracks.map((t) => (
        <li key={t.id} aria-label={`${t.name} by ${t.artists.join(', ')}`}>
          {t.image ? <img src={t.image} alt="" width={44} height={44} /> : <span class="cover" />}
          <span class="info">
            <a
              class="title"
              href={t.url}
              target="_blank"
              rel="noreferrer"
              title="Open in Spotify's web player"
            >
              {t.name}
            </a>
            <span class="muted artists">{t.artists.join(', ')}</span>
          </span>
          <a
            class="app"
            href={t.uri}
            title="Open in the Spotify app"
            aria-label={`Play ${t.name} in the Spotify app`}
          >
            ▶
          </a>
          <Thumb track={t} liked rating={ratingOf(ratings, t.id)} />
          <Thumb track={t} liked={false} rating={ratingOf(ratings, t.id)} />
        </li>
      ))}
    </ul>
  );
}
