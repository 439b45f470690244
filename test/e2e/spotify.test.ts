// Music end to end in Debian Chromium: the test build talks to a loopback server that answers like
// Spotify's accounts service and Web API (test/stubs/spotify-stub.ts).
import { afterEach, describe, expect, it } from 'vitest';
import { y4m } from '../../scripts/lib/browser/fixtures';
import { DIST_TEST, type Extension, grantCamera, launchExtension } from '../../scripts/lib/browser/harness';
import { useItunesStub } from '../../scripts/lib/browser/itunes-endpoint';
import { PAGES } from '../../src/shared/pages';
import { type ItunesStub, startItunesStub } from '../stubs/itunes-stub';
import { type SpotifyStub, startSpotifyStub } from '../stubs/spotify-stub';
import { OptionsPage } from './pages/options-page';
import { PopupPage } from './pages/popup-page';
import { CLIENT_ID, signIn, useStub } from './spotify-harness';

let ext: Extension | null = null;
let stub: SpotifyStub | null = null;
afterEach(async () => {
  await ext?.close();
  await stub?.close();
  ext = null;
  stub = null;
});

async function start(camera: Parameters<typeof y4m>[0] | 'none') {
  stub = await startSpotifyStub({ clientId: CLIENT_ID });
  ext = await launchExtension({ camera: camera === 'none' ? 'none' : y4m(camera), dist: DIST_TEST });
  await useStub(ext, stub);
  return { ext, stub };
}

