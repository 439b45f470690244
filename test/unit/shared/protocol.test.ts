import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  envelope,
  type Handlers,
  isEnvelope,
  type MessageName,
  type TargetOf,
  unwrapReply,
} from '../../../src/shared/protocol';

/** Type-checks its argument against T (the lines below that must not compile are checked by tsc). */
const accepts = <T>(value: T) => value;

describe('message protocol', () => {
  it('addresses each message to its one target', () => {
    expect(
      envelope('media-bg-camera-reading', {
        kind: 'no-face',
        at: 1,
        perf: { readMs: 0, detectMs: 0, classifyMs: 0, tensors: 0 },
      }).target,
    ).toBe('background');
    expect(envelope('bg-media-capture-stop', undefined).target).toBe('media-page');
    expect(envelope('bg-media-player-apply', null).target).toBe('media-page');
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
    [{ emotune: 1, name: 'ui-bg-camera-sync', target: 'media-page' }, false],
    [{ emotune: 1, name: 'bg-media-capture-stop', target: 'background' }, false],
    [{ emotune: 1, name: 'tabs/steal', target: 'background' }, false],
    [{ emotune: 2, name: 'ui-bg-camera-sync', target: 'background' }, false],
  ])('isEnvelope(%o) is %s', (msg, want) => expect(isEnvelope(msg)).toBe(want));

  it('errors cross the boundary as errors, not as undefined', () => {
    expect(unwrapReply('ui-bg-mood-current', { ok: true, value: 3 })).toBe(3);
    expect(() => unwrapReply('ui-bg-mood-current', { ok: false, error: 'model failed' })).toThrow(
      'model failed',
    );
    expect(() => unwrapReply('bg-media-capture-stop', undefined)).toThrow(/media page/);
    expect(() => unwrapReply('bg-media-player-apply', undefined)).toThrow(/media page/);
    expect(() => unwrapReply('ui-bg-player-control', undefined)).toThrow(/background/);
  });

  // `npm run typecheck` (tsc) checks these lines: each @ts-expect-error fails the build if its line
  // ever compiles, so a message cannot be addressed, or answered, on the wrong side.
  it('targets are typed from the names: a message on the wrong side does not compile', () => {
    expectTypeOf<TargetOf<'ui-bg-music-suggest'>>().toEqualTypeOf<'background'>();
    expectTypeOf<TargetOf<'media-bg-camera-reading'>>().toEqualTypeOf<'background'>();
    expectTypeOf<TargetOf<'bg-media-capture-stop'>>().toEqualTypeOf<'media-page'>();
    // Every message has a target (a name that said no direction would have none: never).
    expectTypeOf<TargetOf<MessageName>>().toEqualTypeOf<'background' | 'media-page'>();
    expectTypeOf<TargetOf<'camera/reading'>>().toEqualTypeOf<never>();

    // @ts-expect-error: a message to the background cannot be addressed to the media page
    accepts<TargetOf<'media-bg-camera-reading'>>('media-page');
    // @ts-expect-error: nor one to the media page to the background
    accepts<TargetOf<'bg-media-capture-start'>>('background');
    // @ts-expect-error: a name that says no direction has no target at all
    accepts<TargetOf<'capture/start'>>('media-page');

    // @ts-expect-error: the background cannot answer a message addressed to the media page
    accepts<Partial<Handlers<'background'>>>({ 'bg-media-capture-stop': () => ({ trackState: 'x' }) });
    // @ts-expect-error: nor the media page one addressed to the background
    accepts<Partial<Handlers<'media-page'>>>({ 'media-bg-player-event': () => undefined });
    // @ts-expect-error: and a side's table answers every message addressed to it
    accepts<Handlers<'media-page'>>({ 'bg-media-player-apply': () => undefined });

    // Envelopes carry the target their name says.
    expectTypeOf(envelope('bg-media-player-apply', null).target).toEqualTypeOf<'media-page'>();
  });
});
