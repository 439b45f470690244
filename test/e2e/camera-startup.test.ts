// After a browser restart the camera stays off unless the user asked for it to resume; while it is on,
// the toolbar badge says so.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { y4m } from '../../scripts/lib/browser/fixtures';
import { type Extension, grantCamera, launchExtension } from '../../scripts/lib/browser/harness';

let ext: Extension | null = null;
let profile: string | null = null;
afterEach(async () => {
  await ext?.close();
  ext = null;
  if (profile) rmSync(profile, { recursive: true, force: true });
  profile = null;
});

const badge = (e: Extension) =>
  e.worker.evaluate(async () => ({
    text: await chrome.action.getBadgeText({}),
    title: await chrome.action.getTitle({}),
  }));
const offscreenDocuments = async (e: Extension) => {
  const worker = e.context.serviceWorkers().at(-1) ?? e.worker;
  return worker.evaluate(
    async () =>
      (await chrome.runtime.getContexts({ contextTypes: [chrome.runtime.ContextType.OFFSCREEN_DOCUMENT] }))
        .length,
  );
};

/** Runs the camera in a profile, closes the browser, and starts it again on the same profile. */
async function restartWithCameraOn(resume: boolean): Promise<Extension> {
  profile = mkdtempSync(join(tmpdir(), 'emotune-restart-'));
  const first = await launchExtension({ camera: y4m('photo-smile'), profile });
  await grantCamera(first);
  if (resume)
    await first.worker.evaluate(() => chrome.storage.local.set({ resumeCamera: { v: 1, value: true } }));
  await first.waitForSnapshot((s) => s.status === 'ok');
  await first.close();
  ext = await launchExtension({ camera: y4m('photo-smile'), profile });
  return ext;
}

describe('the camera after a browser restart', () => {
  it('is off by default: the switch is off and no camera page opens', async () => {
    const e = await restartWithCameraOn(false);
    await new Promise((r) => setTimeout(r, 4000));
    const enabled = await e.worker.evaluate(
      async () => (await chrome.storage.local.get('cameraEnabled')).cameraEnabled,
    );
    expect(enabled).toEqual({ v: 1, value: false });
    expect(await offscreenDocuments(e)).toBe(0);
    expect((await badge(e)).text).toBe('');
  });

  it('resumes when the user asked for it, and the badge shows the camera is on', async () => {
    const e = await restartWithCameraOn(true);
    await e.waitForSnapshot((s) => s.status === 'ok');
    expect(await offscreenDocuments(e)).toBe(1);
    expect(await badge(e)).toEqual({ text: 'on', title: 'Emotune (camera on)' });
  });
});

describe('the badge', () => {
  it('shows while the camera is on and clears when it is switched off', async () => {
    ext = await launchExtension({ camera: y4m('photo-smile') });
    expect((await badge(ext)).text).toBe('');
    await grantCamera(ext);
    await ext.waitForSnapshot((s) => s.status === 'ok');
    expect((await badge(ext)).text).toBe('on');
    await ext.worker.evaluate(() => chrome.storage.local.set({ cameraEnabled: { v: 1, value: false } }));
    await ext.waitForSnapshot((s) => s.status === 'camera-off');
    await new Promise((r) => setTimeout(r, 500));
    expect(await badge(ext)).toEqual({ text: '', title: 'Emotune' });
  });
});
