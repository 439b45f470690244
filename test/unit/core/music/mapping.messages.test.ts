// Row and import validation speak in keys: the right key per problem, with the offending term or
// limit as data, and every message a key of the catalogue with exactly its placeholders.
import { describe, expect, it } from 'vitest';
import { MessageError } from '../../../../src/core/message';
import {
  DEFAULT_MAPPING,
  LIMITS,
  parseMapping,
  rowIssues,
  termIssue,
} from '../../../../src/core/music/mapping';
import { expectKnownMessage } from '../../../support/catalogue';

describe('term and row issues', () => {
  it.each([
    ['', 'term_empty'],
    ['x'.repeat(LIMITS.termLength + 1), 'term_tooLong'],
    ['pop!', 'term_badChar'],
    ['\u0301pop', 'term_loneMark'],
  ])('%j -> %s', (term, key) => {
    const m = termIssue(term);
    expect(m?.key).toBe(key);
    if (m) expectKnownMessage(m);
  });

  it('names the character that is not allowed, as data', () =>
    expect(termIssue('happy 😀')).toEqual({ key: 'term_badChar', subs: { char: '😀' } }));

  it.each([
    [{ mood: '', genres: ['pop'], keywords: [] }, 'mood', 'mapping_moodEmpty'],
    [{ mood: 'x'.repeat(31), genres: ['pop'], keywords: [] }, 'mood', 'mapping_moodTooLong'],
    [{ mood: 'x', genres: [], keywords: [] }, 'keywords', 'mapping_needTerm'],
    [
      { mood: 'x', genres: Array.from({ length: 9 }, (_, i) => `g${i}`), keywords: [] },
      'genres',
      'mapping_tooManyGenres',
    ],
    [{ mood: 'x', genres: [], keywords: ['a', 'A'] }, 'keywords', 'mapping_duplicateKeywords'],
    [{ mood: 'x', genres: ['pop', 'p{p'], keywords: [] }, 'genres', 'mapping_badTerm'],
  ] as const)('%o: %s says %s', (row, field, key) => {
    const issues = rowIssues({ ...row, genres: [...row.genres], keywords: [...row.keywords] });
    expect(issues[field]?.key).toBe(key);
    for (const m of Object.values(issues)) expectKnownMessage(m);
  });

  it('a good row has no issues', () => expect(rowIssues(DEFAULT_MAPPING.happy)).toEqual({}));
});

describe('import errors', () => {
  const refused = (text: string) => {
    try {
      parseMapping(text);
    } catch (e) {
      if (e instanceof MessageError) return e.messages;
      throw e;
    }
    throw new Error('accepted');
  };

  it.each([
    ['not json', 'import_notJson'],
    ['[]', 'import_notObject'],
    ['{"joy": {}}', 'import_unknown'],
    ['{}', 'import_missing'],
    [JSON.stringify({ ...DEFAULT_MAPPING, sad: { mood: 1 } }), 'import_badRow'],
  ])('%s -> %s', (text, key) => {
    const messages = refused(text);
    expect(messages.map((m) => m.key)).toEqual([key]);
    for (const m of messages) expectKnownMessage(m);
  });

  it('a bad row says which emotion, then each of its problems', () => {
    const messages = refused(
      JSON.stringify({ ...DEFAULT_MAPPING, sad: { mood: '', genres: [], keywords: [] } }),
    );
    expect(messages.map((m) => m.key)).toEqual(['import_rowIn', 'mapping_moodEmpty', 'mapping_needTerm']);
    expect(messages[0]?.subs).toEqual({ emotion: 'sad' });
  });
});
