import type { Playlist } from '../core/music/playlists';
import { t } from '../shared/i18n';

/** A few user playlists for the mood's words: each opens on the provider's site. */
export function PlaylistList({ playlists }: { playlists: Playlist[] }) {
  return (
    <details class="playlists" open>
      <summary>{t('playlists_title')}</summary>
      <ul class="playlist-items" aria-label={t('playlists_title')}>
        {playlists.map((p) => (
          <li key={p.id}>
            {p.image ? <img src={p.image} alt="" width={44} height={44} /> : <span class="cover" />}
            <span class="info">
              <a class="title" href={p.url} target="_blank" rel="noreferrer">
                {p.name}
              </a>
              <span class="muted artists">
                {p.tracks !== null
                  ? t('playlists_byWithTracks', { owner: p.owner, count: p.tracks })
                  : t('playlists_by', { owner: p.owner })}
              </span>
            </span>
          </li>
        ))}
      </ul>
    </details>
  );
}
