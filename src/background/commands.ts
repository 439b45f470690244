// Keyboard commands: the camera switch and play/pause of the queue. A factory over its ports, so the
// wiring is unit-tested with fakes; index.ts binds it to the browser.
import { COMMANDS, type PlayPauseState, playPause } from '../core/commands';
import type { PlayerCommand } from '../core/music/play-queue';
import type { StorageItem } from '../shared/storage-item';

export interface CommandDeps {
  cameraEnabled: StorageItem<boolean>;
  /**
   * Whether the camera may start without a visible page asking first (Chrome's offscreen document
   * cannot prompt; Firefox's camera tab prompts itself).
   */
  cameraReady: () => Promise<boolean>;
  /** Opens the page that asks for the camera (it switches the camera on once allowed). */
  askForCamera: () => Promise<void>;
  playState: () => Promise<PlayPauseState>;
  control: (command: PlayerCommand) => Promise<void>;
}

export function createCommands(deps: CommandDeps) {
  return async (name: string): Promise<void> => {
    if (name === COMMANDS.camera) {
      if (await deps.cameraEnabled.get()) return deps.cameraEnabled.set(false);
      if (await deps.cameraReady()) return deps.cameraEnabled.set(true);
      return deps.askForCamera();
    }
    if (name === COMMANDS.playPause) {
      const command = playPause(await deps.playState());
      if (command) await deps.control(command);
    }
  };
}
