// The capture loop's ordering on a restart, in Node: the camera and the models are the browser's (they
// cannot run here), so they are replaced by stand-ins that record what the loop asks of them and when.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CameraEvent, Reading } from '../../../src/core/mood';
import type { ModelId } from '../../../src/shared/models';

const calls: string[] = [];
let frameDone: (() => void) | null = null;
let quick = false;

vi.mock('../../../src/capture/camera', () => ({
  openCamera: async () => {
    const track = { readyState: 'live', addEventListener: () => undefined };
    return { ok: true, stream: { getVideoTracks: () => [track] }, video: {} };
  },
  closeCamera: () => 'ended',
  renegotiateCamera: async () => undefined,
}));

vi.mock('../../../src/capture/model-loader', () => ({
  createModelLoader: () => ({
    refused: null,
    load: async () => {
      calls.push('load');
      return {
        // A frame that stays in flight until the test lets it finish (or finishes at once: `quick`).
        analyse: () => {
          calls.push('frame');
          if (quick) return Promise.resolve({} as Reading);
          return new Promise<Reading>((resolve) => {
            frameDone = () => {
              calls.push('frame done');
              resolve({} as Reading);
            };
          });
        },
      };
    },
  }),
}));

const { createCaptureLoop } = await import('../../../src/capture/capture-loop');

const options = { intervalMs: 1000, modelId: 'emotion-ensemble', backend: 'wasm' } as const;
const report = { reading: async () => undefined, state: async () => undefined };
const until = async (what: () => boolean) => {
  for (let i = 0; i < 200 && !what(); i++) await new Promise((r) => setTimeout(r, 5));
  expect(what()).toBe(true);
};

afterEach(() => {
  calls.length = 0;
  frameDone = null;
  quick = false;
});

describe('createCaptureLoop', () => {
  it('a restart loads the models only after the old run’s frame has finished', async () => {
    const loop = createCaptureLoop(report, (p) => p);
    await loop.start(options);
    await until(() => calls.includes('frame'));
    const restarted = loop.start(options);
    // The old frame is still analysing: the new run must not have reached the loader yet.
    await new Promise((r) => setTimeout(r, 50));
    expect(calls).toEqual(['load', 'frame']);
    frameDone?.();
    await restarted;
    expect(calls.slice(0, 4)).toEqual(['load', 'frame', 'frame done', 'load']);
    await loop.stop();
  });

  it('a stop while a new model is being announced ends the reconfigure quietly', async () => {
    quick = true;
    let release = () => undefined as void;
    let gate: Promise<void> | null = null;
    const slowReport = {
      reading: async () => undefined,
      // The report of the old model (sent before a model load) waits until the test has stopped the loop.
      state: async (e: CameraEvent) => {
        if (gate && e.state === 'running') await gate;
      },
    };
    const loop = createCaptureLoop(slowReport, (p) => p);
    await loop.start(options);
    gate = new Promise<void>((r) => {
      release = r;
    });
    const configured = loop.configure({ ...options, modelId: 'human-emotion' as ModelId });
    await new Promise((r) => setTimeout(r, 20));
    await loop.stop();
    release();
    await expect(configured).resolves.toBeUndefined();
    // Nothing was loaded for the stopped run.
    expect(calls.filter((c) => c === 'load')).toEqual(['load']);
  });

  it('a frame that never finishes delays a restart by the settle limit only', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const loop = createCaptureLoop(report, (p) => p);
      await loop.start(options);
      await vi.advanceTimersByTimeAsync(10);
      expect(calls).toEqual(['load', 'frame']);
      const restarted = loop.start(options);
      await vi.advanceTimersByTimeAsync(4_900);
      expect(calls).toEqual(['load', 'frame']);
      await vi.advanceTimersByTimeAsync(200);
      await restarted;
      expect(calls.slice(0, 3)).toEqual(['load', 'frame', 'load']);
      await loop.stop();
    } finally {
      vi.useRealTimers();
    }
  });
});
