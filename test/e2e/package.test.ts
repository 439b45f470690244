// The store packages: what is inside them, and that the Firefox zip rebuilds byte for byte from the
// sources zip (what AMO's reviewers do). The rebuild runs in a temporary folder with a symlink to this
// checkout's node_modules instead of `npm ci`: the lockfile is what pins them, and these machines have
// no network for a fresh install. Needs `npm run package` first (npm test runs it).
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  realpathSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import pkg from '../../package.json' with { type: 'json' };
import { ROOT } from '../../scripts/lib/browser/fixtures';
import { readZip } from '../../scripts/lib/zip';

const zipPath = (name: string) => {
  const path = join(ROOT, 'dist', name);
  if (!existsSync(path))
    throw new Error(`${name} is missing: run \`npm run package\` first (npm test does).`);
  return path;
};
const shipped = (name: string) => readZip(readFileSync(zipPath(name)));
const names = (name: string) => shipped(name).map((e) => e.name);

describe('store packages', () => {
  it.each(['chrome', 'firefox'])(
    '%s: manifest at the root with package.json version, no maps, no tests',
    (target) => {
      const zip = `emotune-${target}-${pkg.version}.zip`;
      const manifest = shipped(zip).find((e) => e.name === 'manifest.json');
      expect(JSON.parse(manifest?.data.toString('utf8') ?? '{}').version).toBe(pkg.version);
      expect(names(zip).filter((n) => /\.map$|\.test\.|(^|\/)test\//.test(n))).toEqual([]);
      expect(names(zip)).toContain('models/emotion-ensemble/manifest.json');
    },
  );

  it('sources: the lockfile, the sources and the README, no tests or lab', () => {
    const list = names(`emotune-${pkg.version}-sources.zip`);
    expect(list).toEqual(
      expect.arrayContaining(['package-lock.json', 'README.md', 'src/background/index.ts']),
    );
    expect(list.filter((n) => /^(test|lab|dist|node_modules)\/|\.test\./.test(n))).toEqual([]);
  });

  const work = mkdtempSync(join(tmpdir(), 'emotune-sources-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('the Firefox zip rebuilds from the sources zip with the same files and bytes', () => {
    for (const { name, data } of shipped(`emotune-${pkg.version}-sources.zip`)) {
      mkdirSync(dirname(join(work, name)), { recursive: true });
      writeFileSync(join(work, name), data);
    }
    symlinkSync(realpathSync(join(ROOT, 'node_modules')), join(work, 'node_modules'), 'dir');
    // The README's second command (the first, `npm ci`, is the symlink above).
    expect(readFileSync(join(work, 'README.md'), 'utf8')).toContain('npm run package:firefox');
    // As a reviewer's shell would run it: vitest's NODE_ENV=test changes what Vite bundles.
    const env = Object.fromEntries(
      Object.entries(process.env).filter(([k]) => k !== 'NODE_ENV' && !k.startsWith('VITE')),
    );
    execFileSync('npm', ['run', 'package:firefox'], { cwd: work, stdio: 'pipe', env });
    const rebuilt = readFileSync(join(work, 'dist', `emotune-firefox-${pkg.version}.zip`));
    const original = readFileSync(zipPath(`emotune-firefox-${pkg.version}.zip`));
    const files = (zip: Buffer) => readZip(zip).map((e) => [e.name, e.data.toString('base64')]);
    expect(files(rebuilt).map(([n]) => n)).toEqual(files(original).map(([n]) => n));
    expect(files(rebuilt)).toEqual(files(original));
    expect(rebuilt.equals(original)).toBe(true);
  }, 180_000);
});
