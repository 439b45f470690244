// Privacy, enforced and proven: the extension's pages and worker cannot fetch anything but its own files
// and the music services (content security policy), and a whole camera session with a face sends
// nothing anywhere, nor does a typed feeling (Chromium's own network log, which sees every context:
// worker, offscreen, popup).

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { y4m } from '../../scripts/lib/browser/fixtures';
import { DIST_TEST, type Extension, grantCamera, launchExtension } from '../../scripts/lib/browser/harness';
import { PAGES } from '../../src/shared/pages';
import { startSpotifyStub } from '../stubs/spotify-stub';
import { fromExtension, leaksOf, netLogArgs, readNetLog } from './net-log';
import { PopupPage } from './pages/popup-page';
import { CLIENT_ID, signIn, useStub } from './spotify-harness';

const FEELING = 'I am so angry about this';

/** Types a feeling in the popup and waits until its reading shows (the model ran). */
async function typeFeeling(popup: Page): Promise<void> {
  await popup.getByRole('textbox', { name: /How do you feel/ }).fill(FEELING);
  await popup.getByRole('button', { name: 'Read', exact: true }).click();
  await popup.getByRole('list', { name: 'Typed feeling scores' }).waitFor();
}

/** The typed words, in any of the ways a URL or a body could spell them. */
function expectNoFeeling(text: string): void {
  for (const spelled of [FEELING, encodeURIComponent(FEELING), FEELING.replaceAll(' ', '+'), 'angry about'])
    expect(text.toLowerCase()).not.toContain(spelled.toLowerCase());
}

let ext: Extension | null = null;
let server: Server;
let hits: string[] = [];
let elsewhere = '';
let dir = '';
beforeEach(async () => {
  hits = [];
  dir = mkdtempSync(join(tmpdir(), 'emotune-privacy-'));
  // Somewhere that is not the extension nor a music service, which would see any request that got out.
  server = createServer((req, res) => {
    hits.push(req.url ?? '');
    res.writeHead(200, { 'Access-Control-Allow-Origin': '*' });
    res.end('{}');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  elsewhere = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterEach(async () => {
  await ext?.close();
  ext = null;
  await new Promise((r) => server.close(r));
  rmSync(dir, { recursive: true, force: true });
});

describe('the content security policy', () => {
  it('pages and the worker cannot connect anywhere but the extension and the music services', async () => {
    ext = await launchExtension({ camera: y4m('photo-smile') });
    const popup = await ext.openPopup();
    const outcome = await popup.evaluate(async (target) => {
      const violations: string[] = [];
      document.addEventListener('securitypolicyviolation', (e: SecurityPolicyViolationEvent) =>
        violations.push(`${e.effectiveDirective} ${e.blockedURI}`),
      );
      const tryFetch = (url: string) =>
        fetch(url).then(
          () => 'fetched',
          () => 'refused',
        );
      const foreign = await tryFetch(`${target}/from-the-popup`);
      // A tracker's pixel as a cover: only the music services' CDNs may serve images.
      const pixel = await new Promise<string>((resolve) => {
        const img = document.createElement('img');
        img.onload = () => resolve('loaded');
        img.onerror = () => resolve('refused');
        img.src = `${target}/pixel.gif`;
        document.body.append(img);
      });
      const own = await tryFetch(chrome.runtime.getURL('models/blazeface/manifest.json'));
      await tryFetch('https://api.spotify.com/v1/'); // allowed by the policy (offline here: it just fails)
      await new Promise((r) => setTimeout(r, 200));
      return { foreign, own, pixel, violations };
    }, elsewhere);
    expect(outcome.own).toBe('fetched');
    expect(outcome.foreign).toBe('refused');
    expect(outcome.pixel).toBe('refused');
    expect(outcome.violations).toEqual([
      `connect-src ${elsewhere}/from-the-popup`,
      `img-src ${elsewhere}/pixel.gif`,
    ]);
    const fromWorker = await ext.worker.evaluate(
      (target) =>
        fetch(`${target}/from-the-worker`).then(
          () => 'fetched',
          () => 'refused',
        ),
      elsewhere,
    );
    expect(fromWorker).toBe('refused');
    expect(hits).toEqual([]);
  });
});

describe('a camera session with a face', () => {
  it('makes no network request from any extension context', async () => {
    const log = join(dir, 'netlog.json');
    ext = await launchExtension({ camera: y4m('photo-smile'), args: netLogArgs(log) });
    await grantCamera(ext);
    const first = await ext.waitForSnapshot((s) => s.status === 'ok' && s.mood === 'happy');
    const popup = await ext.openPopup();
    await popup.getByRole('region', { name: 'Current mood' }).waitFor();
    await typeFeeling(popup);
    await ext.open(PAGES.options);
    await ext.waitForSnapshot((s) => (s.lastReadingAt ?? 0) > (first.lastReadingAt ?? 0) + 3000);
    // The recorder's own check: one request the test makes from the popup must show up as a leak (a
    // navigation: the policy lets no image or fetch out).
    await popup.evaluate((url) => void window.open(url), `${elsewhere}/control.png`);
    await expect.poll(() => hits).toContain('/control.png');
    const id = ext.id;
    await ext.close();
    ext = null;
    const requests = readNetLog(log);
    expect(requests.length).toBeGreaterThan(0);
    expect(leaksOf(requests, id)).toEqual([`${elsewhere}/control.png`]);
    expectNoFeeling(readFileSync(log, 'utf8'));
  });
});

describe('a camera session signed in to Spotify (the stub)', () => {
  it('talks only to the stub, and no URL carries image data', async () => {
    const stub = await startSpotifyStub({ clientId: CLIENT_ID });
    try {
      const log = join(dir, 'netlog.json');
      ext = await launchExtension({ camera: y4m('photo-smile'), dist: DIST_TEST, args: netLogArgs(log) });
      await useStub(ext, stub);
      await signIn(ext);
      await grantCamera(ext);
      await ext.waitForSnapshot((s) => s.status === 'ok' && s.mood === 'happy');
      const popup = new PopupPage(await ext.openPopup());
      expect((await popup.trackNames()).length).toBeGreaterThan(0);
      await popup.refresh();
      await expect.poll(() => stub.searches.length).toBeGreaterThan(2);
      await typeFeeling(popup.page);
      const id = ext.id;
      await ext.close();
      ext = null;
      const requests = fromExtension(readNetLog(log), id);
      expect(requests.length).toBeGreaterThan(0);
      // The typed feeling: in no URL, header or search the browser logged, nor in what the stub saw.
      expectNoFeeling(readFileSync(log, 'utf8'));
      expectNoFeeling(JSON.stringify(stub.searches));
      // The stub, and the sign-in's redirect to the extension's own chromiumapp.org address (which the
      // browser's identity API catches; it never reaches a server).
      const allowed = new Set([new URL(stub.api).origin, `https://${id}.chromiumapp.org`]);
      expect(requests.filter((r) => !allowed.has(new URL(r.url).origin))).toEqual([]);
      // Searches are words, covers are fetched by id: nothing the size or shape of a picture goes out.
      for (const r of requests) {
        expect(r.url.length).toBeLessThan(600);
        expect(r.url).not.toMatch(/data:|base64|image%2F/i);
      }
      // Bodies: only the token exchange posts anything (form fields of the OAuth grant, no image).
      expect([
        ...new Set(requests.filter((r) => r.method !== 'GET').map((r) => new URL(r.url).pathname)),
      ]).toEqual(['/api/token']);
    } finally {
      await stub.close();
    }
  });
});
