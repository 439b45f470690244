import { describe, expect, it } from 'vitest';
import { message } from '../../../../src/core/message';
import {
  advance,
  currentTrack,
  ended,
  failed,
  follow,
  isPlayQueue,
  pause,
  playable,
  positionAt,
  refill,
  reported,
  resume,
  startQueue,
  viewOf,
} from '../../../../src/core/music/play-queue';
import { englishText } from '../../../../src/shared/english';
import { appleTrack } from '../../../support/apple-track';

const track = appleTrack;
const sad = [track('1'), track('2', false), track('3')];
const happy = [track('h1'), track('h2')];
const T0 = 1_000_000;

describe('the queue that keeps playing', () => {
  it('starts at the pressed track, with only the tracks that have a preview', () => {
    const q = startQueue('sad', sad, 'itunes:3', T0);
    expect(q.tracks.map((t) => t.id)).toEqual(['itunes:1', 'itunes:3']);
    expect(currentTrack(q)?.id).toBe('itunes:3');
    expect(q).toMatchObject({ playing: true, position: 0, at: T0, next: null, error: null });
    expect(isPlayQueue(q)).toBe(true);
  });

  it('refuses a track without a preview', () => {
    expect(() => startQueue('sad', sad, 'itunes:2', T0)).toThrow('no preview');
  });

  it('derives the position from the last report while playing, and holds it while paused', () => {
    const q = reported(
      startQueue('sad', sad, 'itunes:1', T0, 1.5),
      { kind: 'playing', trackId: 'itunes:1', position: 2, duration: 30 },
      T0,
    );
    expect(positionAt(q, T0 + 3000)).toBeCloseTo(5);
    expect(positionAt(q, T0 + 60_000)).toBe(30);
    const paused = pause(q, T0 + 3000);
    expect(paused.playing).toBe(false);
    expect(positionAt(paused, T0 + 99_000)).toBeCloseTo(5);
    const resumed = resume(paused, T0 + 99_000);
    expect(positionAt(resumed, T0 + 100_000)).toBeCloseTo(6);
  });

  it('holds the position until the page reports the track playing: a preview that never loads shows no clock', () => {
    const q = startQueue('sad', sad, 'itunes:1', T0, 1.5);
    expect(positionAt(q, T0 + 12_000)).toBe(1.5);
    expect(viewOf(q, 70, T0 + 12_000)?.position).toBe(1.5);
    const loaded = reported(q, { kind: 'playing', trackId: 'itunes:1', position: 0, duration: 4 }, T0);
    expect(positionAt(loaded, T0 + 12_000)).toBe(4);
  });

  it('follows a pause and a play from outside Emotune (the browser’s media controls)', () => {
    const q = startQueue('sad', sad, 'itunes:1', T0);
    const paused = reported(
      q,
      { kind: 'paused', trackId: 'itunes:1', position: 2.5, duration: 30 },
      T0 + 2500,
    );
    expect(paused).toMatchObject({ playing: false, position: 2.5, at: T0 + 2500 });
    expect(positionAt(paused, T0 + 60_000)).toBe(2.5);
    const failedBefore = { ...paused, error: message('player_previewsFailed', { why: 'decode error' }) };
    const again = reported(
      failedBefore,
      { kind: 'playing', trackId: 'itunes:1', position: 2.5, duration: 30 },
      T0 + 9000,
    );
    expect(again).toMatchObject({ playing: true, position: 2.5, at: T0 + 9000, error: null });
  });

  it('ignores a report about a track that is no longer current', () => {
    const q = startQueue('sad', sad, 'itunes:1', T0);
    expect(reported(q, { kind: 'paused', trackId: 'itunes:3', position: 9, duration: 30 }, T0 + 1)).toBe(q);
  });

  it.each([
    ['the next track', 'itunes:1', null, 'moved', 'itunes:3', 'sad'],
    ['nothing left', 'itunes:3', null, 'exhausted', 'itunes:3', 'sad'],
    ['a new mood first', 'itunes:1', happy, 'moved', 'itunes:h1', 'happy'],
  ] as const)('advance: %s', (_, from, next, kind, id, emotion) => {
    let q = startQueue('sad', sad, from, T0, 3);
    if (next) q = follow(q, 'happy', next);
    const step = advance(q, T0 + 5000);
    expect(step.kind).toBe(kind);
    expect(currentTrack(step.queue)?.id).toBe(id);
    expect(step.queue.emotion).toBe(emotion);
    if (kind === 'moved') expect(step.queue).toMatchObject({ position: 0, at: T0 + 5000, next: null });
  });

  it('refill: the mood’s new tracks after the last one, else the same from the top', () => {
    const q = startQueue('sad', sad, 'itunes:3', T0);
    expect(refill(q, [track('1'), track('9')], T0 + 1).tracks.map((t) => t.id)).toEqual(['itunes:9']);
    const again = refill(q, [track('1'), track('2', false)], T0 + 1);
    expect(again.tracks).toBe(q.tracks);
    expect(again.index).toBe(0);
  });

  it('follow queues a new mood’s music behind the track in play and never presses play', () => {
    const paused = pause(startQueue('sad', sad, 'itunes:1', T0), T0 + 1000);
    const followed = follow(paused, 'happy', happy);
    expect(followed.playing).toBe(false);
    expect(currentTrack(followed)?.id).toBe('itunes:1');
    expect(followed.next?.emotion).toBe('happy');
    // Back to the mood in play: nothing is waiting any more.
    expect(follow(followed, 'sad', sad).next).toBeNull();
    // No playable music for the new mood: the queue stays as it was.
    expect(follow(paused, 'angry', [track('x', false)])).toBe(paused);
  });

  it('a failed track moves on; when every track has failed in a row it stops and says why', () => {
    const q = startQueue('sad', sad, 'itunes:1', T0);
    const once = failed(q, 'decode error', T0 + 1);
    expect(currentTrack(once)?.id).toBe('itunes:3');
    expect(once).toMatchObject({ playing: true, failures: 1, error: null });
    const twice = failed(once, 'decode error', T0 + 2);
    expect(twice).toMatchObject({ playing: false, failures: 2 });
    expect(twice.error && englishText(twice.error)).toBe('Previews could not be played (decode error).');
    // The page's own words are a message too, translated inside the sentence.
    const mine = failed(
      failed(q, message('player_couldNotLoad'), T0 + 1),
      message('player_couldNotLoad'),
      T0 + 2,
    );
    expect(mine.error && englishText(mine.error)).toBe(
      'Previews could not be played (the preview could not be loaded).',
    );
    // A track that starts and then fails still counts; only one that plays to its end clears it.
    expect(
      reported(once, { kind: 'playing', trackId: 'itunes:3', position: 0, duration: 4 }, T0 + 3).failures,
    ).toBe(1);
    expect(ended(once).failures).toBe(0);
  });

  it('tells the player page one track, its place and the volume', () => {
    const q = pause(startQueue('sad', sad, 'itunes:3', T0, 2), T0);
    expect(viewOf(q, 40, T0 + 5000)).toEqual({
      trackId: 'itunes:3',
      title: 'Song 3 by Artist',
      name: 'Song 3',
      artists: ['Artist'],
      artwork: null,
      src: 'https://audio.example/3.m4a',
      playing: false,
      position: 2,
      volume: 0.4,
    });
    expect(viewOf(null, 40, T0)).toBeNull();
  });

  const good = startQueue('sad', sad, 'itunes:1', T0);
  it.each([
    ['a wrong emotion', { ...good, emotion: 'bored' }],
    ['no tracks', { ...good, tracks: [] }],
    ['an index past the end', { ...good, index: 2 }],
    ['a track without a preview', { ...good, tracks: [{ ...track('1'), preview: null }] }],
    ['a javascript: preview', { ...good, tracks: [{ ...track('1'), preview: 'javascript:alert(1)' }] }],
    ['a negative position', { ...good, position: -1 }],
    ['a NaN time', { ...good, at: Number.NaN }],
    ['a damaged next', { ...good, next: { emotion: 'happy', tracks: [{}] } }],
    ['a numeric error', { ...good, error: 5 }],
  ])('a stored queue with %s is refused', (_, bad) => {
    expect(isPlayQueue(bad)).toBe(false);
  });

  it('playable keeps only tracks with a preview', () => {
    expect(playable(sad).map((t) => t.id)).toEqual(['itunes:1', 'itunes:3']);
  });
});
