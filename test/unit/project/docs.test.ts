// The README stays a front door (the manual is docs/using.md), and the docs' relative links lead to
// files that exist.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const DOCS = [
  'README.md',
  'PRIVACY.md',
  'CHANGELOG.md',
  'docs/using.md',
  ...readdirSync(join(ROOT, 'docs/store')).map((f) => `docs/store/${f}`),
];

describe('docs', () => {
  it('the README is at most about 80 lines', () => {
    expect(readFileSync(join(ROOT, 'README.md'), 'utf8').trimEnd().split('\n').length).toBeLessThanOrEqual(
      80,
    );
  });

  it.each(DOCS)('%s: every relative link resolves', (doc) => {
    const text = readFileSync(join(ROOT, doc), 'utf8');
    const targets = [...text.matchAll(/\]\(([^)#\s]+)(#[^)]*)?\)/g)]
      .map((m) => m[1] ?? '')
      .filter((t) => !/^[a-z]+:/.test(t));
    const missing = targets.filter((t) => !existsSync(join(ROOT, dirname(doc), t)));
    expect(missing).toEqual([]);
  });
});
