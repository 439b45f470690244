// Tests mirror the source (CONTRIBUTING.md, "Tests"): a unit test of src/<path>.ts lives at
// test/unit/<path>.test.ts, one of scripts/<path>.ts at test/unit/scripts/<path>.test.ts, and a long one
// may be cut by aspect (<path>.<aspect>.test.ts). Tests about the project as a whole live in
// test/unit/project/; helpers live in test/support/.
import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const UNIT = join(ROOT, 'test', 'unit');

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? files(join(dir, d.name)) : [join(dir, d.name)],
  );
}

const tests = files(UNIT).map((f) => relative(UNIT, f));
const moduleTests = tests.filter((t) => !t.startsWith('project/'));

/** The source file a module test names, relative to the root; null when its name fits no rule. */
function sourceOf(test: string): string | null {
  const path = /^(.+?)(?:\.[a-z][a-z0-9-]*)?\.test\.ts$/.exec(test)?.[1];
  if (!path) return null;
  const candidates = path.startsWith('scripts/') ? [`${path}.ts`] : [`src/${path}.ts`, `src/${path}.tsx`];
  return candidates.find((c) => existsSync(join(ROOT, c))) ?? null;
}

describe('test layout', () => {
  it('found the tests', () => expect(moduleTests.length).toBeGreaterThan(50));

  it('test/unit holds only test files (helpers live in test/support/)', () => {
    expect(tests.filter((t) => !t.endsWith('.test.ts'))).toEqual([]);
  });

  it('every test outside project/ names an existing source file', () => {
    const orphans = moduleTests.filter((t) => sourceOf(t) === null);
    expect(orphans, 'move each to test/unit/<path of its source>.test.ts, or to project/').toEqual([]);
  });

  it('lists the source modules that have no unit test (information, not a failure)', () => {
    const tested = new Set(moduleTests.map(sourceOf));
    const sources = files(join(ROOT, 'src'))
      .map((f) => relative(ROOT, f))
      .filter((f) => /\.tsx?$/.test(f) && !f.endsWith('.d.ts'));
    const untested = sources.filter((s) => !tested.has(s));
    const byFolder = new Map<string, string[]>();
    for (const s of untested) {
      const dir = s.slice(0, s.lastIndexOf('/'));
      byFolder.set(dir, [...(byFolder.get(dir) ?? []), s.slice(dir.length + 1)]);
    }
    const lines = [...byFolder].map(([dir, names]) => `  ${dir}/: ${names.join(' ')}`);
    console.info(
      `${untested.length} of ${sources.length} source modules have no unit test of their own:\n${lines.join('\n')}`,
    );
    expect(untested.length).toBeLessThan(sources.length);
  });
});
