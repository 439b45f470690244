// `npm run package`: the zips the stores take, from the builds already in dist/.
//   dist/emotune-chrome-<version>.zip    for the Chrome Web Store (dist/chrome)
//   dist/emotune-firefox-<version>.zip   for addons.mozilla.org (dist/firefox)
//   dist/emotune-<version>-sources.zip   what AMO needs to rebuild the Firefox zip from bundled code
// `tsx scripts/package.ts firefox` writes one of them (the sources README rebuilds with that).
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import pkg from '../package.json' with { type: 'json' };
import { writeZip, type ZipEntry } from './lib/zip';

const root = join(import.meta.dirname, '..');
const dist = join(root, 'dist');

// Everything the Firefox build reads, and nothing else (no tests, no lab, no docs): the reviewer's
// `npm ci` installs from the lockfile, `npm run package:firefox` builds and zips.
const SOURCES = [
  'package.json',
  'package-lock.json',
  'manifest.json',
  '_locales',
  'manifest-variants.ts',
  'vite.config.ts',
  'tsconfig.json',
  'src',
  'public',
  'models',
  'scripts/package.ts',
  'scripts/lib/zip.ts',
  'CHANGELOG.md',
  'PRIVACY.md',
];
const SOURCES_README = 'scripts/sources-readme.md';

// Never shipped: source maps (the bundles are minified, not obfuscated; maps would double the size)
// and anything test-shaped.
const NOT_SHIPPED = /(\.map$|\.test\.|(^|\/)test\/)/;

function filesUnder(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path).flatMap((name) => filesUnder(join(path, name)));
}

function entriesUnder(dir: string, paths = ['.']): ZipEntry[] {
  return paths
    .flatMap((p) => filesUnder(join(dir, p)))
    .map((file) => ({ name: relative(dir, file).split(sep).join('/'), data: readFileSync(file) }));
}

export const zipName = {
  chrome: `emotune-chrome-${pkg.version}.zip`,
  firefox: `emotune-firefox-${pkg.version}.zip`,
  sources: `emotune-${pkg.version}-sources.zip`,
} as const;
type Kind = keyof typeof zipName;

function browserEntries(target: 'chrome' | 'firefox'): ZipEntry[] {
  const dir = join(dist, target);
  const manifestPath = join(dir, 'manifest.json');
  if (!existsSync(manifestPath)) throw new Error(`dist/${target} is missing: run npm run build:${target}`);
  const built = JSON.parse(readFileSync(manifestPath, 'utf8')) as { version: string };
  if (built.version !== pkg.version) {
    throw new Error(`dist/${target} is version ${built.version}, package.json ${pkg.version}: rebuild`);
  }
  return entriesUnder(dir).filter((e) => !NOT_SHIPPED.test(e.name));
}

function sourceEntries(): ZipEntry[] {
  const entries = entriesUnder(root, SOURCES).filter((e) => !e.name.endsWith('.test.ts'));
  return [...entries, { name: 'README.md', data: readFileSync(join(root, SOURCES_README)) }];
}

const make: Record<Kind, () => ZipEntry[]> = {
  chrome: () => browserEntries('chrome'),
  firefox: () => browserEntries('firefox'),
  sources: sourceEntries,
};

const asked = process.argv.slice(2);
const kinds = (asked.length > 0 ? asked : Object.keys(zipName)) as Kind[];
for (const kind of kinds) {
  if (!(kind in make)) throw new Error(`unknown package ${kind}: chrome, firefox or sources`);
  const zip = writeZip(make[kind]());
  writeFileSync(join(dist, zipName[kind]), zip);
  console.log(`dist/${zipName[kind]}  ${(zip.length / 1024).toFixed(0)} KiB`);
}
