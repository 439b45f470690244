// Writes the size and sha256 of every model file into its folder's manifest.json.
// `--check` changes nothing and exits 1 if a manifest is stale (the unit tests check the same).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const MODELS_DIR = join(import.meta.dirname, '..', 'models');

export function fileHashes(dir: string): Record<string, { bytes: number; sha256: string }> {
  const names = readdirSync(dir)
    .filter((n) => n !== 'manifest.json' && !n.endsWith('.md'))
    .sort();
  return Object.fromEntries(
    names.map((name) => {
      const data = readFileSync(join(dir, name));
      return [name, { bytes: data.length, sha256: createHash('sha256').update(data).digest('hex') }];
    }),
  );
}

function main() {
  const check = process.argv.includes('--check');
  let stale = 0;
  for (const id of readdirSync(MODELS_DIR, { withFileTypes: true }).filter((d) => d.isDirectory())) {
    const dir = join(MODELS_DIR, id.name);
    const path = join(dir, 'manifest.json');
    const manifest = JSON.parse(readFileSync(path, 'utf8'));
    const files = fileHashes(dir);
    if (JSON.stringify(manifest.files) === JSON.stringify(files)) continue;
    stale++;
    if (!check) writeFileSync(path, `${JSON.stringify({ ...manifest, files }, null, 2)}\n`);
    console.log(`${check ? 'stale' : 'updated'}: models/${id.name}/manifest.json`);
  }
  if (check && stale) process.exit(1);
}

if (process.argv[1] === import.meta.filename) main();
