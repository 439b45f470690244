// The camera loop recovers: a failed send does not stop it, a silent camera page is restarted by the
// watchdog, and a camera that ends mid-session says so and offers a retry. Each breaks the real
// extension from outside (DevTools Protocol), never through a hook in src/.
import { afterEach, describe, expect, it } from 'vitest';
import { y4m } from '../../scripts/lib/browser/fixtures';
import { type Extension, grantCamera, launchExtension } from '../../scripts/lib/browser/harness';
import { offscreenDocument, stopCameraTrack } from '../../scripts/lib/browser/offscreen';
import { WATCH } from '../../src/core/camera-watch';
import { PAGES } from '../../src/shared/pages';
import { envelope } from '../../src/shared/protocol';
import { PopupPage } from './pages/popup-page';

let ext: Extension | null = null;
afterEach(async () => {
  await ext?.close();
  ext = null;
});

async function runningWithAFace() {
  ext = await launchExtension({ camera: y4m('photo-smile') });
  await grantCamera(ext);
  await ext.waitForSnapshot((s) => s.status === 'ok' && s.mood === 'happy');
  return ext;
}

const MARK = 'globalThis.__emotuneTestMark';

/** A status the popup rendered that says the camera stopped reporting, and how many moods it showed as current then. */
type StalledStatus = { text: string; currentMood: number };

describe('the camera loop recovers', () => {
  it('messages that fail for a while (the worker restarting) do not stop the loop', async () => {
    const e = await runningWithAFace();
    const doc = await offscreenDocument(e);
    // Every send fails for 3 s, as sendMessage does while the service worker is being restarted.
    // (Chrome has its own `browser` namespace, which the polyfill then uses as it is: both are broken.)
    await doc.evaluate(`(() => {
      ${MARK} = true;
      const apis = [chrome.runtime, globalThis.browser?.runtime].filter(Boolean);
      const real = apis.map((api) => api.sendMessage);
      const failing = () => Promise.reject(new Error('Could not establish connection. Receiving end does not exist.'));
      for (const api of apis) api.sendMessage = failing;
      return new Promise((done) => setTimeout(() => {
        apis.forEach((api, i) => { api.sendMessage = real[i]; });
        done(true);
      }, 3000));
    })()`);
    const healed = Date.now();
    // Readings come again within a few frames, well before the watchdog (10 s) would restart anything...
    const s = await e.waitForSnapshot((s) => (s.lastReadingAt ?? 0) > healed + 500, 6000);
    expect(s.status).toBe('ok');
    // ...and from the same document: the loop itself survived.
    expect(await doc.evaluate(MARK)).toBe(true);
    await doc.detach();
  });

  it('a camera page that stops reporting is restarted, and its old mood is never shown as current', async () => {
    const e = await runningWithAFace();
    const doc = await offscreenDocument(e);
    await doc.evaluate(`${MARK} = true`);
    // The popup is open before the page goes silent, and keeps a record of every status it renders that
    // says so: the state lasts only until the restarted page reports, too short to be sure of catching
    // it by polling.
    const page = await e.context.newPage();
    await page.addInitScript(() => {
      const seen: StalledStatus[] = [];
      Object.assign(globalThis, { __stalledStatuses: seen });
      new MutationObserver(() => {
        for (const n of document.querySelectorAll('[role=status]')) {
          const text = n.textContent ?? '';
          if (text.includes('stopped reporting'))
            seen.push({ text, currentMood: document.querySelectorAll('.mood:not(.stale)').length });
        }
      }).observe(document, { subtree: true, childList: true, characterData: true });
    });
    await page.goto(e.url(PAGES.popup));
    await page.locator('.mood:not(.stale)').first().waitFor();
    // Freezes the camera page's JavaScript: no reading, no answer, like a page that hangs.
    await doc.call('Debugger.enable');
    await doc.call('Debugger.pause');
    const frozenAt = Date.now();

    // The pause holds every page of the extension's process, the popup's too (measured: it answers
    // nothing while the camera page is paused). What ends it is the watchdog in the worker: at its first
    // alarm after the silence passed its limit (10 s), it marks the mood stale, says why, and restarts the
    // page, which lets the popup render that. The alarm comes every 30 s and the popup's opening re-armed
    // it, so that is about 30 s after the freeze (a 30 s wait here failed once, in CI), at most 40 s.
    const stalled = () =>
      page.evaluate(
        () => (globalThis as unknown as { __stalledStatuses: StalledStatus[] }).__stalledStatuses,
      );
    const watchdogBy = WATCH.silentFloorMs + WATCH.periodMinutes * 60_000 + 20_000;
    await expect.poll(async () => (await stalled()).length, { timeout: watchdogBy }).toBeGreaterThan(0);
    console.log(`the popup said the camera stopped reporting ${Date.now() - frozenAt} ms after the freeze`);
    for (const { text, currentMood } of await stalled()) {
      expect(text).toMatch(/Restarting/);
      expect(currentMood).toBe(0);
    }
    // The watchdog's restart, which the popup's status came with, reads the face again.
    await e.waitForSnapshot(
      (s) => s.status === 'ok' && s.mood === 'happy' && s.restarts === 0 && (s.lastReadingAt ?? 0) > frozenAt,
      45_000,
    );
    const fresh = await offscreenDocument(e);
    expect(await fresh.evaluate(`${MARK} ?? false`)).toBe(false);
    await fresh.detach();
  });
});

