import { describe, expect, it } from 'vitest';
import { MAX_TEXT_LENGTH, parseItunesSearch } from '../../../../src/core/music/itunes';

// One result as Apple documents it (fields Emotune does not read included).
const song = (id: number, extra: Record<string, unknown> = {}) => ({
  wrapperType: 'track',
  kind: 'song',
  artistId: 1,
  collectionId: 2,
  trackId: id,
  artistName: `Artist ${id}`,
  collectionName: 'Album',
  trackName: `Song ${id}`,
  trackViewUrl: `https://music.apple.com/us/album/album/2?i=${id}&uo=4`,
  previewUrl: `https://audio-ssl.itunes.apple.com/itunes-assets/${id}.plus.aac.p.m4a`,
  artworkUrl30: 'https://is1-ssl.mzstatic.com/image/thumb/a/30x30bb.jpg',
  artworkUrl100: `https://is1-ssl.mzstatic.com/image/thumb/${id}/100x100bb.jpg`,
  primaryGenreName: 'Pop',
  trackTimeMillis: 200_000,
  country: 'USA',
  ...extra,
});
const answer = (results: unknown[]) => ({ resultCount: results.length, results });

describe('iTunes search answers', () => {
  it('parses a song into a track with artwork, page link and preview', () => {
    expect(parseItunesSearch(answer([song(11)]), ['pop', 'upbeat'])).toEqual([
      {
        id: 'itunes:11',
        name: 'Song 11',
        artists: ['Artist 11'],
        uri: null,
        url: 'https://music.apple.com/us/album/album/2?i=11&uo=4',
        image: 'https://is1-ssl.mzstatic.com/image/thumb/11/100x100bb.jpg',
        preview: 'https://audio-ssl.itunes.apple.com/itunes-assets/11.plus.aac.p.m4a',
        terms: ['pop', 'upbeat'],
      },
    ]);
  });

  it('an empty answer is no tracks, not an error', () => {
    expect(parseItunesSearch({ resultCount: 0, results: [] }, [])).toEqual([]);
  });

  it.each([
    ['null', null],
    ['an array', []],
    ['text', '<html>403</html>'],
    ['no resultCount', { results: [] }],
    ['a negative resultCount', { resultCount: -1, results: [] }],
    ['a text resultCount', { resultCount: '1', results: [song(1)] }],
    ['no results', { resultCount: 0 }],
    ['results that are not a list', { resultCount: 1, results: { 0: song(1) } }],
    ['Apple’s error answer', { errorMessage: 'Invalid value(s) for key(s): [country]' }],
  ])('rejects %s with a clear error', (_name, body) => {
    expect(() => parseItunesSearch(body, [])).toThrow(
      /Apple’s catalogue sent an answer Emotune does not understand/,
    );
  });

  it('skips what is not a song and songs it cannot use; keeps the rest', () => {
    const results = [
      song(1),
      { ...song(2), kind: 'music-video' },
      { wrapperType: 'collection', collectionId: 3 },
      { ...song(4), trackId: '4' },
      { ...song(5), trackName: '' },
      { ...song(6), trackViewUrl: 'javascript:alert(1)' },
      { ...song(7), artworkUrl100: 'data:image/png;base64,AAAA', previewUrl: undefined },
      null,
      'x',
    ];
    expect(parseItunesSearch(answer(results), []).map((t) => [t.id, t.image, t.preview])).toEqual([
      ['itunes:1', 'https://is1-ssl.mzstatic.com/image/thumb/1/100x100bb.jpg', song(1).previewUrl],
      ['itunes:7', null, null],
    ]);
  });

  it('songs that are all unusable make the answer malformed, not an empty list', () => {
    const results = [
      { ...song(1), trackId: null },
      { ...song(2), artistName: 5 },
    ];
    expect(() => parseItunesSearch(answer(results), [])).toThrow(/without id, title, artist or link/);
  });

  it('songs of the wanted genres come first, in Apple’s order within each group', () => {
    const results = [
      song(1, { primaryGenreName: 'Comedy' }),
      song(2, { primaryGenreName: 'Dance' }),
      song(3, { primaryGenreName: 'Pop' }),
      song(4, { primaryGenreName: 'House' }),
    ];
    const ids = parseItunesSearch(answer(results), [], ['Dance', 'house']).map((t) => t.id);
    expect(ids).toEqual(['itunes:2', 'itunes:4', 'itunes:1', 'itunes:3']);
  });

  it('https only: an http page makes a song unusable; an http cover or preview is left out', () => {
    const results = [
      song(1, { trackViewUrl: 'http://music.apple.com/us/album/a/2?i=1' }),
      song(2, {
        artworkUrl100: 'http://tracker.example/pixel.gif',
        previewUrl: 'http://audio.example/2.m4a',
      }),
      song(3, { artworkUrl100: 'https://user:pw@is1-ssl.mzstatic.com/3.jpg' }),
    ];
    expect(parseItunesSearch(answer(results), []).map((t) => [t.id, t.image, t.preview])).toEqual([
      ['itunes:2', null, null],
      ['itunes:3', null, song(3).previewUrl],
    ]);
  });

  it('reads at most the requested number of results: a 5,000-result answer gives 25 tracks', () => {
    const results = Array.from({ length: 5000 }, (_, i) => song(i + 1));
    const tracks = parseItunesSearch(answer(results), [], [], 25);
    expect(tracks).toHaveLength(25);
    expect(tracks.at(-1)?.id).toBe('itunes:25');
  });

  it('bounds field lengths: long names are cut, over-long URLs left out', () => {
    const long = 'x'.repeat(5000);
    const [t] = parseItunesSearch(
      answer([song(1, { trackName: long, artistName: long, previewUrl: `https://a.example/${long}` })]),
      [],
    );
    expect(t?.name).toHaveLength(MAX_TEXT_LENGTH);
    expect(t?.artists[0]).toHaveLength(MAX_TEXT_LENGTH);
    expect(t?.preview).toBeNull();
    const overLong = song(2, { trackViewUrl: `https://music.apple.com/${long}` });
    expect(parseItunesSearch(answer([overLong, song(3)]), []).map((x) => x.id)).toEqual(['itunes:3']);
  });
});
