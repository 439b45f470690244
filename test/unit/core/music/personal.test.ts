import { describe, expect, it } from 'vitest';
import { DEFAULT_MAPPING } from '../../../../src/core/music/mapping';
import { artistQueries, parseTopArtists } from '../../../../src/core/music/personal';

const artists = [
  { name: 'Rockabilly Kid', genres: ['rockabilly'] },
  { name: 'Stub "The" Star', genres: ['dance pop'] },
  { name: 'Southern MC', genres: ['southern hip hop'] },
  { name: 'Club Duo', genres: ['dance', 'house'] },
  { name: 'Third', genres: ['pop'] },
];

describe('personalise: the user’s top artists in the searches', () => {
  it.each([
    ['happy (dance, pop)', DEFAULT_MAPPING.happy, ['artist:"Stub The Star"', 'artist:"Club Duo"']],
    ['angry (rock): "rockabilly" is not rock', DEFAULT_MAPPING.angry, []],
    ['a row without genres', DEFAULT_MAPPING.sad, []],
    ['hyphens match spaces', { mood: 'x', genres: ['hip-hop'], keywords: [] }, ['artist:"Southern MC"']],
  ])('%s', (_name, row, queries) => {
    expect(artistQueries(row, artists).map((q) => q.q)).toEqual(queries);
  });

  it('credits the matched genres, so thumbs on those tracks teach the row', () => {
    expect(artistQueries(DEFAULT_MAPPING.happy, artists)[0]?.terms).toEqual(['dance', 'pop']);
  });

  it('Spotify sent no genres at all: the first artists are searched with the row’s keywords', () => {
    const bare = [
      { name: 'Stub "The" Star', genres: [] },
      { name: 'Club Duo', genres: [] },
      { name: 'Third', genres: [] },
    ];
    expect(artistQueries(DEFAULT_MAPPING.angry, bare)).toEqual([
      { q: 'artist:"Stub The Star" energetic', terms: ['energetic'] },
      { q: 'artist:"Club Duo" "heavy beats"', terms: ['heavy beats'] },
    ]);
    // Without keywords there is nothing to pair them with: no personal searches.
    expect(artistQueries({ mood: 'x', genres: ['rock'], keywords: [] }, bare)).toEqual([]);
    // Some genres present: matching by genre as before (an unmatched artist is not searched).
    expect(artistQueries(DEFAULT_MAPPING.angry, [...bare, { name: 'Popper', genres: ['pop'] }])).toEqual([]);
  });

  it('reads /me/top/artists, skipping unusable entries and rejecting a malformed answer', () => {
    expect(parseTopArtists({ items: [{ name: 'A', genres: ['Dance Pop', 3] }, { name: '' }, null] })).toEqual(
      [{ name: 'A', genres: ['dance pop'] }],
    );
    expect(() => parseTopArtists({ artists: [] })).toThrow(/does not understand/);
  });
});
