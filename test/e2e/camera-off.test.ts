// Camera off means off (privacy), end to end in Debian Chromium: the switch-off must not wait behind
// the music side. The keep-playing queue runs out while Apple (the loopback stub) never answers, so
// the background is waiting for more tracks, and the user switches the camera off: the camera is
// released and readings stop within a second. The measured times are printed for the record.
import { describe, expect, it } from 'vitest';
import { y4m } from '../../scripts/lib/browser/fixtures';
import { DIST_TEST, type Extension, grantCamera, launchExtension } from '../../scripts/lib/browser/harness';
import { useItunesStub } from '../../scripts/lib/browser/itunes-endpoint';
import { type ItunesStub, startItunesStub } from '../stubs/itunes-stub';
import { closeAfterEach, opened, playQueue, playSadWithSwitchOn } from './itunes-harness';

let ext: Extension | null = null;
let stub: ItunesStub | null = null;
closeAfterEach();

describe('switching the camera off', () => {
  it('with a music service that never answers, releases the camera and stops readings within 1 s', async () => {
    stub = opened(await startItunesStub({ songsPerTerm: 1 }));
    ext = opened(await launchExtension({ camera: y4m('photo-smile'), dist: DIST_TEST }));
    const e = ext;
    await useItunesStub(e, stub);

    // Music keeps playing with the popup closed; then the camera joins the same document.
    const { popup } = await playSadWithSwitchOn(e);
    await expect.poll(async () => (await playQueue(e))?.playing, { timeout: 15_000 }).toBe(true);
    await grantCamera(e);
    const reading = await e.waitForSnapshot((s) => s.lastReadingAt !== null, 60_000);
    await e.waitForSnapshot((s) => (s.lastReadingAt ?? 0) > (reading.lastReadingAt ?? 0));

    // Apple stops answering, and nothing is cached: the queue's end asks Apple for more, and waits.
    stub.hang = true;
    await e.inExtension(() => chrome.storage.local.remove('itunesCache'), null);
    const asked = stub.searches.length;
    const next = popup.player.getByRole('button', { name: 'Next preview' });
    await expect
      .poll(
        async () => {
          if (await next.isEnabled()) await next.click();
          return stub?.searches.length ?? 0;
        },
        { timeout: 30_000, interval: 500 },
      )
      .toBeGreaterThan(asked);

    // The moment the switch went off, as the extension sees it: the setting's change in storage.
    const switched = e.inExtension(
      () =>
        new Promise<number>((resolve) =>
          chrome.storage.onChanged.addListener((changes) => {
            const v = changes.cameraEnabled?.newValue as { value?: boolean } | undefined;
            if (v?.value === false) resolve(Date.now());
          }),
        ),
      null,
    );
    await popup.page.bringToFront();
    const clicked = Date.now();
    await popup.cameraSwitch.uncheck();
    const off = await switched;
    const released = await e.waitForSnapshot((s) => s.status === 'camera-off', 15_000);
    const releasedMs = Date.now() - off;
    const clickMs = off - clicked;
    // Two frame intervals (1 s each) later: no reading came after the first second.
    await popup.page.waitForTimeout(2000);
    const last = (await e.snapshot()).lastReadingAt ?? 0;
    console.log(
      `camera off (setting written ${clickMs} ms after the click): status camera-off after ≤${releasedMs} ms;`,
      `last reading ${last - off} ms after the switch`,
    );
    expect(released.cameraActive).toBe(false);
    expect(releasedMs).toBeLessThan(1000);
    expect(last - off).toBeLessThan(1000);
    // The music side was still waiting for Apple all along.
    expect(stub.searches.length).toBeGreaterThan(asked);
  });
});
