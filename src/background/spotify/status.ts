// Keeps the token-free Spotify view (shared/music-state.ts SpotifyStatus) in line with the stored
// session, so that pages can say who is signed in without ever reading the tokens.
import { spotifyStatusOf } from '../../shared/music-state';
import { musicState } from '../../shared/stores';

export function mirrorSpotifyStatus(): void {
  const write = async () => {
    const next = spotifyStatusOf(await musicState.session.get());
    if (JSON.stringify(next) !== JSON.stringify(await musicState.spotifyStatus.get()))
      await musicState.spotifyStatus.set(next);
  };
  musicState.session.watch(() => void write());
  // A wake-up (worker restart, event page) may follow a change this context never saw.
  void write();
}
