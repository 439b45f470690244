import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ROOT, y4m } from '../../scripts/lib/browser/fixtures';
import { type Extension, grantCamera, launchExtension } from '../../scripts/lib/browser/harness';
import { PAGES } from '../../src/shared/pages';

let ext: Extension | null = null;
afterEach(async () => {
  await ext?.close();
  ext = null;
});

describe('options page', () => {
  it('shows the privacy policy, the same text as PRIVACY.md', async () => {
    ext = await launchExtension({ camera: 'none' });
    const page = await ext.open(PAGES.options);
    await page.locator('summary', { hasText: 'Emotune privacy policy' }).click();
    const shown = await page.locator('.policy').innerText();
    expect(shown.trim()).toBe(readFileSync(join(ROOT, 'PRIVACY.md'), 'utf8').trim());
  });

  it('runs the ensemble by default and switches to Human’s model live', async () => {
    ext = await launchExtension({ camera: y4m('photo-smile') });
    await grantCamera(ext);
    const first = await ext.waitForSnapshot((s) => s.status === 'ok');
    expect(first.model).toBe('emotion-ensemble');
    expect(first.mood).toBe('happy');

    const page = await ext.open(PAGES.options);
    await page.getByLabel('Emotion model').selectOption('human-emotion');
    const switched = await ext.waitForSnapshot((s) => s.model === 'human-emotion' && s.status === 'ok');
    expect(switched.mood).toBe('happy');
    await page.getByText(/detection \d+ ms, classification \d+ ms, \d+ tensors alive/).waitFor();
  });

  it('rejects an out-of-range interval with a reason and keeps the saved value', async () => {
    ext = await launchExtension({ camera: y4m('no-face') });
    const page = await ext.open(PAGES.options);
    const interval = page.getByLabel(/Analyse a frame every/);
    await interval.fill('50');
    await page.getByText('Enter a whole number of milliseconds from 250 to 10000.').waitFor();
    const stored = await page.evaluate(
      async () => (await chrome.storage.local.get('captureIntervalMs')).captureIntervalMs,
    );
    expect(stored).toBeUndefined();
    await interval.fill('1500');
    await expect
      .poll(() =>
        page.evaluate(async () => (await chrome.storage.local.get('captureIntervalMs')).captureIntervalMs),
      )
      .toEqual({ v: 1, value: 1500 });
  });
});

describe('options page: the emotion-to-music table', () => {
  const stored = (page: import('playwright-core').Page) =>
    page.evaluate(
      async () =>
        (await chrome.storage.local.get('musicMapping')).musicMapping as { value: unknown } | undefined,
    );

  it('validates row edits, refuses an invalid import whole, imports a valid one, resets all', async () => {
    ext = await launchExtension({ camera: 'none' });
    const page = await ext.open(PAGES.options);
    // A bad edit: the reason shows next to the field and nothing is saved.
    await page.getByLabel('sad keywords').fill('calm, "slow"');
    await page.getByText(/^""slow"" may only use letters, digits, spaces/).waitFor();
    expect(await page.getByRole('button', { name: 'Save sad' }).isDisabled()).toBe(true);
    await page.getByLabel('sad keywords').fill('calm, lo-fi');
    await page.getByRole('button', { name: 'Save sad' }).click();
    await expect.poll(() => stored(page)).toMatchObject({ value: { sad: { keywords: ['calm', 'lo-fi'] } } });

    const { DEFAULT_MAPPING } = await import('../../src/core/music/mapping');
    const file = (name: string, body: unknown) => ({
      name,
      mimeType: 'application/json',
      buffer: Buffer.from(typeof body === 'string' ? body : JSON.stringify(body)),
    });
    const before = await stored(page);
    const broken = { ...DEFAULT_MAPPING, fear: { mood: 'x', genres: [], keywords: [] } };
    await page.getByLabel('Import JSON').setInputFiles(file('broken.json', broken));
    await page.getByText('Not imported, nothing changed: fear: Add at least one genre or keyword.').waitFor();
    expect(await stored(page)).toEqual(before);

    const mine = { ...DEFAULT_MAPPING, fear: { mood: 'cosy', genres: ['ambient'], keywords: ['rain'] } };
    await page.getByLabel('Import JSON').setInputFiles(file('mine.json', mine));
    await page.getByText('Imported mine.json.').waitFor();
    expect(await page.getByLabel('fear keywords').inputValue()).toBe('rain');

    await page.getByRole('button', { name: 'Reset all rows' }).click();
    await expect.poll(async () => (await stored(page))?.value).toEqual(DEFAULT_MAPPING);
    expect(await page.getByLabel('sad keywords').inputValue()).toBe('calm, slow, soft, instrumental');
  });
});
