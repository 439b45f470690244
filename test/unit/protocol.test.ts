import { describe, expect, it } from 'vitest';
import { envelope, isEnvelope, unwrapReply } from '../../src/shared/protocol';

describe('message protocol', () => {
  it('addresses each message to its one target', () => {
    expect(
      envelope('camera/reading', { kind: 'no-face', at: 1, perf: { detectMs: 0, classifyMs: 0, tensors: 0 } })
        .target,
    ).toBe('background');
    expect(envelope('capture/stop', undefined).target).toBe('camera');
    expect(envelope('player/apply', null).target).toBe('player');
    expect(envelope('player/event', { kind: 'closed' }).target).toBe('background');
    expect(envelope('mood/current', undefined)).toEqual({
      emotune: 1,
      name: 'mood/current',
      target: 'background',
      data: undefined,
    });
  });

  it.each([
    [null, false],
    ['camera/sync', false],
    [{ emotune: 1, name: 'camera/sync', target: 'background' }, true],
    [{ emotune: 1, name: 'camera/sync', target: 'camera' }, false],
    [{ emotune: 1, name: 'tabs/steal', target: 'background' }, false],
    [{ emotune: 2, name: 'camera/sync', target: 'background' }, false],
  ])('isEnvelope(%o) is %s', (msg, want) => expect(isEnvelope(msg)).toBe(want));

  it('errors cross the boundary as errors, not as undefined', () => {
    expect(unwrapReply('mood/current', { ok: true, value: 3 })).toBe(3);
    expect(() => unwrapReply('mood/current', { ok: false, error: 'model failed' })).toThrow('model failed');
    expect(() => unwrapReply('capture/stop', undefined)).toThrow(/camera page/);
    expect(() => unwrapReply('player/apply', undefined)).toThrow(/player page/);
    expect(() => unwrapReply('player/control', undefined)).toThrow(/background/);
  });
});
