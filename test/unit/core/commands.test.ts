// Keyboard commands: the names manifest.json declares, Chrome's limit of four suggested keys, and what
// each command does (core/commands.ts, background/commands.ts over fakes).
import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import manifest from '../../../manifest.json' with { type: 'json' };
import { createCommands } from '../../../src/background/commands';
import { COMMANDS, type PlayPauseState, playPause } from '../../../src/core/commands';
import { cameraEnabledDef } from '../../../src/shared/settings';
import { fakeItem } from '../../support/fake-stores';

const commands: Record<string, { suggested_key?: { default?: string } }> = manifest.commands;

describe('manifest commands', () => {
  it('open the popup, and one command for each the background handles', () => {
    expect(Object.keys(commands).sort()).toEqual(['_execute_action', ...Object.values(COMMANDS)].sort());
  });

  it('at most four suggested keys (Chrome refuses more), all different', () => {
    const keys = Object.values(commands).flatMap((c) =>
      c.suggested_key?.default ? [c.suggested_key.default] : [],
    );
    expect(keys.length).toBeLessThanOrEqual(4);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

const shown = (previews: (string | null)[]): PlayPauseState['shown'] => ({
  emotion: 'happy',
  tracks: previews.map((preview, i) => ({ id: `t${i}`, preview })),
});

describe('playPause', () => {
  it.each<[string, PlayPauseState, ReturnType<typeof playPause>]>([
    [
      'pauses a playing queue',
      { queue: { playing: true }, shown: null, keepPlaying: true },
      { kind: 'pause' },
    ],
    [
      'resumes a paused one',
      { queue: { playing: false }, shown: null, keepPlaying: true },
      { kind: 'resume' },
    ],
    [
      'starts the first preview on show',
      { queue: null, shown: shown([null, 'https://a/1.m4a']), keepPlaying: true },
      { kind: 'play', emotion: 'happy', trackId: 't1' },
    ],
    ['nothing to play', { queue: null, shown: shown([null]), keepPlaying: true }, null],
    ['no music on show', { queue: null, shown: null, keepPlaying: true }, null],
    [
      'music plays only in the popup',
      { queue: null, shown: shown(['https://a/0.m4a']), keepPlaying: false },
      null,
    ],
  ])('%s', (_, state, expected) => {
    expect(playPause(state)).toEqual(expected);
  });
});

describe('createCommands', () => {
  const cameraEnabled = () => fakeItem(cameraEnabledDef);
  beforeEach(() => fakeBrowser.reset());

  const setup = (ready: boolean) => {
    const camera = cameraEnabled();
    const deps = {
      cameraEnabled: camera,
      cameraReady: async () => ready,
      askForCamera: vi.fn(async () => undefined),
      playState: async (): Promise<PlayPauseState> => ({
        queue: { playing: true },
        shown: null,
        keepPlaying: true,
      }),
      control: vi.fn(async () => undefined),
    };
    return { camera, deps, run: createCommands(deps) };
  };

  it('switches the camera on where it may start, and off again', async () => {
    const { camera, run } = setup(true);
    await run('toggle-camera');
    expect(await camera.get()).toBe(true);
    await run('toggle-camera');
    expect(await camera.get()).toBe(false);
  });

  it('asks for the camera first where it was never allowed', async () => {
    const { camera, deps, run } = setup(false);
    await run('toggle-camera');
    expect(deps.askForCamera).toHaveBeenCalledOnce();
    expect(await camera.get()).toBe(false);
  });

  it('play-pause pauses the queue; an unknown command does nothing', async () => {
    const { deps, run } = setup(true);
    await run('play-pause');
    await run('something-else');
    expect(deps.control.mock.calls).toEqual([[{ kind: 'pause' }]]);
  });
});
