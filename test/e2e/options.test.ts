import { afterEach, describe, expect, it } from 'vitest';
import { y4m } from './fixtures';
import { type Extension, grantCamera, launchExtension } from './harness';

let ext: Extension | null = null;
afterEach(async () => {
  await ext?.close();
  ext = null;
});

describe('options page', () => {
  it('runs the Xception by default and switches to Human’s model live', async () => {
    ext = await launchExtension({ camera: y4m('photo-smile') });
    await grantCamera(ext);
    const first = await ext.waitForSnapshot((s) => s.status === 'ok');
    expect(first.model).toBe('emotion-xception');
    expect(first.mood).toBe('happy');

    const page = await ext.context.newPage();
    await page.goto(ext.url('src/options/index.html'));
    await page.getByLabel('Emotion model').selectOption('human-emotion');
    const switched = await ext.waitForSnapshot((s) => s.model === 'human-emotion' && s.status === 'ok');
    expect(switched.mood).toBe('happy');
    await page.getByText(/detection \d+ ms, classification \d+ ms, \d+ tensors alive/).waitFor();
  });

  it('rejects an out-of-range interval with a reason and keeps the saved value', async () => {
    ext = await launchExtension({ camera: y4m('no-face') });
    const page = await ext.context.newPage();
    await page.goto(ext.url('src/options/index.html'));
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
