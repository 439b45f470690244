// The popup from the keyboard alone (Tab, Shift+Tab, Space and Enter), in the dark scheme: pick a
// mood on the picker, allow Apple's tracks, play, next, thumbs up and down, switch the camera on and
// off. Every stop on the way shows a focus ring
// of at least 2 px that stands out 3:1 from the page. The picker's faces have names, and the mood is
// announced through a live region once per change, not once per camera frame. With the face read, the
// popup also goes through axe (the one state the accessibility test's launches do not reach).
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { y4m } from '../../scripts/lib/browser/fixtures';
import { DIST_TEST, type Extension, launchExtension } from '../../scripts/lib/browser/harness';
import { useItunesStub } from '../../scripts/lib/browser/itunes-endpoint';
import { EMOJI, EMOTIONS } from '../../src/core/emotions';
import { type ItunesStub, startItunesStub } from '../stubs/itunes-stub';
import { audit, report } from './axe';
import { closeAfterEach, opened } from './itunes-harness';
import { PopupPage } from './pages/popup-page';

let ext: Extension | null = null;
let stub: ItunesStub | null = null;
closeAfterEach();

/** The focused element's ring: its width, and its contrast with the page's background. */
function focusRing(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return { ok: true, what: 'nothing focused' };
    const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
    const lum = (c: string) => {
      const [r = 0, g = 0, b = 0] = rgb(c).map((v) => {
        const s = v / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const style = getComputedStyle(el);
    const [a, b] = [lum(style.outlineColor), lum(getComputedStyle(document.body).backgroundColor)];
    const contrast = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    const width = Number.parseFloat(style.outlineWidth);
    const what = `${el.outerHTML.slice(0, 80)}: ${style.outlineStyle} ${width}px, ${contrast.toFixed(2)}:1`;
    return { ok: style.outlineStyle !== 'none' && width >= 2 && contrast >= 3, what };
  });
}

/** Presses `key` until `target` has the focus; every element focused on the way must show its ring. */
async function focusBy(page: Page, key: 'Tab' | 'Shift+Tab', target: Locator, max = 40): Promise<void> {
  await target.waitFor();
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(key);
    const ring = await focusRing(page);
    expect(ring.ok, ring.what).toBe(true);
    if (await target.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error(`${key} did not reach ${target} in ${max} presses`);
}

const pressed = (l: Locator) => l.getAttribute('aria-pressed');

describe('the popup from the keyboard alone', () => {
  it('picks a mood, plays, skips, rates and switches the camera; the mood is announced once per change', async () => {
    stub = opened(await startItunesStub({ songsPerTerm: 3 }));
    ext = opened(await launchExtension({ camera: y4m('photo-smile'), dist: DIST_TEST }));
    await useItunesStub(ext, stub);
    const popup = new PopupPage(await ext.openPopup());
    const page = popup.page;
    await page.emulateMedia({ colorScheme: 'dark' });
    await popup.waitForStatus('Camera is off');

    // Everything the live region comes to say, once per change of its words (emptying it says nothing):
    // a region re-written on every frame would log the same words again.
    const announcer = page.locator('p.sr-only[role="status"]');
    await announcer.evaluate((region) => {
      const said: string[] = [];
      Object.assign(window, { said });
      new MutationObserver(() => region.textContent && said.push(region.textContent)).observe(region, {
        childList: true,
        characterData: true,
        subtree: true,
      });
    });
    const said = () => page.evaluate(() => (window as unknown as { said: string[] }).said);

    // The picker's faces: an emoji each, named by its mood. Tab walks them; Enter picks sad.
    const picker = page.getByRole('group', { name: 'Or pick a mood:' });
    for (const e of EMOTIONS) {
      const face = picker.getByRole('button', { name: e, exact: true });
      await focusBy(page, 'Tab', face);
      expect(await face.textContent()).toBe(EMOJI[e]);
    }
    const sad = picker.getByRole('button', { name: 'sad', exact: true });
    await focusBy(page, 'Shift+Tab', sad);
    await page.keyboard.press('Enter');
    expect(await pressed(sad)).toBe('true');
    await expect.poll(said).toEqual(['Mood: sad']);

    // Apple's question, then the first track's preview.
    await focusBy(page, 'Tab', popup.keylessOffer.getByRole('button', { name: 'Show real tracks' }));
    await page.keyboard.press('Enter');
    const [first = '', second = ''] = await popup.trackNames();
    await focusBy(page, 'Tab', page.getByRole('button', { name: `Play the preview of ${first}` }));
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await popup.audio()).paused).toBe(false);
    await popup.player.getByText(first).waitFor();

    // Thumbs: up for the first track, down for the second.
    const up = page.getByRole('button', { name: `More like ${first}` });
    await focusBy(page, 'Tab', up);
    await page.keyboard.press('Space');
    await expect.poll(() => pressed(up)).toBe('true');
    const down = page.getByRole('button', { name: `Less like ${second}` });
    await focusBy(page, 'Tab', down);
    await page.keyboard.press('Space');
    await expect.poll(() => pressed(down)).toBe('true');

    // Next, in the player below the list; then pause with the player's own button.
    await focusBy(page, 'Tab', popup.player.getByRole('button', { name: 'Next preview' }));
    await page.keyboard.press('Enter');
    await popup.player.getByText(second).waitFor();
    await focusBy(page, 'Shift+Tab', popup.player.getByRole('button', { name: 'Pause' }));
    await page.keyboard.press('Space');
    await expect.poll(async () => (await popup.audio()).paused).toBe(true);

    // The camera, on. (The fake camera's prompt grants at once: no permission page opens first.)
    await focusBy(page, 'Shift+Tab', popup.cameraSwitch, 80);
    await page.keyboard.press('Space');
    await expect.poll(() => popup.cameraSwitch.isChecked()).toBe(true);

    // The face is read: the mood's name is said once, and not again while the camera reads the same.
    await expect.poll(said, { timeout: 45_000 }).toEqual(['Mood: sad', 'Mood: happy']);
    const read = await ext.snapshot();
    await ext.waitForSnapshot((s) => (s.lastReadingAt ?? 0) >= (read.lastReadingAt ?? 0) + 3000, 30_000);
    expect(await said()).toEqual(['Mood: sad', 'Mood: happy']);
    // While it is here, axe on the popup with a face read (mood, score bars, calibrate, its music).
    await popup.music.getByRole('heading', { name: 'Music for happy' }).waitFor();
    const records = await audit(page, 'popup: a face read, with music');
    console.log(report(records));
    expect(records.flatMap((r) => r.severe)).toEqual([]);

    // And off again, from the keyboard.
    await focusBy(page, 'Shift+Tab', popup.cameraSwitch, 80);
    await page.keyboard.press('Space');
    await popup.waitForStatus('Camera is off');
    expect(await popup.cameraSwitch.isChecked()).toBe(false);
  });
});
