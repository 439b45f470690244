// Stored suggestions come from older versions or damaged profiles too: what the popup renders from them
// must never break it. Malformed tracks are left out with a note; one damaged mood leaves the others.
import { describe, expect, it } from 'vitest';
import { trackCacheDef } from '../../../src/background/music/suggester-items';
import type { Message } from '../../../src/core/message';
import { DEFAULT_MAPPING } from '../../../src/core/music/mapping';
import { linkSuggestions, UNREADABLE_TRACKS_NOTE } from '../../../src/core/music/suggestions';
import type { Track } from '../../../src/core/music/tracks';
import { englishOf, englishText } from '../../../src/shared/english';
import { decodeItem } from '../../../src/shared/storage-item';
import { suggestionsDef } from '../../../src/shared/suggester-items';

// Messages read in the English catalogue's words, as a browser in English shows them.
const english = (m: Message | readonly Message[] | null | undefined) =>
  m == null ? m : Array.isArray(m) ? englishOf(m) : englishText(m as Message);

const good: Track = {
  id: 'a1',
  name: 'Song',
  artists: ['Artist'],
  uri: 'spotify:track:a1',
  url: 'https://open.spotify.com/track/a1',
  image: 'https://i.scdn.co/image/a1',
  preview: null,
  terms: ['pop'],
};
const base = linkSuggestions(
  { emotion: 'happy', source: 'happy', strategy: 'match', row: DEFAULT_MAPPING.happy },
  null,
  1,
);
const set = (tracks: unknown[]) => ({
  ...base,
  origin: 'tracks',
  provider: 'spotify',
  tracks,
  ratings: { a1: true },
});

describe('stored suggestions', () => {
  it.each([
    ['artists not a list', { ...good, id: 'b', artists: 'Artist' }],
    ['no name', { ...good, id: 'c', name: undefined }],
    ['a web link that is not Spotify', { ...good, id: 'd', url: 'javascript:alert(1)' }],
    ['an app link in another scheme', { ...good, id: 'e', uri: 'https://evil.example/' }],
    ['a cover from elsewhere', { ...good, id: 'f', image: 'https://tracker.example/p.gif' }],
    ['not an object', null],
  ])('%s: that track is left out with a note; the rest shows', (_, bad) => {
    const read = decodeItem(suggestionsDef, { v: 1, value: set([good, bad]) });
    expect(read.problem).toBeNull();
    expect(read.value?.tracks).toEqual([good]);
    expect(english(read.value?.note)).toBe(englishText(UNREADABLE_TRACKS_NOTE));
    expect(read.value?.ratings.a1).toBe(true);
  });

  it('a sound set reads as it is', () => {
    const read = decodeItem(suggestionsDef, { v: 1, value: set([good]) });
    expect(read.value).toEqual(set([good]));
  });

  it("Apple's tracks keep their own links (web pages and previews, no app link); unsafe ones are left out", () => {
    const apple: Track = {
      id: 'itunes:1',
      name: 'Apple song',
      artists: ['Artist'],
      uri: null,
      url: 'https://music.apple.com/us/album/x/1?i=1',
      image: 'https://is1-ssl.mzstatic.com/image/thumb/x/100x100bb.jpg',
      preview: 'https://audio-ssl.itunes.apple.com/p.m4a',
      terms: ['pop'],
    };
    const bad = { ...apple, id: 'itunes:2', preview: 'javascript:alert(1)' };
    const appleSet = { ...set([apple, bad]), provider: 'itunes' };
    const read = decodeItem(suggestionsDef, { v: 2, value: appleSet });
    expect(read.value?.tracks).toEqual([apple]);
    expect(english(read.value?.note)).toBe(englishText(UNREADABLE_TRACKS_NOTE));
  });

  it('a damaged row of one mood in the cache drops that mood only', () => {
    const cache = { happy: set([good]), sad: { ...set([good]), emotion: 'sad', source: 'sad', row: 'x' } };
    const read = decodeItem(trackCacheDef, { v: 1, value: cache });
    expect(read.problem).toBeNull();
    expect(Object.keys(read.value)).toEqual(['happy']);
  });
});
