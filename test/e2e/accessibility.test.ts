// axe (@axe-core/playwright) over every page and the popup's states, in the light and the dark colour
// scheme: nothing serious or critical. Two launches: one without a camera (settings, welcome,
// permission, the popup with the camera off, a picked mood, Apple's tracks, the player, Apple down,
// no camera), one reading a face that no emotion leads (the mood is unclear). The counts are printed.
import { afterAll, describe, expect, it } from 'vitest';
import { y4m } from '../../scripts/lib/browser/fixtures';
import { DIST_TEST, type Extension, grantCamera, launchExtension } from '../../scripts/lib/browser/harness';
import { useItunesStub } from '../../scripts/lib/browser/itunes-endpoint';
import { PAGES } from '../../src/shared/pages';
import { type ItunesStub, startItunesStub } from '../stubs/itunes-stub';
import { type AxeRecord, audit, report } from './axe';
import { closeAfterEach, opened } from './itunes-harness';
import { PopupPage } from './pages/popup-page';

let ext: Extension | null = null;
let stub: ItunesStub | null = null;
closeAfterEach();

const all: AxeRecord[] = [];
afterAll(() => console.log(report(all)));

/** Audits the page now and keeps the records; answers the serious and critical findings. */
async function check(page: PopupPage['page'], state: string): Promise<string[]> {
  const records = await audit(page, state);
  all.push(...records);
  return records.flatMap((r) => r.severe.map((s) => `${state} [${r.scheme}] ${s}`));
}

describe('axe: nothing serious or critical, light and dark', () => {
  it('settings, welcome and permission pages; the popup off, with a picked mood, tracks, the player, errors', async () => {
    stub = opened(await startItunesStub({ songsPerTerm: 3 }));
    ext = opened(await launchExtension({ camera: 'none', dist: DIST_TEST }));
    await useItunesStub(ext, stub);
    const severe: string[] = [];

    const page = await ext.open(PAGES.options);
    await page.getByRole('heading', { level: 1 }).waitFor();
    severe.push(...(await check(page, 'settings')));
    await page.goto(`${ext.url(PAGES.options)}?welcome`);
    await page.locator('#welcome-heading').waitFor();
    severe.push(...(await check(page, 'welcome')));
    await page.goto(ext.url(PAGES.permission));
    await page.getByRole('button', { name: 'Allow the camera' }).waitFor();
    severe.push(...(await check(page, 'permission')));
    await page.getByRole('button', { name: 'Allow the camera' }).click();
    await page.getByRole('status').filter({ hasText: 'No camera was found' }).waitFor();
    severe.push(...(await check(page, 'permission: no camera')));

    const popup = new PopupPage(await ext.openPopup());
    await popup.waitForStatus('Camera is off');
    severe.push(...(await check(popup.page, 'popup: camera off')));
    await popup.pickMood('sad');
    await popup.keylessOffer.waitFor();
    severe.push(...(await check(popup.page, 'popup: picked mood, Apple’s question')));
    await popup.keylessOffer.getByRole('button', { name: 'Show real tracks' }).click();
    const [first] = await popup.trackNames();
    severe.push(...(await check(popup.page, 'popup: mood with tracks')));
    await popup.playPreview(first ?? '');
    await expect.poll(async () => (await popup.audio()).paused).toBe(false);
    await popup.player.getByRole('button', { name: 'Pause' }).waitFor();
    severe.push(...(await check(popup.page, 'popup: player playing')));
    await popup.player.getByRole('button', { name: 'Pause' }).click();

    // Apple down: every search for a new mood's words fails; the popup falls back to search links.
    stub.scriptSearch(...Array.from({ length: 10 }, () => ({ status: 503, body: 'Service Unavailable' })));
    await popup.pickMood('angry');
    await popup.page.getByRole('list', { name: 'Music searches' }).waitFor({ timeout: 30_000 });
    severe.push(...(await check(popup.page, 'popup: Apple down')));

    // The camera switched on with none plugged in: the popup says so and offers to try again.
    await popup.page.evaluate(() => chrome.storage.local.set({ cameraEnabled: { v: 1, value: true } }));
    await popup.waitForStatus('No camera');
    severe.push(...(await check(popup.page, 'popup: no camera')));
    expect(severe).toEqual([]);
  }, 150_000);

  it('the popup when the mood is unclear', async () => {
    ext = opened(await launchExtension({ camera: y4m('unclear-face') }));
    await grantCamera(ext);
    const popup = new PopupPage(await ext.openPopup());
    await popup.waitForStatus('Mood unclear');
    expect(await check(popup.page, 'popup: mood unclear')).toEqual([]);
  });
});
