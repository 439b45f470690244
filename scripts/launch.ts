// `npm start`: opens Chromium with the freshly built extension loaded and its permission page open,
// in a profile kept under .tmp/profile so the camera grant survives restarts.
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { PAGES } from '../src/shared/pages';

const ROOT = join(import.meta.dirname, '..');
const DIST = join(ROOT, 'dist', 'chrome');
const CANDIDATES = [
  process.env.CHROMIUM_PATH,
  '/usr/lib/chromium/chromium',
  '/usr/bin/google-chrome',
  '/usr/bin/chromium',
];

const executablePath = CANDIDATES.find((p): p is string => !!p && existsSync(p));
if (!executablePath) {
  console.error('No Chromium found. Install it (Debian: apt-get install chromium) or set CHROMIUM_PATH.');
  process.exit(1);
}
if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.error('No display to show a browser window on. Run it under one, e.g.: xvfb-run npm start');
  process.exit(1);
}
const profile = join(ROOT, '.tmp', 'profile');
mkdirSync(profile, { recursive: true });
const fakeCamera = process.argv.includes('--fake-camera')
  ? ['--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream']
  : [];

const context = await chromium.launchPersistentContext(profile, {
  executablePath,
  headless: false,
  viewport: null,
  args: [`--disable-extensions-except=${DIST}`, `--load-extension=${DIST}`, ...fakeCamera],
});
const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
const id = new URL(worker.url()).host;
const page = context.pages()[0] ?? (await context.newPage());
await page.goto(`chrome-extension://${id}/${PAGES.permission}`);
console.log(`Emotune loaded (id ${id}). Allow the camera in the open tab, then click the toolbar icon.`);
console.log('Close the browser window to stop.');
await new Promise((resolve) => context.on('close', resolve));
