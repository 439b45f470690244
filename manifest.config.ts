// The one manifest source. Chrome and Firefox variants differ only where the platforms do:
// Chrome runs the camera in an offscreen document from a service worker; Firefox has no offscreen API,
// so its background is an event page and the camera runs in a visible extension page.
import { defineManifest } from '@crxjs/vite-plugin';
import pkg from './package.json' with { type: 'json' };
import { ITUNES_HOST_PATTERN } from './src/shared/hosts';
import { PAGES } from './src/shared/pages';

export type Target = 'chrome' | 'firefox';

export const GECKO_ID = 'emotune@emotune.app';

/** Spotify's hosts: fetches from the background then see every header (Retry-After included). */
const SPOTIFY_HOSTS = ['https://accounts.spotify.com/*', 'https://api.spotify.com/*'];

/**
 * 'self' plus the origins of the host permissions, optional ones included ("https://api.spotify.com/*"
 * -> its origin): an optional host the user granted must not then be refused by the policy.
 */
export function connectSources(hostPermissions: readonly string[]): string {
  const origins = hostPermissions.map((p) => p.replace(/\/\*$/, '').replace('127.0.0.1', '127.0.0.1:*'));
  return ["'self'", ...origins].join(' ');
}

/**
 * `testBuild` (dist/chrome-test only) may also reach the e2e tests' loopback Spotify stub; no build a
 * user installs has it.
 */
export function manifestFor(target: Target, testBuild = false) {
  // identity: Spotify sign-in; notifications: the optional auto-suggest notice; alarms: the camera
  // watchdog, which must wake a sleeping service worker.
  const permissions = ['storage', 'identity', 'notifications', 'alarms'];
  const host_permissions = testBuild ? [...SPOTIFY_HOSTS, 'http://127.0.0.1/*'] : SPOTIFY_HOSTS;
  const optional_host_permissions = [ITUNES_HOST_PATTERN];
  const common = {
    manifest_version: 3 as const,
    name: 'Emotune',
    description: 'Suggests music for the mood on your face. The camera images never leave your device.',
    version: pkg.version,
    icons: { 16: 'icons/icon-16.png', 48: 'icons/icon-48.png', 128: 'icons/icon-128.png' },
    action: { default_popup: PAGES.popup, default_title: 'Emotune' },
    options_ui: { page: PAGES.options, open_in_tab: true },
    // wasm-unsafe-eval: tfjs's wasm backend compiles WebAssembly; nothing else is relaxed. connect-src:
    // pages and the worker may fetch only the extension's own files (models, wasm) and the music
    // services it has host permissions for, so no code path can send anything elsewhere.
    content_security_policy: {
      extension_pages: `script-src 'self' 'wasm-unsafe-eval'; object-src 'self'; connect-src ${connectSources([...host_permissions, ...optional_host_permissions])}`,
    },
    web_accessible_resources: [],
    host_permissions,
    // Apple's keyless catalogue: asked for in the popup, only when the user wants its tracks (test builds
    // reach the loopback iTunes stub through the 127.0.0.1 host above).
    optional_host_permissions,
  };
  if (target === 'chrome') {
    return defineManifest({
      ...common,
      minimum_chrome_version: '116',
      permissions: [...permissions, 'offscreen'],
      background: { service_worker: 'src/background/index.ts', type: 'module' as const },
    });
  }
  return defineManifest({
    ...common,
    permissions,
    background: { scripts: ['src/background/index.ts'], type: 'module' as const },
    browser_specific_settings: {
      gecko: {
        id: GECKO_ID,
        strict_min_version: '142.0',
        data_collection_permissions: { required: ['none'] },
      },
    },
  } as Parameters<typeof defineManifest>[0]);
}
