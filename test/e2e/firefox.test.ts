// The Firefox build end to end in Debian's firefox-esr, over WebDriver BiDi: the same source as the
// Chrome build, with the camera in a visible pinned tab and the event page doing Spotify.
import { afterEach, describe, expect, it } from 'vitest';
import { ITUNES_TEST_OVERRIDE_KEY } from '../../src/shared/itunes-endpoint';
import { PAGES } from '../../src/shared/pages';
import { TEST_OVERRIDE_KEY } from '../../src/shared/spotify-endpoints';
import { type ItunesStub, startItunesStub } from '../stubs/itunes-stub';
import { type SpotifyStub, startSpotifyStub } from '../stubs/spotify-stub';
import { extensionPage, FIREFOX_DIST_TEST, type FirefoxExtension, launchFirefox } from './firefox-harness';
import { CLIENT_ID } from './spotify-harness';

let ff: FirefoxExtension | null = null;
let stub: SpotifyStub | null = null;
let apple: ItunesStub | null = null;
afterEach(async () => {
  await ff?.close();
  await stub?.close();
  await apple?.close();
  ff = null;
  stub = null;
  apple = null;
});

const storage = (f: FirefoxExtension, area: 'local' | 'session', key: string) =>
  f.page.evaluate(
    async (a, k) =>
      ((await browser.storage[a as 'local'].get(k))[k] as { value?: unknown } | undefined)?.value,
    area,
    key,
  );

