import type { Track } from '../core/music/tracks';
import { send } from '../shared/messaging';
import type { PreviewPlayer } from './preview-player';

function Thumb({ track, liked, rating }: { track: Track; liked: boolean; rating: boolean | undefined }) {
  return (
    <button
      type="button"
      class={`thumb${rating === liked ? ' on' : ''}`}
      aria-label={`${liked ? 'More like' : 'Less like'} ${track.name}`}
      aria-pressed={rating === liked}
      disabled={rating !== undefined}
      onClick={() => void send('ui-bg-music-feedback', { trackId: track.id, liked })}
    >
      {liked ? '👍' : '👎'}
    </button>
  );
}

/** The track's play control: its preview in the popup, else a link to the provider's app. */
function Play({ track, player }: { track: Track; player: PreviewPlayer }) {
  if (track.preview) {
    const on = player.current?.id === track.id && player.playing;
    return (
      <button
        type="button"
        class="play"
        aria-label={`${on ? 'Pause' : 'Play'} the preview of ${track.name}`}
        aria-pressed={on}
        onClick={() => player.toggle(track)}
      >
        {on ? '⏸' : '▶'}
      </button>
    );
  }
  if (!track.uri) return null;
  return (
    <a
      class="app"
      href={track.uri}
      title="Open in the Spotify app"
      aria-label={`Play ${track.name} in the Spotify app`}
    >
      ▶
    </a>
  );
}

/** Own keys only: an id must not find Object.prototype's members. */
const ratingOf = (ratings: Record<string, boolean>, id: string) =>
  Object.hasOwn(ratings, id) ? ratings[id] : undefined;

/** Tracks with cover, title, artists, play and open links and thumbs (which teach the preferences). */
export function TrackList(p: {
  tracks: Track[];
  ratings: Record<string, boolean>;
  player: PreviewPlayer;
  /** Where the title link opens, for its tooltip ("Spotify's web player", "Apple Music"). */
  opensIn: string;
}) {
  return (
    <ul class="tracks" aria-label="Suggested tracks">
      {p.tracks.map((t) => (
        <li key={t.id} aria-label={`${t.name} by ${t.artists.join(', ')}`}>
          {t.image ? <img src={t.image} alt="" width={44} height={44} /> : <span class="cover" />}
          <span class="info">
            <a class="title" href={t.url} target="_blank" rel="noreferrer" title={`Open in ${p.opensIn}`}>
              {t.name}
            </a>
            <span class="muted artists">{t.artists.join(', ')}</span>
          </span>
          <Play track={t} player={p.player} />
          <Thumb track={t} liked rating={ratingOf(p.ratings, t.id)} />
          <Thumb track={t} liked={false} rating={ratingOf(p.ratings, t.id)} />
        </li>
      ))}
    </ul>
  );
}
