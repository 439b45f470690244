import { afterEach, describe, expect, it } from 'vitest';
import { y4m } from './fixtures';
import { type Extension, grantCamera, launchExtension } from './harness';

let ext: Extension | null = null;
afterEach(async () => {
  await ext?.close();
  ext = null;
});

describe('camera to mood, in real Chromium', () => {
  it('a smiling face makes the popup show happy', async () => {
    ext = await launchExtension({ camera: y4m('fer-happy') });
    await grantCamera(ext);
    const s = await ext.waitForSnapshot((s) => s.status === 'ok' && s.mood !== null);
    console.log('snapshot', JSON.stringify(s));
    const popup = await ext.openPopup();
    await expect(popup.getByLabel('Current mood').getByText('happy', { exact: true })).toBeVisible();
  });
});