describe('Firefox (firefox-esr, WebDriver BiDi)', () => {
  it('installs, welcomes, and the popup gives the embedded search links without a Client ID', async () => {
    ff = await launchFirefox();
    await ff.waitForText('Welcome to Emotune');
    await ff.waitForText('Firefox holds the camera in a small pinned Emotune tab');
    await ff.go(PAGES.popup);
    await ff.waitForText('Camera is off');
    await ff.page.locator('button[aria-label="happy"]').click();
    await ff.page.waitForSelector('ul[aria-label="Music searches"] a');
    const links = await ff.page.$$eval('ul[aria-label="Music searches"] a', (as) => as.map((a) => a.href));
    expect(links).toContain('https://open.spotify.com/search/dance%20upbeat');
    expect(links).toContain('https://music.youtube.com/search?q=pop%20upbeat');
  });

  it('the camera switch opens the pinned camera tab; the popup shows the honest state for its picture', async () => {
    ff = await launchFirefox();
    await ff.go(PAGES.popup);
    await ff.page.locator('input[role="switch"]').click();
    // Firefox's fake camera shows a synthetic pattern, not a face.
    await ff.waitForText('No face in view', 60_000);
    const snapshot = (await storage(ff, 'session', 'moodSnapshot')) as {
      status: string;
      cameraActive: boolean;
    };
    expect(snapshot).toMatchObject({ status: 'no-face', cameraActive: true });
    const tabs = await ff.page.evaluate(async () =>
      (await browser.tabs.query({ pinned: true })).map((t) => t.url ?? ''),
    );
    expect(tabs.some((u) => u.endsWith(`/${PAGES.media}`))).toBe(true);
  });

  it('signs in to the loopback Spotify stub through identity.launchWebAuthFlow and shows its tracks', async () => {
    stub = await startSpotifyStub({ clientId: CLIENT_ID });
    ff = await launchFirefox({ dist: FIREFOX_DIST_TEST });
    await ff.page.evaluate((key, value) => browser.storage.local.set({ [key]: value }), TEST_OVERRIDE_KEY, {
      accounts: stub.accounts,
      api: stub.api,
    });
    // The settings read which hosts to ask for when they load (the sign-in click may await nothing
    // before the request): load them again with the stub in place.
    await ff.go(PAGES.options);
    const redirect = await ff.page.$eval('#redirect-uri', (e) => e.textContent ?? '');
    expect(redirect).toMatch(/^https:\/\/[0-9a-f]+\.extensions\.allizom\.org\/$/);
    await ff.page.locator('#client-id').fill(CLIENT_ID);
    await ff.page.locator('::-p-text(Sign in with Spotify)').click();
    await ff.waitForText('Connected to Spotify as Stub Listener');
    expect(stub.grants).toEqual(['authorization_code']);
    await ff.go(PAGES.popup);
    await ff.page.locator('button[aria-label="happy"]').click();
    await ff.waitForText('genre:dance upbeat song 1');
    expect(stub.searches.map((s) => s.q).sort()).toEqual(['genre:dance upbeat', 'genre:pop upbeat']);
  });

  it('Apple’s catalogue without an account: one click, the stub’s tracks, and a preview that plays', async () => {
    apple = await startItunesStub();
    ff = await launchFirefox({ dist: FIREFOX_DIST_TEST });
    await ff.page.evaluate(
      (key, value) => browser.storage.local.set({ [key]: value }),
      ITUNES_TEST_OVERRIDE_KEY,
      apple.api,
    );
    await ff.go(PAGES.popup);
    await ff.page.locator('button[aria-label="happy"]').click();
    await ff.waitForText('Show real tracks from Apple’s catalogue?');
    expect(apple.searches).toEqual([]);
    await ff.page.locator('button::-p-text(Show real tracks)').click();
    await ff.waitForText('dance upbeat tune 1');
    expect(apple.searches.map((x) => x.term).sort()).toEqual(['dance upbeat', 'pop upbeat']);
    await ff.page.locator('button[aria-label="Play the preview of dance upbeat tune 1"]').click();
    const audio = () =>
      ff?.page.$eval('audio', (a) => ({ paused: a.paused, currentTime: a.currentTime })) ??
      Promise.reject(new Error('no browser'));
    await expect.poll(async () => (await audio()).paused, { timeout: 10_000 }).toBe(false);
    await expect.poll(async () => (await audio()).currentTime, { timeout: 10_000 }).toBeGreaterThan(0.5);
  });

  it('keep playing: the pinned Emotune tab plays the queue on after the popup has gone, and closing it pauses', async () => {
    apple = await startItunesStub();
    const f = await launchFirefox({ dist: FIREFOX_DIST_TEST });
    ff = f;
    await f.page.evaluate(
      (key, value) => browser.storage.local.set({ [key]: value, keepPlaying: { v: 1, value: true } }),
      ITUNES_TEST_OVERRIDE_KEY,
      apple.api,
    );
    await f.go(PAGES.popup);
    await f.page.locator('button[aria-label="happy"]').click();
    await f.page.locator('button::-p-text(Show real tracks)').click();
    await f.waitForText('dance upbeat tune 1');
    await f.page.locator('button[aria-label="Play the preview of dance upbeat tune 1"]').click();

    // The press of play opens the pinned Emotune tab, which plays the preview (the popup stays silent).
    const tab = await extensionPage(f.browser, `${f.origin}${PAGES.media}`);
    const audio = () =>
      tab.$eval('audio', (a) => ({ src: a.currentSrc, paused: a.paused, currentTime: a.currentTime }));
    await expect.poll(async () => (await audio()).paused, { timeout: 15_000 }).toBe(false);
    await expect.poll(async () => (await audio()).currentTime, { timeout: 10_000 }).toBeGreaterThan(0.5);
    expect(await f.page.$eval('audio', (a) => a.paused)).toBe(true);
    await tab.waitForFunction(() => document.body.innerText.includes('Playing: dance upbeat tune 1 by'));

    // The popup's page goes; the queue moves on when the 4-second preview ends.
    const first = (await audio()).src;
    await f.go(PAGES.options);
    await expect.poll(async () => (await audio()).src, { timeout: 20_000 }).not.toBe(first);
    expect((await audio()).paused).toBe(false);

    // Closing the tab is the stop button: the queue is kept, paused.
    await tab.close();
    await expect
      .poll(
        async () => ((await storage(f, 'session', 'playQueue')) as { playing?: boolean } | null)?.playing,
        {
          timeout: 10_000,
        },
      )
      .toBe(false);
  });
});
