import { afterEach, describe, expect, it } from 'vitest';
import { y4m } from '../../scripts/lib/browser/fixtures';
import { type Extension, grantCamera, launchExtension } from '../../scripts/lib/browser/harness';
import { PopupPage } from './pages/popup-page';
import { stopServiceWorker } from './service-worker';

let ext: Extension | null = null;

afterEach(async () => {
  await ext?.close();
  ext = null;
});

async function start(frame: Parameters<typeof y4m>[0]) {
  ext = await launchExtension({ camera: y4m(frame) });
  await grantCamera(ext);
  return ext;
}

describe('camera to mood, in real Chromium with a fake camera', () => {
  it('a smiling face makes the popup show happy, with seven score bars and the time', async () => {
    const e = await start('photo-smile');
    await e.waitForSnapshot((s) => s.status === 'ok' && s.mood !== null);
    const popup = new PopupPage(await e.openPopup());
    expect(await popup.mood()).toBe('happy');
    const bars = await popup.scoreLabels();
    expect(bars).toHaveLength(7);
    expect(bars.find((b) => b.startsWith('happy'))).toMatch(/^happy \d+%$/);
    expect(await popup.lastReading()).toMatch(/^Last reading \d/);
    expect(await popup.cameraSwitch.isChecked()).toBe(true);
  });

  it('a frame with no face says so', async () => {
    const e = await start('no-face');
    const popup = new PopupPage(await e.openPopup());
    expect(await popup.waitForStatus('No face in view')).toContain('Face the camera');
  });

  it('several faces: reads the largest and says so', async () => {
    const e = await start('several-faces');
    const popup = new PopupPage(await e.openPopup());
    expect(await popup.waitForStatus('Several faces')).toContain('largest');
    expect((await e.snapshot()).faceCount).toBeGreaterThan(1);
  });

  it('the mood survives a service-worker restart (state is in storage, not globals)', async () => {
    const e = await start('photo-smile');
    const before = await e.waitForSnapshot((s) => s.status === 'ok' && s.mood === 'happy');
    await e.worker.evaluate(() => Object.assign(globalThis, { beforeRestart: true }));
    await stopServiceWorker(e);
    // The camera page's next reading wakes a fresh worker, which must carry on from the stored state.
    const after = await e.waitForSnapshot((s) => (s.lastReadingAt ?? 0) > (before.lastReadingAt ?? 0) + 1500);
    expect(after.mood).toBe('happy');
    expect(after.moodSince).toBe(before.moodSince);
    const fresh = e.context.serviceWorkers().at(-1);
    expect(await fresh?.evaluate(() => 'beforeRestart' in globalThis)).toBe(false);
  });

  it('a dark frame asks for light instead of guessing', async () => {
    const e = await start('dark');
    const popup = new PopupPage(await e.openPopup());
    expect(await popup.waitForStatus('Too dark')).toContain('light');
  });

  it('turning the camera off in the popup ends the camera track and closes the camera page', async () => {
    const e = await start('photo-smile');
    await e.waitForSnapshot((s) => s.status === 'ok');
    const popup = new PopupPage(await e.openPopup());
    await popup.cameraSwitch.click();
    await popup.waitForStatus('Camera is off');
    const s = await e.waitForSnapshot((s) => s.status === 'camera-off');
    expect(s.cameraActive).toBe(false);
    const documents = () =>
      e.worker.evaluate(
        async () =>
          (
            await chrome.runtime.getContexts({
              contextTypes: [chrome.runtime.ContextType.OFFSCREEN_DOCUMENT],
            })
          ).length,
      );
    // The page reports 'off' itself when it stops capturing, which can reach storage before the
    // background's queued job has closed the page: the page must be gone soon after, not at that instant.
    await expect.poll(documents, { timeout: 5000 }).toBe(0);
    // No reading arrives once the camera is off.
    const before = s.lastReadingAt;
    await new Promise((r) => setTimeout(r, 2500));
    expect((await e.snapshot()).lastReadingAt).toBe(before);
  });
});
