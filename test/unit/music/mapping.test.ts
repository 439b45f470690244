import { describe, expect, it } from 'vitest';
import { EMOTIONS } from '../../../src/core/emotions';
import {
  cleanRow,
  DEFAULT_MAPPING,
  isValidRow,
  type MusicRow,
  parseMapping,
  rowProblems,
  termProblem,
} from '../../../src/core/music/mapping';

describe('the default table is the seed paper’s', () => {
  it.each([
    ['happy', 'upbeat/pop', ['dance', 'pop']],
    ['sad', 'calm/slow', []],
    ['angry', 'energetic', ['rock']],
    ['fear', 'relaxing', ['ambient']],
    ['surprise', 'exciting', ['electronic', 'party']],
    ['neutral', 'balanced', []],
    ['disgust', 'soothing', []],
  ] as const)('%s: %s %o', (emotion, mood, genres) => {
    expect(DEFAULT_MAPPING[emotion].mood).toBe(mood);
    expect(DEFAULT_MAPPING[emotion].genres).toEqual(genres);
    expect(isValidRow(DEFAULT_MAPPING[emotion])).toBe(true);
  });
});

describe('term validation', () => {
  it.each([
    ['pop', null],
    ['hip hop', null],
    ["rock 'n' roll", null],
    ['drum & bass', null],
    ['música latina', null],
    ['', 'cannot be empty'],
    ['   ', 'cannot be empty'],
    ['a'.repeat(41), 'must be at most 40 characters'],
    ['genre:pop', "may only use letters, digits, spaces, & - and '"],
    ['"jazz"', "may only use letters, digits, spaces, & - and '"],
    ['rock OR metal?', "may only use letters, digits, spaces, & - and '"],
  ])('%j -> %s', (term, problem) => expect(termProblem(term)).toBe(problem));
});

describe('row validation', () => {
  const row = { mood: 'upbeat', genres: ['pop'], keywords: ['happy'] };
  it.each([
    [{ ...row, mood: ' ' }, 'mood', /cannot be empty/],
    [{ ...row, genres: [], keywords: [] }, 'keywords', /at least one genre or keyword/],
    [{ ...row, genres: ['pop', 'Pop'] }, 'genres', /must be different/],
    [{ ...row, keywords: Array.from({ length: 9 }, (_, i) => `k${i}`) }, 'keywords', /At most 8/],
    [{ ...row, genres: ['pop', 'genre:x'] }, 'genres', /"genre:x" may only use/],
  ] as [MusicRow, 'mood' | 'genres' | 'keywords', RegExp][])('%o has a %s problem', (bad, field, why) => {
    expect(rowProblems(bad)[field]).toMatch(why);
    expect(() => cleanRow(bad)).toThrow(why);
  });
  it('trims what it keeps', () => {
    expect(cleanRow({ mood: ' chill ', genres: [' ambient '], keywords: [] })).toEqual({
      mood: 'chill',
      genres: ['ambient'],
      keywords: [],
    });
  });
});

describe('import', () => {
  const good = JSON.stringify(DEFAULT_MAPPING);
  it('accepts an exported table', () => expect(parseMapping(good)).toEqual(DEFAULT_MAPPING));
  it.each([
    ['not json', /not valid JSON/],
    ['[]', /Expected an object/],
    [JSON.stringify({ ...DEFAULT_MAPPING, bored: DEFAULT_MAPPING.happy }), /Unknown emotion "bored"/],
    [JSON.stringify({ ...DEFAULT_MAPPING, sad: undefined }), /Missing the row for sad/],
    [JSON.stringify({ ...DEFAULT_MAPPING, fear: { mood: 1, genres: [], keywords: [] } }), /fear row needs/],
    [
      JSON.stringify({ ...DEFAULT_MAPPING, angry: { mood: 'x', genres: ['a;b'], keywords: [] } }),
      /^angry: "a;b"/,
    ],
  ])('rejects %s whole', (text, why) => {
    expect(() => parseMapping(text)).toThrow(why);
  });
  it('covers every emotion', () =>
    expect(Object.keys(parseMapping(good)).sort()).toEqual([...EMOTIONS].sort()));
});
