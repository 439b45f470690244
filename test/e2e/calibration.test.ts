// Personal calibration end to end: the fake camera shows a calm face (FER2013 PrivateTest row 33061, labelled
// neutral, test/fixtures/frames/resting-sad.png) that the model misreads as sad, the product's known
// failure. Calibrating on it must make the same face read neutral, and forgetting the calibration must
// bring back the model's own reading.
import { afterEach, describe, expect, it } from 'vitest';
import { y4m } from '../../scripts/lib/browser/fixtures';
import { type Extension, grantCamera, launchExtension } from '../../scripts/lib/browser/harness';
import { topEmotion, uniformScores } from '../../src/core/emotions';
import { PopupPage } from './pages/popup-page';

let ext: Extension | null = null;
afterEach(async () => {
  await ext?.close();
  ext = null;
});

describe('calibrate to the resting face, in real Chromium with a fake camera', () => {
  it('the calibrated face reads neutral, is kept locally, and forgetting it restores the reading', async () => {
    ext = await launchExtension({ camera: y4m('resting-sad') });
    // Half a second between frames opens the camera at 640 x 480: the fixture is an upscaled 48 px face,
    // which the detector finds at that size but not at the 480 x 360 asked for at one frame a second.
    await ext.worker.evaluate(() => chrome.storage.local.set({ captureIntervalMs: { v: 1, value: 500 } }));
    await grantCamera(ext);
    const before = await ext.waitForSnapshot((s) => s.status === 'ok' && s.scores !== null);
    const misread = topEmotion(before.scores ?? uniformScores());
    // The fixture is useful only while the model misreads it; if a new model reads it neutral, choose
    // another calm face that it misreads.
    expect(misread).not.toBe('neutral');
    const popup = new PopupPage(await ext.openPopup());

    await popup.calibrate();
    const profile = await ext.worker.evaluate(
      async () => (await chrome.storage.local.get('calibrationProfile')).calibrationProfile,
    );
    expect(profile).toMatchObject({
      v: 1,
      value: { model: 'emotion-ensemble', offsets: expect.any(Object) },
    });
    const offsets = (profile as { value: { offsets: Record<string, number> } }).value.offsets;
    // The misread mood is lowered below the model's own offset for it (calibratedOffsets, keepBias 0:
    // the model's pull towards neutral is given back and this face's own reading replaces it).
    expect(offsets[misread]).toBeLessThan(0);
    const calibrated = await ext.waitForSnapshot((s) => s.mood === 'neutral', 30_000);
    expect(calibrated.status).toBe('ok');
    expect(await popup.mood()).toBe('neutral');

    await popup.forgetCalibration();
    expect(
      await ext.worker.evaluate(
        async () => (await chrome.storage.local.get('calibrationProfile')).calibrationProfile,
      ),
    ).toMatchObject({ value: null });
    await ext.waitForSnapshot((s) => s.scores !== null && topEmotion(s.scores) === misread, 30_000);
  });
});
