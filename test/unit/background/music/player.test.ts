// The background's player control in Node: real storage items on the in-memory fake browser, a media
// page that records what was asked of it, and a suggester fake.
import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { MediaPage, PageRole } from '../../../../src/background/media-page/media-page';
import { createPlayer } from '../../../../src/background/music/player';
import type { Emotion } from '../../../../src/core/emotions';
import { DEFAULT_MAPPING } from '../../../../src/core/music/mapping';
import type { PlayerView } from '../../../../src/core/music/play-queue';
import { linkSuggestions, type Suggestions } from '../../../../src/core/music/suggestions';
import { createSerial } from '../../../../src/core/serial';
import { previewVolumeDef } from '../../../../src/shared/music-settings';
import { playQueueDef } from '../../../../src/shared/player-items';
import { cameraEnabledDef } from '../../../../src/shared/settings';
import { suggestionsDef } from '../../../../src/shared/suggester-items';
import { appleTrack } from '../../../support/apple-track';
import { fakeItem } from '../../../support/fake-stores';

const track = appleTrack;
const set = (emotion: Emotion, ids: string[]): Suggestions => ({
  ...linkSuggestions({ emotion, source: emotion, strategy: 'match', row: DEFAULT_MAPPING[emotion] }, null, 1),
  provider: 'itunes',
  origin: 'tracks',
  tracks: ids.map((id) => track(id)),
});

function fakePage() {
  let open = false;
  const log: string[] = [];
  const page: MediaPage = {
    isOpen: async () => open,
    async open(role: PageRole) {
      log.push(`open ${role}`);
      const was = open;
      open = true;
      return was;
    },
    async close() {
      log.push('close');
      open = false;
    },
  };
  const gone = () => {
    open = false;
  };
  return { page, log, gone };
}

