import { describe, expect, it } from 'vitest';
import { EMOTIONS } from '../../../../src/core/emotions';
import { messagesOf } from '../../../../src/core/message';
import {
  cleanRow,
  DEFAULT_MAPPING,
  isValidRow,
  type MusicRow,
  parseMapping,
  rowIssues,
  termIssue,
} from '../../../../src/core/music/mapping';
import { englishOf, englishText } from '../../../../src/shared/english';

// The messages read in the English catalogue's words, as a browser in English shows them.
const termProblem = (term: string) => {
  const m = termIssue(term);
  return m && englishText(m);
};
const rowProblems = (row: MusicRow) =>
  Object.fromEntries(Object.entries(rowIssues(row)).map(([f, m]) => [f, englishText(m)]));
/** What a throw says, in English. */
const thrown = (f: () => unknown): string => {
  try {
    f();
  } catch (error) {
    return englishOf(messagesOf(error) ?? []);
  }
  throw new Error('did not throw');
};

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
    ['genre:pop', `may only use letters, digits, spaces, & - and ' (not ":")`],
    ['"jazz"', `may only use letters, digits, spaces, & - and ' (not """)`],
    ['rock OR metal?', `may only use letters, digits, spaces, & - and ' (not "?")`],
  ])('%j -> %s', (term, problem) => expect(termProblem(term)).toBe(problem));
});

describe('terms in every script: letters with their combining marks, NFC', () => {
  it.each([
    ['Devanagari', 'शास्त्रीय संगीत'],
    ['Hindi with a nukta', 'क़व्वाली'],
    ['Thai', 'เพลงไทยเดิม'],
    ['Bengali', 'রবীন্দ্রসংগীত'],
    ['Tamil', 'கர்நாடக இசை'],
    ['Arabic with harakat', 'مُوسِيقَى'],
    ['Hebrew with niqqud', 'שִׁירִים'],
    ['Chinese', '古典音乐'],
    ['Japanese', 'ジャズ'],
    ['Korean', '발라드'],
    ['a decomposed accent', 'mu\u0301sica'],
  ])('%s: %s is accepted', (_, term) => expect(termProblem(term)).toBeNull());

  it.each([
    ['🎵', '🎵'],
    ['chill 😌', '😌'],
    ['rock 🤘🏽', '🤘'],
  ])('emoji are refused, and the reason names the character: %s', (term, odd) =>
    expect(termProblem(term)).toBe(`may only use letters, digits, spaces, & - and ' (not "${odd}")`),
  );

  it('a combining mark with no letter before it is refused', () =>
    expect(termProblem('\u0301pop')).toMatch(/a mark must follow a letter/));

  it('a decomposed accent is stored NFC, and counts as the same term as the composed one', () => {
    const row = cleanRow({ mood: 'calme\u0301', genres: [], keywords: ['mu\u0301sica'] });
    expect(row).toEqual({ mood: 'calmé', genres: [], keywords: ['música'] });
    expect(row.keywords[0]).toHaveLength(6);
    expect(rowProblems({ mood: 'x', genres: [], keywords: ['música', 'mu\u0301sica'] }).keywords).toMatch(
      /must be different/,
    );
  });
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
    expect(thrown(() => cleanRow(bad))).toMatch(why);
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
    expect(thrown(() => parseMapping(text))).toMatch(why);
  });
  it('covers every emotion', () =>
    expect(Object.keys(parseMapping(good)).sort()).toEqual([...EMOTIONS].sort()));
});
