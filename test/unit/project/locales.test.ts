// The catalogues agree with each other and with the code: every key in every locale, the same
// placeholders everywhere, every key the source uses defined, and none defined but unused.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import manifest from '../../../manifest.json' with { type: 'json' };
import { EMOTIONS } from '../../../src/core/emotions';
import { catalogue, EN, LOCALES, namesIn, ROOT } from '../../support/catalogue';

const OTHERS = LOCALES.filter((l) => l !== 'en');
const SRC = join(ROOT, 'src');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? sources(join(dir, d.name)) : /\.tsx?$/.test(d.name) ? [join(dir, d.name)] : [],
  );
}

// A key is used where the source spells it as a whole string ('popup_camera'), or builds it from a
// prefix and an emotion (`emotion_${e}`); the manifest uses keys as __MSG_key__.
const PREFIXES = new Set(Object.keys(EN).map((k) => k.split('_')[0]));
const used = new Set<string>();
for (const file of sources(SRC)) {
  const text = readFileSync(file, 'utf8');
  for (const [, literal = ''] of text.matchAll(/['"]([A-Za-z]+_[A-Za-z0-9_]+)['"]/g))
    if (PREFIXES.has(literal.split('_')[0])) used.add(literal);
  for (const [, prefix = ''] of text.matchAll(/`([A-Za-z]+_)\$\{[^}]+\}`/g))
    for (const e of EMOTIONS) used.add(`${prefix}${e}`);
}
for (const [, key = ''] of JSON.stringify(manifest).matchAll(/__MSG_(\w+)__/g)) used.add(key);

describe('locale catalogues', () => {
  it('English and at least one more full locale ship', () => {
    expect(LOCALES).toContain('en');
    expect(OTHERS.length).toBeGreaterThan(0);
    expect(manifest.default_locale).toBe('en');
  });

  it.each(OTHERS)('%s has every English key, and no other', (locale) => {
    expect(Object.keys(catalogue(locale)).sort()).toEqual(Object.keys(EN).sort());
  });

  it.each(LOCALES)('%s: every message is text, none empty', (locale) => {
    for (const [key, entry] of Object.entries(catalogue(locale)))
      expect(typeof entry.message === 'string' && entry.message.trim() !== '', key).toBe(true);
  });

  it('keys are names the browsers accept, distinct ignoring case', () => {
    const keys = Object.keys(EN);
    for (const key of keys) expect(key).toMatch(/^[A-Za-z0-9_]+$/);
    expect(new Set(keys.map((k) => k.toLowerCase())).size).toBe(keys.length);
  });

  it.each(LOCALES)('%s: each message uses exactly its placeholders, numbered $1.. in order', (locale) => {
    for (const [key, entry] of Object.entries(catalogue(locale))) {
      const declared = Object.keys(entry.placeholders ?? {});
      expect(namesIn(entry.message).sort(), `${locale}/${key}`).toEqual([...declared].sort());
      expect(
        Object.values(entry.placeholders ?? {}).map((p) => p.content),
        `${locale}/${key}`,
      ).toEqual(declared.map((_, i) => `$${i + 1}`));
      // A bare $1 in a message would bypass the names; a lone $ would be eaten by the browser.
      expect(entry.message.replace(/\$[A-Za-z0-9_]+\$/g, ''), `${locale}/${key}`).not.toMatch(/\$/);
    }
  });

  it.each(OTHERS)(
    '%s: each message has the same placeholders as English, with the same content',
    (locale) => {
      const other = catalogue(locale);
      for (const [key, entry] of Object.entries(EN))
        expect(other[key]?.placeholders, `${locale}/${key}`).toEqual(entry.placeholders);
    },
  );

  it.each(OTHERS)('%s is translated, not copied: most messages differ from English', (locale) => {
    const other = catalogue(locale);
    const same = Object.keys(EN).filter((k) => other[k]?.message === EN[k]?.message);
    expect(same.length / Object.keys(EN).length).toBeLessThan(0.2);
  });

  it.each(LOCALES)('%s: the name and description fit the stores (75 and 132 characters)', (locale) => {
    const c = catalogue(locale);
    expect(c.ext_name?.message.length).toBeLessThanOrEqual(75);
    expect(c.ext_description?.message.length).toBeLessThanOrEqual(132);
  });

  it('every key the source and the manifest use is defined', () => {
    expect([...used].filter((k) => !(k in EN))).toEqual([]);
  });

  it('every defined key is used', () => {
    expect(Object.keys(EN).filter((k) => !used.has(k))).toEqual([]);
  });
});
