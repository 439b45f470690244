// The pages in German: Chromium started with --lang=de shows the German catalogue, and no visible text
// or spoken attribute is an English message whose German differs (a hard-coded string, or a key
// translated nowhere). English stays the default locale that the other e2e tests read.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { y4m } from '../../scripts/lib/browser/fixtures';
import { DIST_TEST, type Extension, launchExtension } from '../../scripts/lib/browser/harness';
import { useItunesStub } from '../../scripts/lib/browser/itunes-endpoint';
import { DEFAULT_MAPPING } from '../../src/core/music/mapping';
import { PAGES } from '../../src/shared/pages';
import { type ItunesStub, startItunesStub } from '../stubs/itunes-stub';
import { catalogue, EN } from '../support/catalogue';
import { closeAfterEach, opened } from './itunes-harness';

const DE = catalogue('de');

/** Each English message that reads differently in German, as a pattern over a whole text. */
const ENGLISH = Object.entries(EN)
  .filter(([key, entry]) => DE[key]?.message !== entry.message)
  .map(([key, entry]) => {
    const parts = entry.message.split(/\$[A-Za-z0-9_]+\$/);
    const escaped = parts.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'));
    return {
      key,
      letters: parts.join('').replace(/[^\p{L}]/gu, '').length,
      re: new RegExp(`^${escaped.join('.+?')}$`, 'u'),
    };
  })
  // A message that is nearly all placeholder ("$TITLE$ by $ARTISTS$") would match any text.
  .filter((m) => m.letters >= 3);

/** Every text a person can see or hear on the page: text nodes, elements' texts, spoken attributes, the title. */
async function shownTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    for (const d of document.querySelectorAll('details')) d.open = true;
    const texts = [document.title];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const parent = walker.currentNode.parentElement;
      if (parent?.checkVisibility()) texts.push(walker.currentNode.textContent ?? '');
    }
    for (const el of document.body.querySelectorAll<HTMLElement>('*')) {
      if (el.checkVisibility() && !['SCRIPT', 'STYLE', 'PRE'].includes(el.tagName)) texts.push(el.innerText);
      for (const attr of ['aria-label', 'title', 'placeholder', 'alt'])
        texts.push(el.getAttribute(attr) ?? '');
    }
    return texts.map((t) => t.replace(/\s+/g, ' ').trim()).filter((t) => t !== '');
  });
}

async function expectGerman(page: Page): Promise<void> {
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('de');
  const english = (await shownTexts(page)).flatMap((text) =>
    ENGLISH.filter((m) => m.re.test(text)).map((m) => `${m.key}: ${text}`),
  );
  expect([...new Set(english)]).toEqual([]);
}

let ext: Extension | null = null;
let stub: ItunesStub | null = null;
closeAfterEach();

describe('German pages (--lang=de)', () => {
  it('the popup, with a picked mood, its music and every fold open', async () => {
    ext = opened(await launchExtension({ camera: 'none', args: ['--lang=de'] }));
    const page = await ext.openPopup();
    await page.getByRole('switch', { name: 'Kamera' }).waitFor();
    await page.getByRole('button', { name: 'traurig' }).click();
    await page.getByRole('heading', { name: 'Musik für „traurig“' }).waitFor();
    await page.getByRole('region', { name: 'Apples Katalog' }).waitFor();
    await expectGerman(page);
  });

  it('the popup with a face read, its scores, Apple’s tracks and the player', async () => {
    stub = opened(await startItunesStub({ songsPerTerm: 8 }));
    ext = opened(await launchExtension({ camera: y4m('photo-smile'), dist: DIST_TEST, args: ['--lang=de'] }));
    await useItunesStub(ext, stub);
    const allow = await ext.open(PAGES.permission);
    await allow.getByRole('button', { name: 'Kamera erlauben' }).click();
    await allow.getByRole('status').filter({ hasText: 'Kamera erlaubt' }).waitFor();
    await expectGerman(allow);
    await ext.waitForSnapshot((s) => s.status === 'ok' && s.mood === 'happy');
    // The background speaks German too: the badge's title (its words come from the catalogue).
    const title = await ext.worker.evaluate(() => chrome.action.getTitle({}));
    expect(title).toMatch(/^Emotune(: Du wirkst fröhlich)? \(Kamera an\)$/);

    const page = await ext.openPopup();
    const mood = page.getByRole('region', { name: 'Aktuelle Stimmung' });
    await mood.locator('.name', { hasText: 'fröhlich' }).waitFor();
    await page.getByRole('button', { name: 'Echte Titel zeigen' }).click();
    const tracks = page.getByRole('list', { name: 'Vorgeschlagene Titel' }).getByRole('listitem');
    await tracks.first().waitFor();
    await tracks
      .first()
      .getByRole('button', { name: /^Hörprobe von .* abspielen$/ })
      .click();
    await page.getByRole('region', { name: 'Hörproben-Player' }).waitFor();
    await expectGerman(page);
  });

  it('the settings page with its welcome', async () => {
    ext = opened(await launchExtension({ camera: 'none', args: ['--lang=de'] }));
    const page = await ext.open(`${PAGES.options}?welcome`);
    await page.getByRole('heading', { name: 'Willkommen bei Emotune' }).waitFor();
    await page.getByRole('heading', { name: 'Emotune-Einstellungen' }).waitFor();
    // A validation message from core, translated by the page.
    await page.getByLabel('Bildanalyse alle').fill('50');
    await page.getByText('Gib eine ganze Zahl von 250 bis 10000 ein (Millisekunden).').waitFor();
    await page.getByLabel('Genres für „fröhlich“').fill('pop!');
    await page.getByText('„pop!“: darf nur Buchstaben').waitFor();
    await expectGerman(page);
  });

  it('a repair note from storage, written by shared code, in German', async () => {
    ext = opened(await launchExtension({ camera: 'none', args: ['--lang=de'] }));
    const damaged = { ...DEFAULT_MAPPING, sad: { mood: 42 } };
    await ext.worker.evaluate(
      (value) => chrome.storage.local.set({ musicMapping: { v: 1, value } }),
      damaged,
    );
    const page = await ext.openPopup();
    await page
      .getByRole('alert')
      .filter({ hasText: 'Die gespeicherte Zeile „traurig“ war beschädigt' })
      .waitFor();
    await expectGerman(page);
  });

  it('the permission page, before and after asking', async () => {
    ext = opened(await launchExtension({ camera: 'none', args: ['--lang=de'] }));
    const page = await ext.open(PAGES.permission);
    await expectGerman(page);
    await page.getByRole('button', { name: 'Kamera erlauben' }).click();
    await page.getByRole('status').waitFor();
    await expectGerman(page);
  });
});
