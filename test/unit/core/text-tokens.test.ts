// The tokeniser that the lab and the extension share: its rules, and parity with the Python twin over
// the fixture that lab/emotune_lab/text_export.py wrote (edge cases and 400 dev sentences).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fnv1a, MAX_WORDS, TOKENIZER_VERSION, tokenIds, words } from '../../../src/core/text-tokens';

const fixture = JSON.parse(
  readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'parity', 'text-tokens.json'), 'utf8'),
) as { version: number; buckets: number; cases: { text: string; words: string[]; ids: number[] }[] };

describe('words', () => {
  it.each([
    ['I am so angry about this', ['i', 'am', 'so', 'angry', 'about', 'this']],
    ["don't DONT don’t", ['dont', 'dont', 'dont']],
    ['what?! ok...', ['what', '?', '!', 'ok']],
    ['café 😂😂', ['caf', 'é', '😂', '😂']],
    ['❤️ love', ['❤', 'love']], // the variation selector is dropped
    ['a\u00a0b\u200dc', ['a', 'b', 'c']],
    ['', []],
    ['  \t\n ', []],
  ])('%j -> %j', (text, want) => {
    expect(words(text)).toEqual(want);
  });

  it(`keeps at most ${MAX_WORDS} words`, () => {
    expect(words('word '.repeat(100))).toHaveLength(MAX_WORDS);
  });
});

describe('ids', () => {
  it('FNV-1a matches its published test vectors', () => {
    expect(fnv1a('')).toBe(0x811c9dc5);
    expect(fnv1a('a')).toBe(0xe40c292c);
    expect(fnv1a('foobar')).toBe(0xbf9cf968);
  });

  it('an empty line still has the end marker, so the model always has an id to read', () => {
    expect(tokenIds('', 1 << 16)).toHaveLength(1);
  });

  it('unigrams, bigrams and the end marker', () => {
    expect(tokenIds('so angry', 1 << 16)).toHaveLength(2 + 1 + 1);
  });
});

describe('parity with lab/emotune_lab/text_tokens.py', () => {
  it('the fixture was written by the same tokeniser version', () => {
    expect(fixture.version).toBe(TOKENIZER_VERSION);
    expect(fixture.cases.length).toBeGreaterThan(400);
  });

  it('same words and ids for every sentence', () => {
    const bad = fixture.cases.filter(
      (c) =>
        JSON.stringify(words(c.text)) !== JSON.stringify(c.words) ||
        JSON.stringify(tokenIds(c.text, fixture.buckets)) !== JSON.stringify(c.ids),
    );
    expect(bad.map((c) => c.text)).toEqual([]);
  });
});
