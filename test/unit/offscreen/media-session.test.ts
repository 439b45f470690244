// The player page's Media Session: what the browser's media controls show, and their next-track button.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PlayerView } from '../../../src/core/music/play-queue';
import { createMediaSession } from '../../../src/offscreen/media-session';

const view = (trackId: string, artwork: string | null = 'https://img.example/1.jpg'): PlayerView => ({
  trackId,
  title: `Song ${trackId} by A, B`,
  name: `Song ${trackId}`,
  artists: ['A', 'B'],
  artwork,
  src: `https://audio.example/${trackId}.m4a`,
  playing: true,
  position: 0,
  volume: 1,
});

function fakeSession() {
  const handlers = new Map<string, () => void>();
  const session = {
    metadata: null as unknown,
    setActionHandler: (action: string, handler: () => void) => handlers.set(action, handler),
  };
  vi.stubGlobal('navigator', { mediaSession: session });
  // MediaMetadata keeps what it is given, as the browser's does.
  vi.stubGlobal(
    'MediaMetadata',
    class {
      constructor(init: object) {
        Object.assign(this, init);
      }
    },
  );
  return { session, handlers };
}

afterEach(() => vi.unstubAllGlobals());

describe('createMediaSession', () => {
  it('shows the title, the artists and the cover of the track in play', () => {
    const { session } = fakeSession();
    createMediaSession(() => undefined)(view('1'));
    expect(session.metadata).toEqual({
      title: 'Song 1',
      artist: 'A, B',
      artwork: [{ src: 'https://img.example/1.jpg' }],
    });
  });

  it('a track without a cover shows none; no track clears the controls', () => {
    const { session } = fakeSession();
    const show = createMediaSession(() => undefined);
    show(view('2', null));
    expect(session.metadata).toMatchObject({ title: 'Song 2', artwork: [] });
    show(null);
    expect(session.metadata).toBeNull();
  });

  it('next track from the controls skips through the queue', () => {
    const { handlers } = fakeSession();
    const next = vi.fn();
    createMediaSession(next);
    handlers.get('nexttrack')?.();
    expect(next).toHaveBeenCalledOnce();
  });

  it('does nothing where the browser has no Media Session', () => {
    vi.stubGlobal('navigator', {});
    expect(() => createMediaSession(() => undefined)(view('3'))).not.toThrow();
  });
});