describe('a camera that ends mid-session', () => {
  it('says so, stops reading the frozen picture, and Retry brings it back', async () => {
    const e = await runningWithAFace();
    const doc = await offscreenDocument(e);
    expect(await stopCameraTrack(doc)).toBe(1);
    await doc.detach();
    const popup = new PopupPage(await e.openPopup());
    expect(await popup.waitForStatus('The camera stopped')).toMatch(/retry/);
    const ended = await e.waitForSnapshot((s) => s.status === 'camera-ended');
    expect(ended.cameraActive).toBe(false);
    // Nothing is read from the frozen last picture.
    await new Promise((r) => setTimeout(r, 2500));
    expect((await e.snapshot()).lastReadingAt).toBe(ended.lastReadingAt);

    await popup.page.getByRole('button', { name: 'Retry' }).click();
    const back = await e.waitForSnapshot(
      (s) => s.status === 'ok' && (s.lastReadingAt ?? 0) > (ended.lastReadingAt ?? 0),
    );
    expect(back.mood).toBe('happy');
  });
});

describe('camera access revoked mid-session', () => {
  it('says the camera stopped, and Retry works once access is back', async () => {
    const e = await runningWithAFace();
    const browserCdp = await e.context.browser()?.newBrowserCDPSession();
    if (!browserCdp) throw new Error('no browser-level DevTools session');
    const origin = `chrome-extension://${e.id}`;
    // What the user does in the site settings: the browser ends the live track.
    await browserCdp.send('Browser.setPermission', {
      permission: { name: 'camera' },
      setting: 'denied',
      origin,
    });
    const ended = await e.waitForSnapshot((s) => s.status === 'camera-ended');
    // The camera engine's words are a message, translated where they are shown.
    expect(ended.detail).toEqual({ key: 'capture_ended' });
    await browserCdp.send('Browser.setPermission', {
      permission: { name: 'camera' },
      setting: 'granted',
      origin,
    });
    const popup = new PopupPage(await e.openPopup());
    await popup.page.getByRole('button', { name: 'Retry' }).click();
    await e.waitForSnapshot((s) => s.status === 'ok' && (s.lastReadingAt ?? 0) > (ended.lastReadingAt ?? 0));
  });
});

describe('a camera that does not start', () => {
  it('times out with a clear message instead of hanging on "Starting", and Retry starts it', async () => {
    const e = await runningWithAFace();
    const doc = await offscreenDocument(e);
    // The next getUserMedia never answers, like a prompt nobody answers or a driver that hangs.
    await doc.evaluate('navigator.mediaDevices.getUserMedia = () => new Promise(() => undefined); true');
    await doc.detach();
    // The background restarts the capture in the same document (as it does on open), which now opens
    // the camera again. (New options no longer reopen the camera: bg-media-capture-configure.)
    // Not awaited: the page answers only once the start is over (timed out).
    const start = envelope('bg-media-capture-start', {
      intervalMs: 1000,
      modelId: 'emotion-ensemble',
      backend: 'auto',
    });
    await e.worker.evaluate((message) => {
      void chrome.runtime.sendMessage(message);
    }, start);
    await e.waitForSnapshot((s) => s.status === 'starting');
    const popup = new PopupPage(await e.openPopup());
    expect(await popup.waitForStatus('did not start')).toMatch(/no picture after 20 s/);
    await popup.page.getByRole('button', { name: 'Retry' }).click();
    await e.waitForSnapshot((s) => s.status === 'ok' && s.mood === 'happy');
  });
});
