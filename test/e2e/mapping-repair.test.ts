// A damaged row of the stored mapping is reset alone, and the page the user has open says so.
import { afterEach, describe, expect, it } from 'vitest';
import { y4m } from '../../scripts/lib/browser/fixtures';
import { type Extension, launchExtension } from '../../scripts/lib/browser/harness';
import { DEFAULT_MAPPING } from '../../src/core/music/mapping';
import { PAGES } from '../../src/shared/pages';

let ext: Extension | null = null;
afterEach(async () => {
  await ext?.close();
  ext = null;
});

describe('a damaged mapping row', () => {
  it('the popup says which row was reset, shows what was there, and the note goes when dismissed', async () => {
    ext = await launchExtension({ camera: y4m('photo-smile') });
    const mine = { mood: 'sunny', genres: ['funk'], keywords: ['sunny day'] };
    const damaged = { ...DEFAULT_MAPPING, happy: mine, sad: { mood: 42 } };
    await ext.worker.evaluate(
      (value) => chrome.storage.local.set({ musicMapping: { v: 1, value } }),
      damaged,
    );
    const popup = await ext.openPopup();
    const alert = popup.getByRole('alert').filter({ hasText: 'sad row was damaged' });
    await alert.waitFor();
    await alert.getByText('Show what was there').click();
    expect(await alert.locator('pre').textContent()).toContain('"mood": 42');
    const stored = await ext.worker.evaluate(
      async () => (await chrome.storage.local.get('musicMapping')).musicMapping,
    );
    expect(stored).toEqual({ v: 1, value: { ...DEFAULT_MAPPING, happy: mine } });
    await alert.getByRole('button', { name: 'Dismiss' }).click();
    await alert.waitFor({ state: 'detached' });
    // The options page, opened later, has nothing more to say.
    const options = await ext.open(PAGES.options);
    await options.getByRole('heading', { name: 'Emotune settings' }).waitFor();
    await new Promise((r) => setTimeout(r, 500));
    expect(await options.getByRole('alert').filter({ hasText: 'row was damaged' }).count()).toBe(0);
  });
});
