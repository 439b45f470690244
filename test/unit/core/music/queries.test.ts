import { describe, expect, it } from 'vitest';
import { recordFeedback, seededRandom } from '../../../../src/core/music/bandit';
import { DEFAULT_MAPPING } from '../../../../src/core/music/mapping';
import { buildQueries, rowFor } from '../../../../src/core/music/queries';

describe('query building', () => {
  it('one genre-filtered query per genre, with a mood keyword', () => {
    const q = buildQueries(DEFAULT_MAPPING.happy, {}, 'happy', seededRandom(3));
    expect(q.map((x) => x.q).sort()).toEqual(['genre:dance upbeat', 'genre:pop upbeat']);
    expect(q[0]?.terms).toHaveLength(2);
  });

  it('keyword queries when the row has no genre; multi-word terms are quoted', () => {
    const q = buildQueries(DEFAULT_MAPPING.disgust, {}, 'disgust', seededRandom(3));
    expect(q.map((x) => x.q).sort()).toEqual(['"light instrumental"', 'soothing']);
  });

  it('an edited row changes the queries', () => {
    const q = buildQueries(
      { mood: 'x', genres: ['k-pop'], keywords: ['sunny day'] },
      {},
      'happy',
      seededRandom(1),
    );
    expect(q).toEqual([{ q: 'genre:k-pop "sunny day"', terms: ['k-pop', 'sunny day'] }]);
  });

  it('learned preferences order the queries', () => {
    let prefs = {};
    for (let i = 0; i < 20; i++) prefs = recordFeedback(prefs, 'surprise', ['party'], true);
    for (let i = 0; i < 20; i++) prefs = recordFeedback(prefs, 'surprise', ['electronic'], false);
    const q = buildQueries(DEFAULT_MAPPING.surprise, prefs, 'surprise', seededRandom(5), 1);
    expect(q[0]?.q).toBe('genre:party exciting');
  });

  it.each([
    ['sad', 'match', 'sad'],
    ['sad', 'lift', 'happy'],
    ['angry', 'lift', 'fear'],
    ['happy', 'lift', 'happy'],
  ] as const)('%s with %s plays the %s row', (emotion, strategy, source) => {
    expect(rowFor(emotion, DEFAULT_MAPPING, strategy).source).toBe(source);
  });
});
