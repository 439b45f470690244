import { describe, expect, it } from 'vitest';
import { DEFAULT_MAPPING } from '../../../../src/core/music/mapping';
import { parsePlaylists, playlistQuery } from '../../../../src/core/music/playlists';

const playlist = (id: string, owner = 'fan', extra: Record<string, unknown> = {}) => ({
  id,
  name: `List ${id}`,
  owner: { id: owner, display_name: owner === 'spotify' ? 'Spotify' : `Fan ${id}` },
  external_urls: { spotify: `https://open.spotify.com/playlist/${id}` },
  images: [
    { url: `https://mosaic.scdn.co/640/${id}`, width: 640 },
    { url: `https://mosaic.scdn.co/60/${id}`, width: 60 },
  ],
  tracks: { total: 12 },
  ...extra,
});
const answer = (items: unknown[]) => ({ playlists: { items } });

describe('Spotify playlist search', () => {
  it('parses user playlists with owner, page, small cover and size', () => {
    expect(parsePlaylists(answer([playlist('a')]))).toEqual([
      {
        id: 'a',
        name: 'List a',
        owner: 'Fan a',
        url: 'https://open.spotify.com/playlist/a',
        image: 'https://mosaic.scdn.co/60/a',
        tracks: 12,
      },
    ]);
  });

  it('skips Spotify’s null holes, editorial playlists (closed to new apps) and unusable ones; keeps at most max', () => {
    const items = [
      null,
      playlist('ed', 'spotify'),
      playlist('a'),
      { ...playlist('b'), external_urls: { spotify: 'javascript:x' } },
      { ...playlist('c'), tracks: null, images: [], owner: { id: 'x7' } },
      playlist('d'),
      playlist('e'),
      playlist('f'),
    ];
    const parsed = parsePlaylists(answer(items), 3);
    expect(parsed.map((p) => p.id)).toEqual(['a', 'c', 'd']);
    expect(parsed[1]).toMatchObject({ owner: 'x7', image: null, tracks: null });
  });

  it.each([null, {}, { playlists: {} }, { playlists: { items: 'x' } }, { tracks: { items: [] } }])(
    'rejects %j with a clear error',
    (body) => expect(() => parsePlaylists(body)).toThrow(/playlist answer Emotune does not understand/),
  );

  it.each([
    ['happy', 'dance upbeat'],
    ['sad', 'calm'],
    ['angry', 'rock energetic'],
  ] as const)('the %s row searches "%s"', (emotion, q) =>
    expect(playlistQuery(DEFAULT_MAPPING[emotion])).toBe(q),
  );
});
