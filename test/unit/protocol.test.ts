import { describe, expect, it } from 'vitest';
import { envelope, isEnvelope, unwrapReply } from '../../src/shared/protocol';

describe('message protocol', () => {
  it('addresses each message to its one target', () => {
    expect(
      envelope('media-bg-camera-reading', {
        kind: 'no-face',
        at: 1,
        perf: { detectMs: 0, classifyMs: 0, tensors: 0 },
      }).target,
    ).toBe('background');
    expect(envelope('bg-media-capture-stop', undefined).target).toBe('camera');
    expect(envelope('bg-media-player-apply', null).target).toBe('player');
    expect(envelope('media-bg-player-event', { kind: 'closed' }).target).toBe('background');
    expect(envelope('ui-bg-mood-current', undefined)).toEqual({
      emotune: 1,
      name: 'ui-bg-mood-current',
      target: 'background',
      data: undefined,
    });
  });

  it.each([
    [null, false],
    ['ui-bg-camera-sync', false],
    [{ emotune: 1, name: 'ui-bg-camera-sync', target: 'background' }, true],
    [{ emotune: 1, name: 'ui-bg-camera-sync', target: 'camera' }, false],
    [{ emotune: 1, name: 'tabs/steal', target: 'background' }, false],
    [{ emotune: 2, name: 'ui-bg-camera-sync', target: 'background' }, false],
  ])('isEnvelope(%o) is %s', (msg, want) => expect(isEnvelope(msg)).toBe(want));

  it('errors cross the boundary as errors, not as undefined', () => {
    expect(unwrapReply('ui-bg-mood-current', { ok: true, value: 3 })).toBe(3);
    expect(() => unwrapReply('ui-bg-mood-current', { ok: false, error: 'model failed' })).toThrow(
      'model failed',
    );
    expect(() => unwrapReply('bg-media-capture-stop', undefined)).toThrow(/camera page/);
    expect(() => unwrapReply('bg-media-player-apply', undefined)).toThrow(/player page/);
    expect(() => unwrapReply('ui-bg-player-control', undefined)).toThrow(/background/);
  });
});
