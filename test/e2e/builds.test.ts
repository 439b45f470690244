// What a user installs cannot be pointed anywhere but Spotify: the endpoint override and the loopback
// host permission exist only in the e2e test build.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/lib/browser/fixtures';
import { COMMANDS } from '../../src/core/commands';
import { ITUNES_TEST_OVERRIDE_KEY } from '../../src/shared/itunes-endpoint';
import { PAGES } from '../../src/shared/pages';
import { TEST_OVERRIDE_KEY } from '../../src/shared/spotify-endpoints';

const scripts = (dist: string) =>
  readdirSync(join(ROOT, 'dist', dist, 'assets'))
    .filter((f) => f.endsWith('.js'))
    .map((f) => readFileSync(join(ROOT, 'dist', dist, 'assets', f), 'utf8'))
    .join('\n');
const manifest = (dist: string) =>
  JSON.parse(readFileSync(join(ROOT, 'dist', dist, 'manifest.json'), 'utf8'));

describe('builds', () => {
  it.each(['chrome', 'firefox'])(
    '%s: no endpoint overrides, no required host, the music hosts optional',
    (dist) => {
      expect(scripts(dist)).not.toContain(TEST_OVERRIDE_KEY);
      expect(scripts(dist)).not.toContain(ITUNES_TEST_OVERRIDE_KEY);
      // Neither the stub's endpoints nor its links and covers (core/music/spotify-links.ts) are accepted.
      expect(scripts(dist)).not.toContain('127.0.0.1');
      // No host at install (no warning); each music service's hosts are asked for when the user picks it.
      expect(manifest(dist)).not.toHaveProperty('host_permissions');
      expect(manifest(dist).optional_host_permissions).toEqual([
        'https://itunes.apple.com/*',
        'https://accounts.spotify.com/*',
        'https://api.spotify.com/*',
      ]);
    },
  );

  it.each(['chrome', 'firefox'])(
    '%s: the policy lets pages reach every host the user can grant, and nothing else',
    (dist) => {
      const m = manifest(dist);
      const policy: string = m.content_security_policy.extension_pages;
      const connect = policy.split(';').find((d) => d.trim().startsWith('connect-src')) ?? '';
      const origins = [...(m.host_permissions ?? []), ...m.optional_host_permissions].map((p: string) =>
        p.replace(/\/\*$/, ''),
      );
      expect(connect.trim().split(/\s+/).slice(1).sort()).toEqual(["'self'", ...origins].sort());
    },
  );

  it('chrome-test: the overrides and the loopback host are there (so the check above can fail)', () => {
    expect(scripts('chrome-test')).toContain(TEST_OVERRIDE_KEY);
    expect(scripts('chrome-test')).toContain(ITUNES_TEST_OVERRIDE_KEY);
    expect(scripts('chrome-test')).toContain('127.0.0.1');
    expect(manifest('chrome-test').host_permissions).toContain('http://127.0.0.1/*');
  });

  it.each(['chrome', 'firefox'])('%s: keyboard commands for the popup, the camera and play/pause', (dist) => {
    expect(Object.keys(manifest(dist).commands).sort()).toEqual(
      ['_execute_action', COMMANDS.camera, COMMANDS.playPause].sort(),
    );
  });

  it.each(['chrome', 'firefox'])(
    '%s: the page that the popup links to for camera access is in the build',
    (dist) => {
      expect(existsSync(join(ROOT, 'dist', dist, PAGES.permission))).toBe(true);
    },
  );
});
