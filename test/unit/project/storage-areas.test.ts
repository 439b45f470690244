// Where each kind of state is kept, across owners: secrets, settings and history on this device (local,
// never sync); per-run state in session storage.
import { describe, expect, it } from 'vitest';
import { spotifySessionDef } from '../../../src/background/spotify/session';
import { calibrationProfileDef, calibrationRunDef } from '../../../src/shared/calibration-items';
import { moodHistoryDef, moodSnapshotDef } from '../../../src/shared/mood-item';
import { keepPlayingDef } from '../../../src/shared/music-settings';
import { playQueueDef } from '../../../src/shared/player-items';
import { cameraEnabledDef, sessionStartedDef } from '../../../src/shared/settings';

describe('storage areas', () => {
  it('secrets, settings and history stay on this device (local, never sync); per-run state is session', () => {
    expect([
      spotifySessionDef.area,
      calibrationProfileDef.area,
      moodHistoryDef.area,
      cameraEnabledDef.area,
      keepPlayingDef.area,
    ]).toEqual(['local', 'local', 'local', 'local', 'local']);
    // Playback ends with the browser: the queue is per run.
    expect([moodSnapshotDef.area, calibrationRunDef.area, sessionStartedDef.area, playQueueDef.area]).toEqual(
      ['session', 'session', 'session', 'session'],
    );
  });
});
