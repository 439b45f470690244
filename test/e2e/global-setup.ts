import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { makeY4mFixtures, ROOT } from './fixtures';

export default function setup() {
  if (!existsSync(join(ROOT, 'dist', 'chrome', 'manifest.json'))) {
    throw new Error('dist/chrome is missing: run `npm run build` first (npm test does).');
  }
  makeY4mFixtures();
}