function setup(more: string[] = ['9']) {
  const { page, log, gone } = fakePage();
  const told: (PlayerView | null)[] = [];
  const suggest = vi.fn(async (emotion: Emotion, _refresh: boolean) => set(emotion, more));
  const items = {
    queue: fakeItem(playQueueDef),
    shown: fakeItem(suggestionsDef),
    volume: fakeItem(previewVolumeDef),
    cameraEnabled: fakeItem(cameraEnabledDef),
  };
  const serial = createSerial({ what: 'test', limitMs: 10_000 });
  const player = createPlayer({
    page,
    suggester: { suggest },
    serial,
    ...items,
    tell: async (v) => void told.push(v),
  });
  return { player, log, told, suggest, gone, serial, ...items };
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

describe('the background player', () => {
  it('play opens the page for the player and tells it the pressed track, from the shown set', async () => {
    const t = setup();
    await t.shown.set(set('sad', ['1', '2']));
    await t.player.control({ kind: 'play', emotion: 'sad', trackId: 'itunes:2', position: 1.5 });
    expect(t.log).toEqual(['open player']);
    expect(t.told.at(-1)).toMatchObject({ trackId: 'itunes:2', playing: true, volume: 0.7 });
    expect(t.told.at(-1)?.position).toBeCloseTo(1.5, 1);
    expect(t.suggest).not.toHaveBeenCalled();
  });

  it('pause with the camera off closes the page; with the camera on the page stays for it', async () => {
    const t = setup();
    await t.shown.set(set('sad', ['1', '2']));
    await t.player.control({ kind: 'play', emotion: 'sad', trackId: 'itunes:1' });
    await t.player.control({ kind: 'pause' });
    expect(t.log).toEqual(['open player', 'close']);
    expect((await t.queue.get())?.playing).toBe(false);

    await t.cameraEnabled.set(true);
    await t.player.control({ kind: 'resume' });
    await t.player.control({ kind: 'pause' });
    expect(t.log).toEqual(['open player', 'close', 'open player']);
    expect(await t.player.active()).toBe(false);
  });

  it('an ended track plays the next; after the last, the mood’s next set (a refresh)', async () => {
    const t = setup(['9']);
    await t.shown.set(set('sad', ['1', '2']));
    await t.player.control({ kind: 'play', emotion: 'sad', trackId: 'itunes:1' });
    await t.player.event({ kind: 'ended', trackId: 'itunes:1' });
    expect(t.told.at(-1)).toMatchObject({ trackId: 'itunes:2', playing: true });
    expect(t.told.at(-1)?.position).toBeCloseTo(0, 1);
    // An end reported for a track that is no longer current changes nothing.
    await t.player.event({ kind: 'ended', trackId: 'itunes:1' });
    expect(t.told.at(-1)?.trackId).toBe('itunes:2');
    await t.player.event({ kind: 'ended', trackId: 'itunes:2' });
    expect(t.suggest).toHaveBeenCalledWith('sad', true);
    expect(t.told.at(-1)).toMatchObject({ trackId: 'itunes:9', playing: true });
  });

  it('a new mood is queued behind the track in play, and a paused queue stays paused', async () => {
    const t = setup();
    await t.shown.set(set('sad', ['1', '2']));
    await t.player.control({ kind: 'play', emotion: 'sad', trackId: 'itunes:1' });
    await t.player.control({ kind: 'pause' });
    const told = t.told.length;
    await t.player.follow('happy', set('happy', ['h1']));
    expect(await t.queue.get()).toMatchObject({ playing: false, emotion: 'sad', next: { emotion: 'happy' } });
    expect(t.told).toHaveLength(told);
    expect(t.log).toEqual(['open player', 'close']);
  });

  it('a queue marked playing whose page has gone is shown paused (the user closed it)', async () => {
    const t = setup();
    await t.shown.set(set('sad', ['1']));
    await t.player.control({ kind: 'play', emotion: 'sad', trackId: 'itunes:1' });
    t.gone();
    await t.player.event({ kind: 'closed' });
    expect((await t.queue.get())?.playing).toBe(false);
  });

  it('a page that replaced itself is not mistaken for a closed one', async () => {
    const t = setup();
    await t.shown.set(set('sad', ['1']));
    await t.player.control({ kind: 'play', emotion: 'sad', trackId: 'itunes:1' });
    await t.player.event({ kind: 'closed' });
    expect((await t.queue.get())?.playing).toBe(true);
  });

  it('every track failing stops with the reason; stop clears the queue and closes the page', async () => {
    const t = setup();
    await t.shown.set(set('sad', ['1', '2']));
    await t.player.control({ kind: 'play', emotion: 'sad', trackId: 'itunes:1' });
    // Broken files that start before they fail still count, or the queue would go round for ever.
    for (const id of ['itunes:1', 'itunes:2']) {
      await t.player.event({ kind: 'playing', trackId: id, position: 0, duration: 4 });
      await t.player.event({ kind: 'error', trackId: id, message: 'MEDIA_ERR_DECODE' });
    }
    expect(await t.queue.get()).toMatchObject({
      playing: false,
      error: { key: 'player_previewsFailed', subs: { why: 'MEDIA_ERR_DECODE' } },
    });
    await t.player.control({ kind: 'stop' });
    expect(await t.queue.get()).toBeNull();
    expect(t.log.at(-1)).toBe('close');
  });

  it('a pause from the browser’s media controls pauses the queue and keeps the page for their play', async () => {
    const t = setup();
    await t.shown.set(set('sad', ['1']));
    await t.player.control({ kind: 'play', emotion: 'sad', trackId: 'itunes:1' });
    await t.player.event({ kind: 'paused', trackId: 'itunes:1', position: 2, duration: 4 });
    expect(await t.queue.get()).toMatchObject({ playing: false, position: 2 });
    // The camera is off, yet the page stays: the same controls may resume it.
    expect(t.log).toEqual(['open player']);
    expect(await t.player.active()).toBe(false);
    await t.player.event({ kind: 'playing', trackId: 'itunes:1', position: 2, duration: 4 });
    expect((await t.queue.get())?.playing).toBe(true);
    expect(t.log).toEqual(['open player']);
  });

  it('a play for a mood not on show asks the suggester for that mood', async () => {
    const t = setup();
    await t.shown.set(set('sad', ['1']));
    await t.player.control({ kind: 'play', emotion: 'happy', trackId: 'itunes:9' });
    expect(t.suggest).toHaveBeenCalledWith('happy', false);
    expect((await t.queue.get())?.emotion).toBe('happy');
  });

  it('the next set is fetched outside the shared queue: a music service that never answers holds up no switch-off', async () => {
    const t = setup();
    await t.shown.set(set('sad', ['1']));
    await t.player.control({ kind: 'play', emotion: 'sad', trackId: 'itunes:1' });
    t.suggest.mockImplementation(() => new Promise<never>(() => undefined));
    void t.player.event({ kind: 'ended', trackId: 'itunes:1' });
    void t.player.control({ kind: 'next' });
    const cameraOff = t.serial(async () => 'off');
    const late = new Promise((r) => setTimeout(() => r('held up'), 200));
    expect(await Promise.race([cameraOff, late])).toBe('off');
  });

  it('a pause pressed while the next set is fetched wins: the fetched set starts nothing', async () => {
    const t = setup();
    await t.shown.set(set('sad', ['1']));
    await t.player.control({ kind: 'play', emotion: 'sad', trackId: 'itunes:1' });
    let answer: (s: Suggestions) => void = () => undefined;
    t.suggest.mockImplementation(
      () =>
        new Promise<Suggestions>((r) => {
          answer = r;
        }),
    );
    const ended = t.player.event({ kind: 'ended', trackId: 'itunes:1' });
    await vi.waitFor(() => expect(t.suggest).toHaveBeenCalled());
    await t.player.control({ kind: 'pause' });
    answer(set('sad', ['9']));
    await ended;
    expect(await t.queue.get()).toMatchObject({ playing: false, index: 0 });
    expect(t.told.at(-1)).toMatchObject({ trackId: 'itunes:1', playing: false });
  });
});
