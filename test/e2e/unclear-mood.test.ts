// A face on which no emotion is clearly ahead (test/fixtures/frames/unclear-face.png: FER2013 PrivateTest
// row 32623, labelled fear, which the default model reads about as angry (0.40) as calm (0.33)): the popup
// must say the mood is unclear instead of naming one, and no mood (so no music) follows it.
import { afterEach, describe, expect, it } from 'vitest';
import { y4m } from '../../scripts/lib/browser/fixtures';
import { type Extension, grantCamera, launchExtension } from '../../scripts/lib/browser/harness';
import { PopupPage } from './pages/popup-page';

let ext: Extension | null = null;
afterEach(async () => {
  await ext?.close();
  ext = null;
});

describe('an unclear face, in real Chromium with a fake camera', () => {
  it('the popup says the mood is unclear and no mood is set', async () => {
    ext = await launchExtension({ camera: y4m('unclear-face') });
    await grantCamera(ext);
    const s = await ext.waitForSnapshot(
      (s) => s.status === 'ok' && s.scores !== null && (s.lastReadingAt ?? 0) > 0,
    );
    // Several readings in, the smoothed scores are still neck and neck.
    const later = await ext.waitForSnapshot(
      (x) => (x.lastReadingAt ?? 0) >= (s.lastReadingAt ?? 0) + 3000,
      30_000,
    );
    expect(later.unclear).toBe(true);
    expect(later.mood).toBeNull();
    const popup = new PopupPage(await ext.openPopup());
    expect(await popup.waitForStatus('Mood unclear')).toContain('no emotion is clearly ahead');
    // No mood: the popup offers the mood picker rather than music for a guess.
    await popup.page.getByRole('group', { name: 'Or pick a mood:' }).waitFor();
  });
});
