// "How do you feel?" end to end in Debian Chromium: a calm face on the fake camera (FER2013 PrivateTest
// row 32300, test/fixtures/frames/calm-face.png), music from the loopback iTunes stub. Typing a feeling
// moves the mood and the music to its row; the typed feeling fades (a short fade setting here) and the
// face's mood and music come back. The text itself is never stored.
import { describe, expect, it } from 'vitest';
import { y4m } from '../../scripts/lib/browser/fixtures';
import { DIST_TEST, type Extension, grantCamera, launchExtension } from '../../scripts/lib/browser/harness';
import { useItunesStub } from '../../scripts/lib/browser/itunes-endpoint';
import { DEFAULT_MAPPING } from '../../src/core/music/mapping';
import { type ItunesStub, startItunesStub } from '../stubs/itunes-stub';
import { closeAfterEach, opened } from './itunes-harness';
import { PopupPage } from './pages/popup-page';

const FEELING = 'I am so angry about this';
const FADE_MS = 20_000;

let ext: Extension | null = null;
let stub: ItunesStub | null = null;
closeAfterEach();

describe('a typed feeling with a calm face', () => {
  it('moves the mood and the music to the angry row, then fades back to the face', async () => {
    stub = opened(await startItunesStub({ songsPerTerm: 8 }));
    ext = opened(await launchExtension({ camera: y4m('calm-face'), dist: DIST_TEST }));
    await useItunesStub(ext, stub);
    await ext.worker.evaluate(
      (fade) =>
        chrome.storage.local.set({
          feelingFadeSeconds: { v: 1, value: fade / 1000 },
          keylessConsent: { v: 1, value: 'granted' },
        }),
      FADE_MS,
    );
    await grantCamera(ext);
    const face = (await ext.waitForSnapshot((s) => s.status === 'ok' && s.mood !== null)).mood ?? '';
    expect(face).not.toBe('angry');
    const popup = new PopupPage(await ext.openPopup());
    const heading = popup.music.getByRole('heading', { level: 2 });
    await expect.poll(() => heading.textContent()).toBe(`Music for ${face}`);
    const box = popup.page.getByRole('textbox', { name: /How do you feel/ });

    // An empty line changes nothing.
    await box.fill('   ');
    await popup.page.getByRole('button', { name: 'Read', exact: true }).click();
    await popup.page.waitForTimeout(500);
    expect(await heading.textContent()).toBe(`Music for ${face}`);
    expect(await ext.worker.evaluate(() => chrome.storage.session.get('typedFeeling'))).toEqual({});

    await box.fill(FEELING);
    const typedAt = Date.now();
    await box.press('Enter');
    await expect.poll(() => heading.textContent(), { timeout: 10_000 }).toBe('Music for angry');
    await popup.page.getByRole('region', { name: 'Typed feeling' }).getByText('with the face').waitFor();
    expect(await box.inputValue()).toBe(''); // the box is cleared: the text is kept nowhere
    // The angry row's words reach the music service; the typed words do not.
    const angry = [...DEFAULT_MAPPING.angry.genres, ...DEFAULT_MAPPING.angry.keywords];
    await expect
      .poll(() => stub?.searches.some((s) => angry.some((w) => s.term.includes(w))), { timeout: 15_000 })
      .toBe(true);
    expect(stub.searches.filter((s) => /angry about/i.test(JSON.stringify(s)))).toEqual([]);
    await popup.page.getByText('Why these?').click();
    await popup.page.getByTestId('why-fusion').getByText('weighted product with the face').waitFor();
    // Only the scores and the time are stored, never the text.
    const stored = await ext.worker.evaluate(async () => ({
      session: await chrome.storage.session.get(null),
      local: await chrome.storage.local.get(null),
    }));
    expect(JSON.stringify(stored)).not.toMatch(/angry about/i);
    expect(stored.session.typedFeeling).toMatchObject({ value: { at: expect.any(Number) } });

    // The typed feeling fades: the face's mood and its music come back.
    await expect
      .poll(() => heading.textContent(), { timeout: FADE_MS + 15_000, interval: 1000 })
      .toBe(`Music for ${face}`);
    expect(Date.now() - typedAt).toBeLessThan(FADE_MS + 15_000);
    await popup.page.getByRole('region', { name: 'Typed feeling' }).getByText('with the face').waitFor({
      state: 'detached',
    });
  });
});
