import { describe, expect, it } from 'vitest';
import { type SpotifySession, spotifyStatusOf } from '../../../../src/background/spotify/session';
import { spotifyStatusDef } from '../../../../src/shared/spotify-items';
import { decodeItem } from '../../../../src/shared/storage-item';

const session: SpotifySession = {
  accessToken: 'secret-access',
  refreshToken: 'secret-refresh',
  expiresAt: 1,
  scope: 'user-top-read',
  clientId: '0123456789abcdef0123456789abcdef',
  userName: 'Ada',
};

describe('the token-free Spotify status pages read', () => {
  it('keeps who and what was granted, and no token', () => {
    const status = spotifyStatusOf(session);
    expect(status).toEqual({ clientId: session.clientId, userName: 'Ada', scope: 'user-top-read' });
    expect(JSON.stringify(status)).not.toMatch(/secret/);
    expect(spotifyStatusOf(null)).toBeNull();
  });

  it('a stored status that carries more (a token) is refused', () => {
    expect(decodeItem(spotifyStatusDef, { v: 1, value: session }).value).toBeNull();
    expect(decodeItem(spotifyStatusDef, { v: 1, value: spotifyStatusOf(session) }).value).toEqual(
      spotifyStatusOf(session),
    );
  });
});
