// Mood history older than 24 hours goes when the background starts, with no page open and no new mood.
import { afterEach, describe, expect, it } from 'vitest';
import { type Extension, launchExtension } from '../../scripts/lib/browser/harness';
import { HISTORY, type MoodSpan } from '../../src/core/mood-history';
import { PAGES } from '../../src/shared/pages';
import { stopServiceWorker } from './service-worker';

let ext: Extension | null = null;
afterEach(async () => {
  await ext?.close();
  ext = null;
});

describe('mood history older than 24 hours', () => {
  it('is deleted when the background starts', async () => {
    ext = await launchExtension({ camera: 'none' });
    const page = await ext.open(PAGES.permission); // a page that never reads the history
    const now = Date.now();
    const old: MoodSpan = {
      mood: 'sad',
      from: now - HISTORY.windowMs - 120_000,
      to: now - HISTORY.windowMs - 60_000,
    };
    const fresh: MoodSpan = { mood: 'happy', from: now - 60_000, to: now - 1000 };
    const stored = () =>
      page.evaluate(async () => (await chrome.storage.local.get('moodHistory')).moodHistory);
    await page.evaluate((value) => chrome.storage.local.set({ moodHistory: { v: 1, value } }), [old, fresh]);
    await stopServiceWorker(ext);
    // Any event wakes a fresh worker; it reads (and so prunes) the history at start.
    await page.evaluate(() => chrome.runtime.sendMessage({ wake: true }).catch(() => undefined));
    await expect.poll(stored, { timeout: 15_000 }).toEqual({ v: 1, value: [fresh] });
  });
});
