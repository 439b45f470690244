// What each keyboard command does (background/commands.ts over fakes: the camera setting, the queue).
import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createCommands } from '../../../src/background/commands';
import type { PlayPauseState } from '../../../src/core/commands';
import { cameraEnabledDef } from '../../../src/shared/settings';
import { fakeItem } from '../../support/fake-stores';

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
