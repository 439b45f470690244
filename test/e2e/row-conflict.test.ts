// The popup and the options page editing the same mapping row at once: neither edit is lost silently.
import { afterEach, describe, expect, it } from 'vitest';
import { type Extension, launchExtension } from '../../scripts/lib/browser/harness';
import { DEFAULT_MAPPING } from '../../src/core/music/mapping';
import { PAGES } from '../../src/shared/pages';
import { PopupPage } from './pages/popup-page';

let ext: Extension | null = null;
afterEach(async () => {
  await ext?.close();
  ext = null;
});

describe('one row edited in two windows', () => {
  it('the popup keeps its unsaved edit, says the row changed elsewhere, and the user chooses', async () => {
    ext = await launchExtension({ camera: 'none' });
    const popup = new PopupPage(await ext.openPopup());
    await popup.pickMood('happy');
    await popup.page.getByText('Edit the happy row').click();
    const popupGenres = popup.page.getByLabel('happy genres');
    await popupGenres.fill('funk');

    const options = await ext.open(PAGES.options);
    await options.getByLabel('happy keywords').fill('sunny day');
    await options.getByRole('button', { name: 'Save happy' }).click();

    const note = popup.page.getByRole('alert').filter({ hasText: 'changed in another window' });
    await note.waitFor();
    expect(await note.textContent()).toContain('sunny day');
    expect(await popupGenres.inputValue()).toBe('funk');

    // Keeping one's own edit is a choice made knowingly; the stored row is then the popup's.
    await popup.page.getByRole('button', { name: 'Save happy' }).click();
    const stored = async () =>
      ext?.worker.evaluate(async () => (await chrome.storage.local.get('musicMapping')).musicMapping);
    await expect
      .poll(stored)
      .toMatchObject({ value: { happy: { ...DEFAULT_MAPPING.happy, genres: ['funk'] } } });
    await note.waitFor({ state: 'detached' });
    // The options page had nothing unsaved, so it simply shows the new row.
    await expect.poll(() => options.getByLabel('happy genres').inputValue()).toBe('funk');
  });

  it('"Use that version" takes the other window’s row instead', async () => {
    ext = await launchExtension({ camera: 'none' });
    const popup = new PopupPage(await ext.openPopup());
    await popup.pickMood('happy');
    await popup.page.getByText('Edit the happy row').click();
    await popup.page.getByLabel('happy genres').fill('funk');
    const options = await ext.open(PAGES.options);
    await options.getByLabel('happy keywords').fill('sunny day');
    await options.getByRole('button', { name: 'Save happy' }).click();
    await popup.page.getByRole('button', { name: 'Use that version' }).click();
    expect(await popup.page.getByLabel('happy keywords').inputValue()).toBe('sunny day');
    expect(await popup.page.getByLabel('happy genres').inputValue()).toBe('dance, pop');
  });
});
