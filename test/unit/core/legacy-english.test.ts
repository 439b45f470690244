// The English that core still writes for the background and older tests is the catalogue's English.
import { describe, expect, it } from 'vitest';
import { englishOf, LEGACY_EN } from '../../../src/core/legacy-english';
import { message } from '../../../src/core/message';
import { EN } from '../../support/catalogue';

describe('legacy English', () => {
  it.each(Object.keys(LEGACY_EN))('%s is the English catalogue’s text', (key) => {
    expect(LEGACY_EN[key]).toBe(EN[key]?.message);
  });

  it('fills placeholders by name, nested messages first', () => {
    const m = message('mapping_badTerm', { term: 'x!', problem: message('term_badChar', { char: '!' }) });
    expect(englishOf(m)).toBe(`"x!" may only use letters, digits, spaces, & - and ' (not "!").`);
  });
});
