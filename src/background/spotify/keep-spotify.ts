// Updating from the Spotify-only version: a user who was signed in to Spotify keeps Spotify's tracks
// instead of being moved to the new keyless default (which would first ask about Apple's catalogue).
import type { ProviderChoice } from '../../core/music/provider';
import type { StorageAreaLike, StorageItem } from '../../shared/storage-item';
import type { SpotifySession } from './session';

export async function keepSpotifyOnUpdate(deps: {
  area: StorageAreaLike;
  provider: StorageItem<ProviderChoice>;
  session: StorageItem<SpotifySession | null>;
}): Promise<void> {
  // Only a provider never chosen: a stored choice, even the default, is the user's.
  const stored = (await deps.area.get(deps.provider.key))[deps.provider.key];
  if (stored === undefined && (await deps.session.get()) !== null) await deps.provider.set('spotify');
}
