// "Keep playing while I browse" end to end in Debian Chromium: previews play on from the offscreen
// document after the popup closes, as a queue (the stub's previews last 4 s), share that one document
// with the camera, and move to a new mood's music once auto-suggest announces it. Nothing plays before
// the user presses play. The document's audio is read through DevTools, as a user's ears would hear it.
import { describe, expect, it } from 'vitest';
import { y4m } from '../../scripts/lib/browser/fixtures';
import { DIST_TEST, type Extension, grantCamera, launchExtension } from '../../scripts/lib/browser/harness';
import { useItunesStub } from '../../scripts/lib/browser/itunes-endpoint';
import { offscreenDocument } from '../../scripts/lib/browser/offscreen';
import { type ItunesStub, startItunesStub } from '../stubs/itunes-stub';
import { closeAfterEach, opened, playQueue, playSadWithSwitchOn } from './itunes-harness';
import { PopupPage } from './pages/popup-page';
import { stopServiceWorker } from './service-worker';

let ext: Extension | null = null;
let stub: ItunesStub | null = null;
closeAfterEach();

interface DocAudio {
  roles: string;
  src: string;
  paused: boolean;
  currentTime: number;
  volume: number;
}

/** Evaluates `expression` in the offscreen document and answers its value; null: no document. */
async function inDocument(e: Extension, expression: string): Promise<unknown> {
  const doc = await offscreenDocument(e).catch(() => null);
  if (!doc) return null;
  try {
    return await doc.evaluate(expression);
  } finally {
    await doc.detach();
  }
}

/** The offscreen document's roles (from its URL) and its audio element's state; null: no document. */
const docAudio = async (e: Extension) =>
  (await inDocument(
    e,
    `(() => {
      const a = document.querySelector('audio');
      const roles = new URLSearchParams(location.search).get('roles') ?? '';
      return a
        ? { roles, src: a.currentSrc || a.src, paused: a.paused, currentTime: a.currentTime, volume: a.volume }
        : { roles, src: '', paused: true, currentTime: 0, volume: 1 };
    })()`,
  )) as DocAudio | null;

async function start(camera: 'photo-smile' | 'none', songsPerTerm = 4) {
  stub = opened(await startItunesStub({ songsPerTerm }));
  ext = opened(await launchExtension({ camera: camera === 'none' ? 'none' : y4m(camera), dist: DIST_TEST }));
  await useItunesStub(ext, stub);
  // Auto-suggest's shortest hold, so that a new mood is announced within the test.
  await ext.inExtension(() => chrome.storage.local.set({ moodHoldSeconds: { v: 1, value: 5 } }), null);
  return { e: ext, s: stub };
}

/**
 * The user turns keep-playing on in the settings, picks sad in the popup, allows Apple's tracks and
 * presses play on the first: with the switch on, play goes straight to the offscreen document.
 */
async function playWithSwitchOn(e: Extension) {
  const { popup, options } = await playSadWithSwitchOn(e);
  await expect.poll(async () => (await docAudio(e))?.paused, { timeout: 15_000 }).toBe(false);
  return { popup, options };
}

