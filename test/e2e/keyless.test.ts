// Apple's keyless catalogue end to end in Debian Chromium, from a fresh install with no account: the
// test build talks to a loopback server that answers like the iTunes Search API and serves artwork and
// a short m4a preview (test/stubs/itunes-stub.ts).
import { describe, expect, it } from 'vitest';
import { DIST_TEST, type Extension, launchExtension } from '../../scripts/lib/browser/harness';
import { useItunesStub } from '../../scripts/lib/browser/itunes-endpoint';
import { PAGES } from '../../src/shared/pages';
import { type ItunesStub, startItunesStub } from '../stubs/itunes-stub';
import { closeAfterEach, opened } from './itunes-harness';
import { PopupPage } from './pages/popup-page';

let ext: Extension | null = null;
let stub: ItunesStub | null = null;
closeAfterEach();

async function start() {
  stub = opened(await startItunesStub({ songsPerTerm: 8 }));
  ext = opened(await launchExtension({ camera: 'none', dist: DIST_TEST }));
  await useItunesStub(ext, stub);
  return { ext, stub };
}

describe('Apple’s catalogue, no account', () => {
  it('asks once, then shows the stub’s tracks with art; play, pause, next; thumbs up; refresh', async () => {
    const { ext: e, stub: s } = await start();
    const popup = new PopupPage(await e.openPopup());
    await popup.pickMood('happy');
    // Before the user says yes, nothing goes to Apple: the search links, and the question.
    await popup.keylessOffer.getByText('Show real tracks from Apple’s catalogue?').waitFor();
    await popup.keylessOffer.getByText('Never the camera').waitFor();
    expect((await popup.searchLinks()).length).toBeGreaterThan(0);
    expect(s.searches).toEqual([]);

    await popup.keylessOffer.getByRole('button', { name: 'Show real tracks' }).click();
    const names = await popup.trackNames();
    expect(names).toHaveLength(10);
    expect(names).toEqual(expect.arrayContaining(['dance upbeat tune 1', 'pop upbeat tune 1']));
    expect(s.searches.map((x) => x.params)).toEqual(
      expect.arrayContaining([
        { term: 'dance upbeat', country: 'US', media: 'music', entity: 'song', limit: '25' },
      ]),
    );
    await popup.keylessOffer.waitFor({ state: 'detached' });
    const art = popup.page.locator('.tracks img').first();
    expect(await art.getAttribute('src')).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/art\//);
    await expect.poll(() => art.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
    await popup.page.getByText('Why these?').click();
    await popup.page.getByText('Apple’s catalogue searches:').waitFor();

    // Nothing plays, or even loads, before the user presses play.
    await popup.page.waitForTimeout(500);
    expect(await popup.audio()).toMatchObject({ src: '', paused: true });
    expect(s.previewsServed).toEqual({});

    const first = names[0] ?? '';
    await popup.playPreview(first);
    await expect.poll(async () => (await popup.audio()).paused).toBe(false);
    const started = (await popup.audio()).currentTime;
    await expect
      .poll(async () => (await popup.audio()).currentTime, { timeout: 10_000 })
      .toBeGreaterThan(started + 0.5);
    expect((await popup.audio()).volume).toBeCloseTo(0.7);
    await popup.player.getByText(first).waitFor();
    expect(Number(await popup.player.getByRole('progressbar').getAttribute('value'))).toBeGreaterThan(0);
    expect(Object.values(s.previewsServed).reduce((a, b) => a + b, 0)).toBeGreaterThan(0);

    await popup.player.getByRole('button', { name: 'Pause' }).click();
    await expect.poll(async () => (await popup.audio()).paused).toBe(true);
    const pausedSrc = (await popup.audio()).src;
    await popup.player.getByRole('button', { name: 'Next preview' }).click();
    await expect.poll(async () => (await popup.audio()).src).not.toBe(pausedSrc);
    await expect.poll(async () => (await popup.audio()).paused).toBe(false);
    await popup.player.getByText(names[1] ?? '').waitFor();

    // A thumb is stored as a preference for the row words that found the track.
    await popup.page.getByRole('button', { name: `More like ${first}` }).click();
    await expect
      .poll(async () =>
        popup.page.evaluate(
          async () => (await chrome.storage.local.get('musicPreferences')).musicPreferences,
        ),
      )
      .toMatchObject({ value: { happy: expect.any(Object) } });

    // A refresh brings other songs from the cached answers, without asking Apple again.
    const searches = s.searches.length;
    await popup.refresh();
    await expect.poll(() => popup.trackNames()).not.toContain(first);
    expect(s.searches).toHaveLength(searches);
  });

  it('"No thanks": the search links as before, nothing sent, and the question is not asked again', async () => {
    const { ext: e, stub: s } = await start();
    const popup = new PopupPage(await e.openPopup());
    await popup.pickMood('sad');
    await popup.keylessOffer.getByRole('button', { name: 'No thanks' }).click();
    await popup.keylessOffer.waitFor({ state: 'detached' });
    expect((await popup.searchLinks()).map(([text]) => text)).toContain('YouTube Music');
    await popup.page.getByText('can show tracks from Apple’s catalogue or Spotify here').waitFor();
    const again = new PopupPage(await e.openPopup());
    await again.pickMood('sad');
    await again.searchLinks();
    expect(await again.keylessOffer.count()).toBe(0);
    expect(s.searches).toEqual([]);
  });
});

describe('settings: music source', () => {
  it('explains Spotify’s rules; a storefront and volume chosen there reach Apple’s search and the player', async () => {
    const { ext: e, stub: s } = await start();
    const options = await e.open(PAGES.options);
    const rules = options.getByRole('list', { name: "Spotify's rules" });
    await rules.getByText('Spotify Premium').waitFor();
    await rules.getByText('5 people').waitFor();
    expect(await options.getByRole('radio', { name: /^Apple’s catalogue/ }).isChecked()).toBe(true);

    const country = options.getByLabel('Country');
    await country.fill('GBR');
    await options.getByText('Enter a two-letter country code (ISO 3166-1), e.g. US, GB, DE or FR.').waitFor();
    await country.fill('gb');
    await expect
      .poll(() =>
        options.evaluate(async () => (await chrome.storage.local.get('itunesCountry')).itunesCountry),
      )
      .toEqual({ v: 1, value: 'GB' });
    await options.getByLabel(/Preview volume/).fill('40');
    await options.getByText('40%').waitFor();

    const popup = new PopupPage(await e.openPopup());
    await popup.pickMood('angry');
    await popup.keylessOffer.getByRole('button', { name: 'Show real tracks' }).click();
    const [first] = await popup.trackNames();
    expect(s.searches.map((x) => x.params.country)).toEqual(['GB']);
    await popup.playPreview(first ?? '');
    await expect.poll(async () => (await popup.audio()).paused).toBe(false);
    expect((await popup.audio()).volume).toBeCloseTo(0.4);

    // "Search links only": the popup stops asking Apple and shows the links.
    await options.getByRole('radio', { name: /^Search links only/ }).check();
    await popup.page.reload();
    await popup.pickMood('angry');
    expect((await popup.searchLinks()).length).toBeGreaterThan(0);
    expect(await popup.keylessOffer.count()).toBe(0);
    expect(s.searches).toHaveLength(1);
  });
});
