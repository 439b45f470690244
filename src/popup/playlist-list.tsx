import type { Playlist } from '../core/music/playlists';

/** A few user playlists for the mood's words: each opens on the provider's site. */
export function PlaylistList({ playlists }: { playlists: Playlist[] }) {
  return (
    <details class="playlists" open>
      <summary>Playlists</summary>
      <ul class="playlist-items" aria-label="Playlists">
        {playlists.map((p) => (
          <li key={p.id}>
            {p.image ? <img src={p.image} alt="" width={44} height={44} /> : <span class="cover" />}
            <span class="info">
              <a class="title" href={p.url} target="_blank" rel="noreferrer">
                {p.name}
              </a>
              <span class="muted artists">
                by {p.owner}
                {p.tracks !== null ? ` · ${p.tracks} tracks` : ''}
              </span>
            </span>
          </li>
        ))}
      </ul>
    </details>
  );
}
