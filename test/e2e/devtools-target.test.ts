// The tests' DevTools reach into the offscreen document (scripts/lib/browser/offscreen.ts) must fail, not
// hang, when the document goes: tests poll it while the extension closes or replaces it, and a call that
// never answers holds expect.poll (which awaits each try) until the test's own timeout, with no reason.
import { afterEach, describe, expect, it } from 'vitest';
import { DIST_TEST, type Extension, launchExtension } from '../../scripts/lib/browser/harness';
import { offscreenDocument } from '../../scripts/lib/browser/offscreen';
import { PAGES } from '../../src/shared/pages';

let ext: Extension | null = null;
afterEach(async () => {
  await ext?.close();
  ext = null;
});

/** A page of the extension that opens and closes an audio-only offscreen document on request. */
async function documentControl(e: Extension) {
  const page = await e.open(PAGES.options);
  return {
    open: () =>
      page.evaluate(
        (url) =>
          chrome.offscreen.createDocument({
            url,
            reasons: [chrome.offscreen.Reason.AUDIO_PLAYBACK],
            justification: 'test',
          }),
        `${PAGES.media}?roles=player`,
      ),
    close: () => page.evaluate(() => chrome.offscreen.closeDocument()),
  };
}

/** The call's outcome, or 'no answer' when it has not settled in 5 s. */
const outcome = (call: Promise<unknown>) =>
  Promise.race([
    call.then(
      () => 'answered',
      (error: Error) => error.message,
    ),
    new Promise((done) => setTimeout(() => done('no answer'), 5000)),
  ]);

describe("the tests' DevTools session with the offscreen document", () => {
  it('fails at once, with a reason, when asked after the document closed', async () => {
    ext = await launchExtension({ camera: 'none', dist: DIST_TEST });
    const control = await documentControl(ext);
    await control.open();
    const doc = await offscreenDocument(ext);
    expect(await doc.evaluate('location.search')).toBe('?roles=player');
    await control.close();
    expect(await outcome(doc.evaluate('1 + 1'))).toMatch(/the offscreen document has gone/);
  });

  it('fails at once when the document closes while it is being asked', async () => {
    ext = await launchExtension({ camera: 'none', dist: DIST_TEST });
    const control = await documentControl(ext);
    await control.open();
    const doc = await offscreenDocument(ext);
    const asked = outcome(doc.evaluate('new Promise((done) => setTimeout(done, 60000))'));
    await control.close();
    expect(await asked).toMatch(/the offscreen document has gone/);
  });
});
