// The build's view of manifest.json, the one manifest source (Chrome's shape; `version` comes from
// package.json). What differs per build is a small typed transform:
// - Firefox has no offscreen API: no `offscreen` permission, an event page instead of a service worker,
//   and a gecko id (the camera runs in a visible tab there), with AMO's data collection declaration.
// - The e2e test builds (dist/*-test) may also reach the tests' loopback stubs: one required host (the
//   only one in any build: the music services' hosts are all optional), and the same origin in
//   connect-src. No user ever installs them.
// manifest.json's connect-src lists 'self' and every host the user can grant (a build test checks it):
// pages and the worker can fetch the extension's own files and the music services, nothing else.
// default-src 'self' covers every other kind; img-src and media-src name the services' cover and preview
// CDNs. externally_connectable is declared empty: no other extension or web page may message Emotune.
import type { ManifestV3Export } from '@crxjs/vite-plugin';
import manifest from './manifest.json' with { type: 'json' };
import pkg from './package.json' with { type: 'json' };

export type Target = 'chrome' | 'firefox';

export const GECKO_ID = 'emotune@emotune.app';

const LOOPBACK_HOST = 'http://127.0.0.1/*';
const LOOPBACK_ORIGIN = 'http://127.0.0.1:*';

export function manifestFor(target: Target, testBuild = false): ManifestV3Export {
  const base = { ...manifest, version: pkg.version };
  const test = testBuild
    ? {
        host_permissions: [LOOPBACK_HOST],
        content_security_policy: {
          // The stub answers searches and serves covers and previews.
          extension_pages: manifest.content_security_policy.extension_pages.replace(
            /(connect-src|img-src|media-src) 'self'/g,
            `$1 'self' ${LOOPBACK_ORIGIN}`,
          ),
        },
      }
    : {};
  if (target === 'chrome') return { ...base, ...test } as ManifestV3Export;
  const { minimum_chrome_version: _, ...firefox } = base;
  return {
    ...firefox,
    ...test,
    permissions: manifest.permissions.filter((p) => p !== 'offscreen'),
    background: { scripts: [manifest.background.service_worker], type: 'module' },
    browser_specific_settings: {
      gecko: {
        id: GECKO_ID,
        strict_min_version: '142.0',
        // AMO counts anything sent outside the browser. Emotune sends search words (the mood row's
        // genres and keywords, top artists' names) to Apple or Spotify once the user allows them:
        // searchTerms. Reasoning, and what is not declared: docs/store/reviewer-notes.md.
        data_collection_permissions: { required: ['searchTerms'] },
      },
    },
  } as ManifestV3Export;
}