describe('Spotify, through a loopback stub', () => {
  it('signs in through launchWebAuthFlow (personalised); a happy face brings the stub’s tracks, and the badge and notification follow', async () => {
    const { ext: e, stub: s } = await start('photo-smile');
    const options = new OptionsPage(await e.open(PAGES.options));
    expect(await options.redirectUri()).toBe(`https://${e.id}.chromiumapp.org/`);
    await options.page.getByLabel(/Announce a new mood once it has held for/).fill('5');
    await options.page.getByRole('switch', { name: /Personalise/ }).click();
    await options.setClientId(CLIENT_ID);
    await options.watchPermissions();
    await options.signIn();
    // The name follows the profile, which may arrive after the first "Connected to Spotify." is drawn.
    await expect.poll(() => options.connectedAs()).toContain('as Stub Listener');
    expect(s.grants).toEqual(['authorization_code']);
    // The sign-in asked for Spotify's hosts (here the stub's loopback host) before anything else.
    expect(await options.permissionLog()).toEqual(['request http://127.0.0.1/*']);

    await grantCamera(e);
    await e.waitForSnapshot((x) => x.status === 'ok' && x.mood === 'happy');
    const popup = new PopupPage(await e.openPopup());
    const names = await popup.trackNames();
    // Personalise was on at sign-in: the user's top artist who plays dance pop leads the searches.
    expect(names).toHaveLength(9); // three queries (the artist, dance, pop), three tracks each
    expect(names).toEqual(
      expect.arrayContaining([
        'artist:"Stub Star" song 1',
        'genre:dance upbeat song 1',
        'genre:pop upbeat song 1',
      ]),
    );
    expect(await popup.page.locator('.tracks img').first().getAttribute('src')).toMatch(
      /^http:\/\/127\.0\.0\.1/,
    );
    await popup.page.getByText('Why these?').click();
    await popup.page.getByText('Spotify searches:').waitFor();

    // A thumb is stored as a preference for the terms that found the track.
    await popup.page
      .getByRole('button', { name: /^More like genre:/ })
      .first()
      .click();
    await expect
      .poll(async () =>
        popup.page.evaluate(
          async () => (await chrome.storage.local.get('musicPreferences')).musicPreferences,
        ),
      )
      .toMatchObject({ value: { happy: expect.any(Object) } });

    // Auto-suggest: the mood held for 5 s, so the badge shows it and one notification went out.
    await expect
      .poll(() => e.worker.evaluate(() => chrome.action.getBadgeText({})), { timeout: 20_000 })
      .toBe('😄');
    await expect
      .poll(async () => Object.keys(await e.worker.evaluate(() => chrome.notifications.getAll())))
      .toEqual(['emotune-suggestions']);
  });

  it('editing the happy row in the popup changes the query the stub receives; playlists come along', async () => {
    const { ext: e, stub: s } = await start('none');
    await signIn(e);
    const popup = new PopupPage(await e.openPopup());
    await popup.pickMood('happy');
    await popup.trackNames();
    // User playlists for the row's words come with the tracks; the editorial one is left out.
    const playlists = popup.page.getByRole('list', { name: 'Playlists' });
    await playlists.getByText('dance upbeat playlist 1').waitFor();
    expect(await playlists.getByRole('link').allTextContents()).toEqual([
      'dance upbeat playlist 1',
      'dance upbeat playlist 2',
    ]);
    await popup.editGenres('happy', 'funk, pop');
    await expect.poll(() => s.searches.map((x) => x.q)).toContain('genre:funk upbeat');
    await expect.poll(() => popup.trackNames()).toContain('genre:funk upbeat song 1');
    // An invalid edit is refused with the reason next to the field, and nothing is saved.
    await popup.page.getByLabel('happy genres').fill('funk, genre:pop');
    await popup.page.getByText(/"genre:pop" may only use letters/).waitFor();
    expect(await popup.page.getByRole('button', { name: 'Save happy' }).isDisabled()).toBe(true);
  });

  it('personalise when Spotify sends no artist genres: top artists with the row’s keywords, and the settings say so', async () => {
    const { ext: e, stub: s } = await start('none');
    s.topArtists = [
      { name: 'Stub Star', genres: [] },
      { name: 'Loud Band', genres: [] },
    ];
    const options = new OptionsPage(await e.open(PAGES.options));
    await options.page.getByRole('switch', { name: /Personalise/ }).click();
    await options.setClientId(CLIENT_ID);
    await options.signIn();
    await options.connectedAs();
    const popup = new PopupPage(await e.openPopup());
    await popup.pickMood('angry');
    expect(await popup.trackNames()).toEqual(
      expect.arrayContaining([
        'artist:"Stub Star" energetic song 1',
        'artist:"Loud Band" "heavy beats" song 1',
      ]),
    );
    await options.page
      .getByText('Spotify no longer says which genres your top artists play, so Emotune pairs them')
      .waitFor();
  });

  it('honours a 429 with Retry-After', async () => {
    const { ext: e, stub: s } = await start('none');
    await signIn(e);
    s.scriptSearch({ status: 429, headers: { 'Retry-After': '2' } });
    const popup = new PopupPage(await e.openPopup());
    await popup.pickMood('angry'); // one genre: one query
    const names = await popup.trackNames();
    expect(names).toHaveLength(3);
    for (const name of names) expect(name).toMatch(/^genre:rock (energetic|"heavy beats") song \d$/);
    expect(s.searches).toHaveLength(2);
    const [first, second] = s.searches;
    expect((second?.at ?? 0) - (first?.at ?? 0)).toBeGreaterThanOrEqual(1900);
  });

  it('with Spotify down, the popup falls back to cached tracks or searches, with a clear note', async () => {
    const { ext: e, stub: s } = await start('none');
    await signIn(e);
    const popup = new PopupPage(await e.openPopup());
    await popup.pickMood('happy');
    const before = await popup.trackNames();
    await s.close();
    await popup.refresh();
    await popup.page
      .getByRole('status')
      .filter({ hasText: 'You seem to be offline. Showing the tracks found at' })
      .waitFor();
    expect(await popup.trackNames()).toEqual(before);
    await popup.pickMood('fear'); // nothing cached for fear
    await popup.page.getByText('You seem to be offline. Showing searches instead.').waitFor();
    expect((await popup.searchLinks()).map(([text]) => text)).toContain('Spotify');
  });

  it('cancelling sign-in on Spotify’s page is not an error and keeps the user signed out', async () => {
    const { ext: e, stub: s } = await start('none');
    s.authorizeAnswer = 'deny';
    const options = new OptionsPage(await e.open(PAGES.options));
    await options.setClientId(CLIENT_ID);
    await options.signIn();
    await options.page.getByText('Sign-in cancelled. Nothing changed.').waitFor();
    expect(s.grants).toEqual([]);
    await options.page.getByRole('button', { name: 'Sign in with Spotify' }).waitFor();
  });

  it('after sign-out, the settings offer to give Spotify’s permission back', async () => {
    const { ext: e } = await start('none');
    const options = await signIn(e);
    await options.watchPermissions();
    const giveBack = options.page.getByRole('button', { name: 'Give the permission back' });
    expect(await giveBack.count()).toBe(0);
    await options.page.getByRole('button', { name: 'Sign out' }).click();
    await giveBack.click();
    expect(await options.permissionLog()).toEqual(['remove http://127.0.0.1/*']);
    // The test build's loopback host is required, so the browser keeps it here, and the page says so.
    await options.page.getByText('The browser kept the permission to reach Spotify.').waitFor();
  });
});

