// Keyboard commands: the names manifest.json declares, Chrome's limit of four suggested keys, and what
// play-pause does in each state (the background's side is background/commands.test.ts).
import { describe, expect, it } from 'vitest';
import manifest from '../../../manifest.json' with { type: 'json' };
import { COMMANDS, type PlayPauseState, playPause } from '../../../src/core/commands';

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
