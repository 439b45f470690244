import { afterEach, describe, expect, it } from 'vitest';
import { y4m } from '../../scripts/lib/browser/fixtures';
import { type Extension, launchExtension } from '../../scripts/lib/browser/harness';
import { PAGES } from '../../src/shared/pages';
import { PopupPage } from './pages/popup-page';

let ext: Extension | null = null;
afterEach(async () => {
  await ext?.close();
  ext = null;
});

async function askForCamera(e: Extension) {
  const page = await e.open(PAGES.permission);
  await page.getByRole('button', { name: 'Allow the camera' }).click();
  return page;
}

describe('camera failures are explained, not swallowed', () => {
  it('a denied prompt says how to allow it, and the camera stays off', async () => {
    ext = await launchExtension({ camera: y4m('photo-smile'), prompt: 'deny' });
    const page = await askForCamera(ext);
    const status = page.getByRole('status');
    await status.waitFor();
    expect(await status.textContent()).toMatch(/blocked.*Allow/);
    const popup = new PopupPage(await ext.openPopup());
    expect(await popup.cameraSwitch.isChecked()).toBe(false);
    expect(await popup.waitForStatus('Camera is off')).toBeTruthy();
  });

  it('a machine with no camera is told so', async () => {
    ext = await launchExtension({ camera: 'none' });
    const page = await askForCamera(ext);
    const status = page.getByRole('status');
    await status.waitFor();
    expect(await status.textContent()).toMatch(/No camera was found/);
  });
});