describe('keep playing while I browse (Chrome: the offscreen document)', () => {
  it('hands a preview over to the offscreen document, plays the queue with the popup closed, follows a new mood', async () => {
    const { e, s } = await start('photo-smile');
    const popup = new PopupPage(await e.openPopup());
    // The camera is off (a fresh install): the user picks a mood and listens in the popup first.
    await popup.pickMood('sad');
    await popup.keylessOffer.getByRole('button', { name: 'Show real tracks' }).click();
    const sad = await popup.trackNames();
    const first = sad[0] ?? '';
    await popup.playPreview(first);
    await expect.poll(async () => (await popup.audio()).paused).toBe(false);

    // The switch hands the track over: the popup falls silent, the offscreen document plays it on.
    await popup.player.getByRole('switch', { name: 'Keep playing while I browse' }).check();
    await expect.poll(async () => (await popup.audio()).paused).toBe(true);
    await expect.poll(async () => (await docAudio(e))?.paused, { timeout: 15_000 }).toBe(false);
    const handed = await docAudio(e);
    expect(handed?.roles).toBe('player');
    expect(handed?.volume).toBeCloseTo(0.7);
    const handedQueue = await playQueue(e);
    expect(handedQueue?.tracks[handedQueue.index]?.name).toBe(first);
    await popup.player.getByText(first).waitFor();

    // The popup closes; the queue goes on to the next track when the 4-second preview ends.
    await popup.page.close();
    const firstSrc = handed?.src;
    await expect.poll(async () => (await docAudio(e))?.src, { timeout: 20_000 }).not.toBe(firstSrc);
    expect((await docAudio(e))?.paused).toBe(false);
    expect((await playQueue(e))?.index).toBeGreaterThan(0);

    // The camera joins (the user allows it, which switches it on): a document made for audio alone
    // would be closed by Chrome once the audio stops, so the camera gets one with both reasons, and the
    // music carries on there.
    await grantCamera(e);
    const again = new PopupPage(await e.openPopup());
    await expect.poll(async () => (await docAudio(e))?.roles, { timeout: 20_000 }).toBe('camera,player');
    await expect.poll(async () => (await docAudio(e))?.paused, { timeout: 15_000 }).toBe(false);

    // The smiling face holds for 5 s: auto-suggest announces happy, and the queue moves to happy music
    // when the track in play ends. Previews last 4 s, so the track is read only once it is paused.
    await e.waitForSnapshot((x) => x.mood === 'happy', 60_000);
    await expect.poll(async () => (await playQueue(e))?.emotion, { timeout: 40_000 }).toBe('happy');
    await expect.poll(async () => (await docAudio(e))?.paused, { timeout: 15_000 }).toBe(false);

    // Pause in the popup: silence, though the camera keeps reading the mood.
    await again.player.getByRole('button', { name: 'Pause' }).click();
    // Read once the page and the queue agree: a track that ends as Pause is pressed is paused too, for
    // the moment before the next one loads.
    const settled = async () => {
      const [audio, now] = [await docAudio(e), await playQueue(e)];
      return audio?.paused === true && now?.playing === false && audio.src === now.tracks[now.index]?.preview;
    };
    await expect.poll(settled).toBe(true);
    const q = await playQueue(e);
    const playingNow = q?.tracks[q.index];
    expect(q?.emotion).toBe('happy');
    expect(sad).not.toContain(playingNow?.name);
    await again.player.getByText(playingNow?.name ?? '').waitFor();
    const pausedAt = (await docAudio(e))?.currentTime ?? 0;
    expect((await e.snapshot()).status).toBe('ok');

    // Camera off and nothing playing: the document goes. Play again: a new one resumes where it was.
    // The popup goes on showing the queue's music, though no mood is read or picked now.
    await again.cameraSwitch.uncheck();
    await expect.poll(() => docAudio(e), { timeout: 15_000 }).toBeNull();
    await again.player.getByRole('button', { name: 'Play' }).click();
    await expect.poll(async () => (await docAudio(e))?.paused, { timeout: 15_000 }).toBe(false);
    const resumed = await docAudio(e);
    expect(resumed?.roles).toBe('player');
    expect(resumed?.src).toBe(playingNow?.preview);
    expect(resumed?.currentTime).toBeGreaterThanOrEqual(pausedAt - 0.3);
    expect(Object.keys(s.previewsServed).length).toBeGreaterThan(2);
  });

  it('a mood change never starts audio: a paused queue stays paused while auto-suggest announces', async () => {
    const { e } = await start('photo-smile');
    const { popup } = await playWithSwitchOn(e);
    expect((await popup.audio()).src).toBe('');
    // Paused, with the camera off: nothing needs the document any more.
    await popup.player.getByRole('button', { name: 'Pause' }).click();
    await expect.poll(() => docAudio(e)).toBeNull();

    // The camera starts in a new document, which loads the paused track and leaves it paused.
    await grantCamera(e);
    await e.waitForSnapshot((x) => x.mood === 'happy', 60_000);
    await expect.poll(async () => (await playQueue(e))?.next?.emotion, { timeout: 30_000 }).toBe('happy');
    await popup.page.waitForTimeout(1000);
    expect((await playQueue(e))?.playing).toBe(false);
    expect((await docAudio(e))?.paused).toBe(true);
    await popup.player.getByRole('button', { name: 'Play' }).waitFor();
  });

  it('the browser’s media controls show the track; a pause and a play from them show in the popup', async () => {
    const { e } = await start('none');
    const { popup } = await playWithSwitchOn(e);
    // The media controls (or a media key) act on the document's audio element itself, not on Emotune.
    const press = async (what: 'pause' | 'play') =>
      expect(
        await inDocument(e, `Promise.resolve(document.querySelector('audio').${what}()).then(() => true)`),
      ).toBe(true);
    // The controls show the track in play: its title, artists and cover (Media Session).
    const q = await playQueue(e);
    const track = q?.tracks[q.index];
    await expect
      .poll(() =>
        inDocument(
          e,
          `(() => { const m = navigator.mediaSession.metadata;
            return m && { title: m.title, artist: m.artist, artwork: m.artwork.map((a) => a.src) }; })()`,
        ),
      )
      .toEqual({ title: track?.name, artist: track?.artists.join(', '), artwork: [track?.image] });
    await press('pause');
    await popup.player.getByRole('button', { name: 'Play' }).waitFor();
    expect((await playQueue(e))?.playing).toBe(false);
    // The document stays, so that the same controls can resume it.
    expect((await docAudio(e))?.paused).toBe(true);
    await press('play');
    await popup.player.getByRole('button', { name: 'Pause' }).waitFor();
    expect((await playQueue(e))?.playing).toBe(true);
  });

  it('plays on through a service-worker restart: the next track comes from a fresh worker', async () => {
    const { e } = await start('none');
    const { popup, options } = await playWithSwitchOn(e);
    const src = (await docAudio(e))?.src;
    await popup.page.close();
    await options.close();

    // Nothing of the queue is in the worker: the page's report of the track's end wakes a new one,
    // which carries on from storage.
    await stopServiceWorker(e);
    await expect.poll(async () => (await docAudio(e))?.src, { timeout: 20_000 }).not.toBe(src);
    expect((await docAudio(e))?.paused).toBe(false);
    expect((await playQueue(e))?.index).toBe(1);
  });

  it('skips a preview that never loads, as a failure: a queue of dead links stops, its clock at 0:00', async () => {
    const { e, s } = await start('none', 1);
    s.hangPreviews = true;
    const { popup } = await playSadWithSwitchOn(e);
    await expect.poll(async () => (await playQueue(e))?.playing, { timeout: 15_000 }).toBe(true);
    const count = (await playQueue(e))?.tracks.length ?? 0;
    // Seconds pass with nothing loaded: the clock does not run past the preview's (unknown) length.
    await popup.page.waitForTimeout(2500);
    expect(await popup.player.getByRole('progressbar').evaluate((p: HTMLProgressElement) => p.value)).toBe(0);
    // Each dead link is given up after 5 s; when all have failed in a row, the queue stops and says why.
    await expect
      .poll(async () => (await playQueue(e))?.playing, { timeout: 5000 * count + 15_000 })
      .toBe(false);
    const q = await playQueue(e);
    expect(q?.failures).toBe(count);
    // Stored as a message the popup translates: the page's own words inside the queue's.
    expect(q?.error).toEqual({
      key: 'player_previewsFailed',
      subs: { why: { key: 'player_noSound', subs: { seconds: 5 } } },
    });
    await popup.player.getByText(/Previews could not be played/).waitFor();
    expect((await docAudio(e))?.paused ?? true).toBe(true);
    expect(Object.keys(s.previewsServed)).toHaveLength(count);
  });

  it('no audio without a press of play after the page goes: Chrome closes it, the camera is allowed outside the popup', async () => {
    const { e } = await start('photo-smile');
    const { popup, options } = await playWithSwitchOn(e);
    await popup.page.close();
    await options.close();
    // What Chrome does to a silent audio document after 30 s (and to any when it must): it is closed.
    await e.worker.evaluate(() => chrome.offscreen.closeDocument());
    expect(await docAudio(e)).toBeNull();
    expect((await playQueue(e))?.playing).toBe(true);
    // The camera is allowed from the permission page (no popup opened): a new document for the camera,
    // which asks what to play and is told the queue is paused.
    await grantCamera(e);
    await expect.poll(async () => (await docAudio(e))?.roles, { timeout: 15_000 }).toBe('camera');
    await e.waitForSnapshot((x) => x.lastReadingAt !== null, 60_000);
    expect((await docAudio(e))?.paused).toBe(true);
    expect((await playQueue(e))?.playing).toBe(false);
  });
});
