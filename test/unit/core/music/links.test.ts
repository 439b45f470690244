import { describe, expect, it } from 'vitest';
import { searchLinks, searchPhrases } from '../../../../src/core/music/links';
import { DEFAULT_MAPPING } from '../../../../src/core/music/mapping';

describe('embedded default links', () => {
  it.each([
    ['happy', ['dance upbeat', 'pop upbeat']],
    ['sad', ['calm', 'slow', 'soft']],
    ['angry', ['rock energetic']],
    ['disgust', ['soothing', 'light instrumental']],
  ] as const)('%s row -> %o', (emotion, phrases) => {
    expect(searchPhrases(DEFAULT_MAPPING[emotion])).toEqual(phrases);
  });

  it('each phrase opens on Spotify and YouTube Music, URL-encoded', () => {
    const links = searchLinks({ mood: 'x', genres: ['r&b'], keywords: ["rock 'n' roll"] });
    expect(links.map((l) => l.url)).toEqual([
      `https://open.spotify.com/search/r%26b%20rock%20'n'%20roll`,
      `https://music.youtube.com/search?q=r%26b%20rock%20'n'%20roll`,
    ]);
  });
});
