import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { makeY4mFixtures, ROOT } from '../../scripts/lib/browser/fixtures';

export default function setup() {
  for (const dist of ['chrome', 'chrome-test']) {
    if (!existsSync(join(ROOT, 'dist', dist, 'manifest.json'))) {
      throw new Error(`dist/${dist} is missing: run \`npm run build\` first (npm test does).`);
    }
  }
  makeY4mFixtures();
}
