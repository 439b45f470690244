import { describe, expect, it } from 'vitest';
import { recordFeedback, seededRandom } from '../../../../src/core/music/bandit';
import { appleGenres, itunesQueries } from '../../../../src/core/music/itunes-queries';
import { DEFAULT_MAPPING } from '../../../../src/core/music/mapping';

describe('row -> Apple search terms', () => {
  it('a genre with a mood keyword per search, and the genre mapped to Apple’s genre names', () => {
    const q = itunesQueries(DEFAULT_MAPPING.happy, {}, 'happy', seededRandom(3));
    expect(q.map((x) => x.q).sort()).toEqual(['dance upbeat', 'pop upbeat']);
    const dance = q.find((x) => x.q === 'dance upbeat');
    expect(dance?.terms).toEqual(['dance', 'upbeat']);
    expect(dance?.genres).toContain('Dance');
  });

  it('no `genre:` filter or quotes: Apple’s term is plain words', () => {
    const q = itunesQueries(
      { mood: 'x', genres: ['hip-hop'], keywords: ['heavy beats'] },
      {},
      'angry',
      seededRandom(1),
    );
    expect(q).toEqual([
      { q: 'hip-hop heavy beats', terms: ['hip-hop', 'heavy beats'], genres: ['Hip-Hop/Rap', 'Hip-Hop'] },
    ]);
  });

  it('a row without genres searches its keywords, at most three', () => {
    const q = itunesQueries(DEFAULT_MAPPING.sad, {}, 'sad', seededRandom(3));
    expect(q).toHaveLength(3);
    for (const x of q) {
      expect(DEFAULT_MAPPING.sad.keywords).toContain(x.q);
      expect(x.terms).toEqual([x.q]);
      expect(x.genres).toBeUndefined();
    }
  });

  it('each genre gets its own keyword while there are enough', () => {
    const q = itunesQueries(
      { mood: 'x', genres: ['rock', 'metal'], keywords: ['loud', 'fast'] },
      {},
      'angry',
      seededRandom(5),
    );
    expect(new Set(q.map((x) => x.terms[1])).size).toBe(2);
  });

  it('liked terms come first more often (the same preferences as every provider)', () => {
    let prefs = {};
    for (let i = 0; i < 30; i++) prefs = recordFeedback(prefs, 'sad', ['soft'], true);
    for (let i = 0; i < 30; i++)
      prefs = recordFeedback(prefs, 'sad', ['calm', 'slow', 'instrumental'], false);
    const random = seededRandom(9);
    const firsts = Array.from(
      { length: 20 },
      () => itunesQueries(DEFAULT_MAPPING.sad, prefs, 'sad', random)[0]?.q,
    );
    expect(firsts.filter((q) => q === 'soft').length).toBeGreaterThanOrEqual(18);
  });

  it.each([
    ['rock', ['Rock', 'Hard Rock', 'Alternative', 'Metal']],
    ['Ambient', ['Ambient', 'New Age', 'Electronic']],
    ['sea shanty', ['sea shanty']],
  ])('Apple genres for %s', (genre, want) => expect(appleGenres(genre)).toEqual(want));
});
