// Keeps the token-free Spotify view (shared/spotify-items.ts SpotifyStatus) in line with the stored
// session, so that pages can say who is signed in without ever reading the tokens.
import type { SpotifyStatus } from '../../shared/spotify-items';
import type { StorageItem } from '../../shared/storage-item';
import { type SpotifySession, spotifyStatusOf } from './session';

export function mirrorSpotifyStatus(
  session: StorageItem<SpotifySession | null>,
  status: StorageItem<SpotifyStatus | null>,
): void {
  const write = async () => {
    const next = spotifyStatusOf(await session.get());
    if (JSON.stringify(next) !== JSON.stringify(await status.get())) await status.set(next);
  };
  session.watch(() => void write());
  // A wake-up (worker restart, event page) may follow a change this context never saw.
  void write();
}
