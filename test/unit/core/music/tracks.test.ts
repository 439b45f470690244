import { describe, expect, it } from 'vitest';
import { mixTracks, parseSearch, type Track } from '../../../../src/core/music/tracks';

const item = (id: string, name = `Song ${id}`, artist = `Artist ${id}`) => ({
  id,
  name,
  uri: `spotify:track:${id}`,
  artists: [{ name: artist }],
  external_urls: { spotify: `https://open.spotify.com/track/${id}` },
  album: {
    images: [
      { url: `https://i.scdn.co/${id}-640`, width: 640 },
      { url: `https://i.scdn.co/${id}-64`, width: 64 },
    ],
  },
});

describe('search responses', () => {
  it('parses tracks with artists, links and the small cover', () => {
    const [t] = parseSearch({ tracks: { items: [item('a')] } }, ['pop']);
    expect(t).toEqual({
      id: 'a',
      name: 'Song a',
      artists: ['Artist a'],
      uri: 'spotify:track:a',
      url: 'https://open.spotify.com/track/a',
      image: 'https://i.scdn.co/a-64',
      preview: null,
      terms: ['pop'],
    });
  });
  it('keeps a preview_url where an older app still gets one; only http(s) links reach the popup', () => {
    const items = [
      { ...item('a'), preview_url: 'https://p.scdn.co/mp3-preview/a' },
      { ...item('b'), external_urls: { spotify: 'javascript:alert(1)' } },
      { ...item('c'), preview_url: 'data:audio/mp3;base64,AAAA' },
    ];
    expect(parseSearch({ tracks: { items } }, []).map((t) => [t.id, t.preview])).toEqual([
      ['a', 'https://p.scdn.co/mp3-preview/a'],
      ['c', null],
    ]);
  });
  it.each([null, {}, { tracks: {} }, { tracks: { items: 'x' } }, '<html>'])(
    'rejects %j with a clear error',
    (body) => {
      expect(() => parseSearch(body, [])).toThrow(/does not understand/);
    },
  );
  it('skips unusable tracks and keeps the rest', () => {
    const items = [
      item('a'),
      { id: 'b' },
      { ...item('c'), artists: [] },
      null,
      { ...item('d'), album: undefined },
    ];
    expect(parseSearch({ tracks: { items } }, []).map((t) => [t.id, t.image])).toEqual([
      ['a', 'https://i.scdn.co/a-64'],
      ['d', null],
    ]);
  });
});

describe('mixing', () => {
  const tracks = (ids: string[]) =>
    parseSearch({ tracks: { items: ids.map((i) => item(i)) } }, []) as Track[];
  it('interleaves genres, drops duplicates and recent tracks, stops at the limit', () => {
    const dance = tracks(['d1', 'd2', 'shared', 'd3']);
    const pop = tracks(['p1', 'shared', 'p2', 'p3']);
    const mixed = mixTracks([dance, pop], new Set(['p2']), 6);
    expect(mixed.map((t) => t.id)).toEqual(['d1', 'p1', 'd2', 'shared', 'd3', 'p3']);
  });
  it('treats the same title by the same artist as a duplicate (single vs album release)', () => {
    const a = parseSearch({ tracks: { items: [item('x1', 'Hello', 'Adele')] } }, []);
    const b = parseSearch({ tracks: { items: [item('x2', 'hello', 'adele')] } }, []);
    expect(mixTracks([a, b], new Set(), 5)).toHaveLength(1);
  });
});
