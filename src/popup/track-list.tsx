import type { Track } from '../core/music/tracks';
import { t } from '../shared/i18n';
import { send } from '../shared/messaging';
import type { PreviewPlayer } from './player';

function Thumb({ track, liked, rating }: { track: Track; liked: boolean; rating: boolean | undefined }) {
  return (
    <button
      type="button"
      class={`thumb${rating === liked ? ' on' : ''}`}
      aria-label={
        liked ? t('track_moreLike', { title: track.name }) : t('track_lessLike', { title: track.name })
      }
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
        aria-label={
          on ? t('track_pausePreview', { title: track.name }) : t('track_playPreview', { title: track.name })
        }
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
      title={t('track_openSpotifyApp')}
      aria-label={t('track_playInSpotifyApp', { title: track.name })}
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
  /** The title link's tooltip: where it opens ("Open in Spotify's web player", "Open in Apple Music"). */
  opensIn: string;
}) {
  return (
    <ul class="tracks" aria-label={t('tracks_section')}>
      {p.tracks.map((track) => (
        <li
          key={track.id}
          aria-label={t('track_item', { title: track.name, artists: track.artists.join(', ') })}
        >
          {track.image ? <img src={track.image} alt="" width={44} height={44} /> : <span class="cover" />}
          <span class="info">
            <a class="title" href={track.url} target="_blank" rel="noreferrer" title={p.opensIn}>
              {track.name}
            </a>
            <span class="muted artists">{track.artists.join(', ')}</span>
          </span>
          <Play track={track} player={p.player} />
          <Thumb track={track} liked rating={ratingOf(p.ratings, track.id)} />
          <Thumb track={track} liked={false} rating={ratingOf(p.ratings, track.id)} />
        </li>
      ))}
    </ul>
  );
}