describe('Spotify’s 2026 rules', () => {
  let apple: ItunesStub | null = null;
  afterEach(async () => {
    await apple?.close();
    apple = null;
  });

  it('an owner without Premium: its own message, and Apple’s tracks instead', async () => {
    const { ext: e, stub: s } = await start('none');
    apple = await startItunesStub();
    await useItunesStub(e, apple);
    const first = new PopupPage(await e.openPopup());
    await first.pickMood('happy');
    await first.keylessOffer.getByRole('button', { name: 'Show real tracks' }).click();
    await first.trackNames();
    await first.page.close();

    await signIn(e); // signing in makes Spotify the music source
    s.rules.ownerHasPremium = false;
    const popup = new PopupPage(await e.openPopup());
    await popup.pickMood('happy');
    await popup.page
      .getByRole('status')
      .filter({ hasText: "Spotify refuses this app: its owner's Spotify account needs Premium" })
      .filter({ hasText: 'Showing Apple’s catalogue instead.' })
      .waitFor();
    expect(await popup.trackNames()).toEqual(expect.arrayContaining(['dance upbeat tune 1']));
    expect(s.searches).toEqual([]);
  });

  it('a user not on the app’s list, Apple not yet allowed: its own message, and Apple’s tracks one click away', async () => {
    const { ext: e, stub: s } = await start('none');
    apple = await startItunesStub();
    await useItunesStub(e, apple);
    await signIn(e);
    s.rules.userOnAllowList = false;
    const popup = new PopupPage(await e.openPopup());
    await popup.pickMood('happy');
    await popup.page
      .getByRole('status')
      .filter({
        hasText: 'Spotify refuses your account for this app: its owner must add you under User Management',
      })
      .waitFor();
    expect((await popup.searchLinks()).length).toBeGreaterThan(0);
    expect(apple.searches).toEqual([]);
    await popup.keylessOffer.getByRole('button', { name: 'Show real tracks' }).click();
    expect(await popup.trackNames()).toEqual(expect.arrayContaining(['dance upbeat tune 1']));
    await popup.page.getByRole('status').filter({ hasText: 'Showing Apple’s catalogue instead.' }).waitFor();
  });
});

describe('without Spotify', () => {
  it('with no account, a happy face gives the search links and asks about Apple’s tracks (production build)', async () => {
    ext = await launchExtension({ camera: y4m('photo-smile') });
    await grantCamera(ext);
    await ext.waitForSnapshot((x) => x.status === 'ok' && x.mood === 'happy');
    const popup = new PopupPage(await ext.openPopup());
    const links = await popup.searchLinks();
    expect(links).toEqual([
      ['Spotify', 'https://open.spotify.com/search/dance%20upbeat'],
      ['YouTube Music', 'https://music.youtube.com/search?q=dance%20upbeat'],
      ['Spotify', 'https://open.spotify.com/search/pop%20upbeat'],
      ['YouTube Music', 'https://music.youtube.com/search?q=pop%20upbeat'],
    ]);
    // The production build asks for Apple's real host, which nothing has granted yet.
    await popup.keylessOffer.getByRole('button', { name: 'Show real tracks' }).waitFor();
  });
});
