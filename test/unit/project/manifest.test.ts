// manifest.json is the one manifest source; these check that it agrees with the facts the code holds
// (page paths, hosts) and that the per-build transform changes only what differs.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import manifest from '../../../manifest.json' with { type: 'json' };
import { GECKO_ID, manifestFor } from '../../../manifest-variants';
import pkg from '../../../package.json' with { type: 'json' };
import { ITUNES_HOST_PATTERN, SPOTIFY_HOST_PATTERNS } from '../../../src/shared/hosts';
import { PAGES } from '../../../src/shared/pages';

const ROOT = join(import.meta.dirname, '..', '..', '..');
type Built = Record<string, unknown> & {
  permissions: string[];
  host_permissions: string[];
  background: Record<string, unknown>;
  content_security_policy: { extension_pages: string };
};
const build = (target: 'chrome' | 'firefox', test = false) => manifestFor(target, test) as unknown as Built;

describe('manifest.json', () => {
  it('names the pages and hosts the code uses', () => {
    expect(manifest.action.default_popup).toBe(PAGES.popup);
    expect(manifest.options_ui.page).toBe(PAGES.options);
    expect(manifest.optional_host_permissions).toEqual([ITUNES_HOST_PATTERN, ...SPOTIFY_HOST_PATTERNS]);
    expect(existsSync(join(ROOT, manifest.background.service_worker))).toBe(true);
  });

  it.each(['chrome', 'firefox'] as const)('%s: asks for no host at install', (target) => {
    expect(build(target)).not.toHaveProperty('host_permissions');
  });

  it('Chrome: manifest.json as it is, with the version from package.json', () => {
    expect(build('chrome')).toEqual({ ...manifest, version: pkg.version });
  });

  it('Firefox: an event page, no offscreen permission, a gecko id; nothing else differs', () => {
    const ff = build('firefox');
    expect(ff.permissions).toEqual(manifest.permissions.filter((p) => p !== 'offscreen'));
    expect(ff.background).toEqual({ scripts: [manifest.background.service_worker], type: 'module' });
    expect(ff).toMatchObject({ browser_specific_settings: { gecko: { id: GECKO_ID } } });
    // What AMO's install dialog shows: the search words Apple or Spotify receive once allowed.
    expect(ff).toMatchObject({
      browser_specific_settings: { gecko: { data_collection_permissions: { required: ['searchTerms'] } } },
    });
    expect(ff).not.toHaveProperty('minimum_chrome_version');
    const { permissions: _p, background: _b, browser_specific_settings: _s, ...rest } = ff;
    const { permissions: _q, background: _c, minimum_chrome_version: _m, ...same } = manifest;
    expect(rest).toEqual({ ...same, version: pkg.version });
  });

  it.each(['chrome', 'firefox'] as const)(
    '%s test build: the loopback stub host, and only there',
    (target) => {
      const t = build(target, true);
      expect(t.host_permissions).toEqual(['http://127.0.0.1/*']);
      const policy = directives(t.content_security_policy.extension_pages);
      for (const d of ['connect-src', 'img-src', 'media-src'])
        expect(policy[d]).toContain('http://127.0.0.1:*');
      expect(JSON.stringify(build(target))).not.toContain('127.0.0.1');
    },
  );

  it('the policy: nothing but the extension by default; covers and previews only from the services’ CDNs', () => {
    const policy = directives(manifest.content_security_policy.extension_pages);
    expect(policy['default-src']).toEqual(["'self'"]);
    expect(policy['img-src']).toEqual([
      "'self'",
      'https://*.mzstatic.com',
      'https://*.scdn.co',
      'https://*.spotifycdn.com',
    ]);
    expect(policy['media-src']).toEqual(["'self'", 'https://*.itunes.apple.com', 'https://*.scdn.co']);
  });

  it('no other extension or web page may connect (externally_connectable declared empty)', () => {
    expect(manifest.externally_connectable).toEqual({ ids: [], matches: [] });
  });
});

/** A policy's directives, by name. */
function directives(policy: string): Record<string, string[]> {
  return Object.fromEntries(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...sources]) => [name, sources]),
  );
}
