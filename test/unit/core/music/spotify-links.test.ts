import { describe, expect, it } from 'vitest';
import {
  DROPPED_LINKS_NOTE,
  spotifyAppUri,
  spotifyImageUrl,
  spotifyWebUrl,
} from '../../../../src/core/music/spotify-links';
import { parseSearchChecked } from '../../../../src/core/music/tracks';
import { englishText } from '../../../../src/shared/english';

describe('links from Spotify', () => {
  it.each([
    ['https://open.spotify.com/track/4uLU6hMCjMI75M1A2tKUQC', true],
    ['http://open.spotify.com/track/4uLU6hMCjMI75M1A2tKUQC', false],
    ['https://open.spotify.com.evil.example/track/x', false],
    ['https://evil.example/?open.spotify.com', false],
    ['https://user:pw@open.spotify.com/track/x', false],
    ['javascript:alert(1)', false],
    ['spotify:track:4uLU6hMCjMI75M1A2tKUQC', false],
    [42, false],
  ])('web page %s: %s', (url, ok) => {
    expect(spotifyWebUrl(url) !== null).toBe(ok);
  });

  it.each([
    ['https://i.scdn.co/image/ab67616d00004851', true],
    ['https://mosaic.scdn.co/640/ab67', true],
    ['https://image-cdn-ak.spotifycdn.com/image/ab67', true],
    ['http://i.scdn.co/image/ab67', false],
    ['https://scdn.co.evil.example/image', false],
    ['https://tracker.example/pixel.gif', false],
    ['data:image/png;base64,iVBORw0KGgo=', false],
    ['http://127.0.0.1:8080/cover/x.png', false], // the stub's covers: only in the e2e test build
  ])('cover %s: %s', (url, ok) => {
    expect(spotifyImageUrl(url) !== null).toBe(ok);
  });

  it.each([
    ['spotify:track:4uLU6hMCjMI75M1A2tKUQC', true],
    ['spotify:album:1DFixLWuPkv3KT3TnV35m3', true],
    ['https://open.spotify.com/track/4uLU6hMCjMI75M1A2tKUQC', false],
    ['javascript:alert(1)', false],
    ['spotify:track:x"onclick', false],
  ])('app link %s: %s', (uri, ok) => {
    expect(spotifyAppUri(uri) !== null).toBe(ok);
  });
});

const item = (over: Record<string, unknown> = {}) => ({
  id: 'a1',
  name: 'Song',
  uri: 'spotify:track:a1',
  artists: [{ name: 'Artist' }],
  external_urls: { spotify: 'https://open.spotify.com/track/a1' },
  album: { images: [{ url: 'https://i.scdn.co/image/a1', width: 64 }] },
  ...over,
});

describe('a search answer with foreign links', () => {
  it('keeps Spotify’s tracks and covers, drops the rest, and counts what it dropped', () => {
    const { tracks, dropped } = parseSearchChecked(
      {
        tracks: {
          items: [
            item(),
            item({ id: 'b', external_urls: { spotify: 'javascript:alert(1)' } }),
            item({ id: 'c', uri: 'https://evil.example/app' }),
            item({ id: 'd', album: { images: [{ url: 'https://tracker.example/p.gif', width: 64 }] } }),
          ],
        },
      },
      [],
    );
    expect(tracks.map((t) => [t.id, t.image])).toEqual([
      ['a1', 'https://i.scdn.co/image/a1'],
      ['d', null],
    ]);
    expect(dropped).toBe(3);
    expect(englishText(DROPPED_LINKS_NOTE)).toMatch(/left out/);
  });
});
