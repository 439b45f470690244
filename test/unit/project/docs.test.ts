// The README stays a front door (the manual is docs/using.md), the docs' relative links lead to files
// that exist, and the developer docs name only paths and messages that exist (and every message).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const DOCS = [
  'README.md',
  'PRIVACY.md',
  'CHANGELOG.md',
  'docs/using.md',
  'docs/architecture.md',
  'CONTRIBUTING.md',
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

  // A path in backticks: no spaces, no placeholder (<name>, *, ...), not a URL, with a slash or a file
  // extension; not a package (@scope/name). Built output (dist/) is not there before a build.
  const pathsIn = (text: string) =>
    [...text.matchAll(/`([^`\s]+)`/g)]
      .map((m) => m[1] ?? '')
      .filter((t) => !/[<>*:{}()]|\.\.\./.test(t) && !/^(dist\/|@)/.test(t))
      .filter((t) => t.includes('/') || /\.(ts|tsx|md|json|py)$/.test(t));
  const PROTOCOL = readFileSync(join(ROOT, 'src/shared/protocol.ts'), 'utf8');
  const MESSAGES = [...PROTOCOL.matchAll(/^\s*'([a-z-]+)': \[/gm)].map((m) => m[1] ?? '');
  const messagesIn = (text: string) =>
    [...text.matchAll(/`((?:ui|media|bg)-(?:bg|media)-[a-z-]+)`/g)].map((m) => m[1] ?? '');

  it.each(['docs/architecture.md', 'CONTRIBUTING.md'])('%s: every path in backticks exists', (doc) => {
    const paths = pathsIn(readFileSync(join(ROOT, doc), 'utf8'));
    expect(paths.length).toBeGreaterThan(10);
    expect(paths.filter((p) => !existsSync(join(ROOT, p)))).toEqual([]);
  });

  it.each(['docs/architecture.md', 'CONTRIBUTING.md'])('%s: every message it names exists', (doc) => {
    expect(messagesIn(readFileSync(join(ROOT, doc), 'utf8')).filter((m) => !MESSAGES.includes(m))).toEqual(
      [],
    );
  });

  it('docs/architecture.md names every message of the protocol', () => {
    expect(MESSAGES.length).toBeGreaterThan(10);
    const named = new Set(messagesIn(readFileSync(join(ROOT, 'docs/architecture.md'), 'utf8')));
    expect(MESSAGES.filter((m) => !named.has(m))).toEqual([]);
  });
});
