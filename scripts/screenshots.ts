// npm run screenshots [-- --out DIR] [-- --only popup-mood-light,promo-tile]: the store images, rendered
// from the built test extension (npm runs build:chrome-test first) into docs/screenshots/.
import { statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { ROOT } from './lib/browser/fixtures';
import { STORE_IMAGES, takeStoreImages } from './lib/store-images/take';

const { values } = parseArgs({
  options: {
    out: { type: 'string', default: join(ROOT, 'docs', 'screenshots') },
    only: { type: 'string' },
  },
});
const only = values.only?.split(',').map((s) => s.trim());
const started = Date.now();
const images = await takeStoreImages({ out: values.out, ...(only ? { only } : {}) });
for (const image of images)
  console.log(`${relative(process.cwd(), image.file)}  ${Math.round(statSync(image.file).size / 1024)} KB`);
console.log(
  `${images.length} of ${STORE_IMAGES.length} images in ${((Date.now() - started) / 1000).toFixed(1)} s`,
);
