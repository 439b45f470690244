// The Spotify session with its tokens: only src/background/spotify imports this file (the boundary test
// says so), and pages see the token-free status (shared/spotify-items.ts) that status.ts mirrors from it.
import type { SpotifyTokens } from '../../core/music/spotify-auth';
import type { SpotifyStatus } from '../../shared/spotify-items';
import type { ItemDefinition } from '../../shared/storage-item';

export interface SpotifySession extends SpotifyTokens {
  /** The Client ID the tokens belong to: changing the ID signs out. */
  clientId: string;
  userName: string | null;
}

/** Tokens: secret, so storage.local (never sync); null = signed out. */
export const spotifySessionDef: ItemDefinition<SpotifySession | null> = {
  key: 'spotifySession',
  area: 'local',
  version: 1,
  defaultValue: null,
  validate: (v) => {
    if (v === null) return null;
    const s = v as Partial<SpotifySession> | undefined;
    return s &&
      typeof s.accessToken === 'string' &&
      typeof s.refreshToken === 'string' &&
      typeof s.expiresAt === 'number' &&
      typeof s.scope === 'string' &&
      typeof s.clientId === 'string' &&
      (s.userName === null || typeof s.userName === 'string')
      ? (s as SpotifySession)
      : undefined;
  },
};

export function spotifyStatusOf(session: SpotifySession | null): SpotifyStatus | null {
  return session && { clientId: session.clientId, userName: session.userName, scope: session.scope };
}
