// Firefox reads the same catalogues: the manifest's __MSG__ fields resolve, and the pages' words come
// from browser.i18n (not from the English that t() falls back to where a browser has no catalogue).
import { afterEach, describe, expect, it } from 'vitest';
import { catalogue } from '../support/catalogue';
import { type FirefoxExtension, launchFirefox } from './firefox-harness';

const EN = catalogue('en');

let ff: FirefoxExtension | null = null;
afterEach(async () => {
  await ff?.close();
  ff = null;
});

describe('Firefox locales', () => {
  it('resolves the manifest and the pages’ messages from _locales', async () => {
    ff = await launchFirefox();
    await ff.waitForText(EN.welcome_heading?.message ?? '');
    const seen = await ff.page.evaluate(() => ({
      name: browser.runtime.getManifest().name,
      description: browser.runtime.getManifest().description,
      settings: browser.i18n.getMessage('popup_settings'),
      withSubs: browser.i18n.getMessage('diag_perf', ['1', '2', '3']),
      lang: document.documentElement.lang,
    }));
    expect(seen).toEqual({
      name: EN.ext_name?.message,
      description: EN.ext_description?.message,
      settings: EN.popup_settings?.message,
      withSubs: 'detection 1 ms, classification 2 ms, 3 tensors alive',
      lang: 'en',
    });
  });
});
