// The camera loop: owns the stream, the models and the timer. Used by Chrome's offscreen document and
// by Firefox's visible camera page alike; it talks to the outside only through `report`.
import * as tf from '@tensorflow/tfjs-core';
import { type CameraRequest, cameraRequestFor, sameRequest } from '../core/camera-request';
import { type FrameLoop, startFrameLoop } from '../core/frame-loop';
import { errorLine, message } from '../core/message';
import type { CameraEvent, Reading } from '../core/mood';
import { createSerial } from '../core/serial';
import { TimeoutError, withTimeout } from '../core/with-timeout';
import type { ModelId } from '../shared/models';
import type { CaptureOptions } from '../shared/protocol';
import { type CameraResult, closeCamera, openCamera, renegotiateCamera } from './camera';
import { createFrameFeed, type FrameFeed } from './frame-feed';
import { createModelLoader } from './model-loader';
import type { Pipeline } from './pipeline';

export interface Reporter {
  reading(r: Reading): Promise<void>;
  state(e: CameraEvent): Promise<void>;
}

export interface CaptureLoop {
  start(options: CaptureOptions): Promise<void>;
  /** New options for a running capture, without reopening the camera (starts one if none runs). */
  configure(options: CaptureOptions): Promise<void>;
  stop(): Promise<{ trackState: string }>;
}

export function createCaptureLoop(report: Reporter, extensionUrl: (path: string) => string): CaptureLoop {
  let stream: MediaStream | null = null;
  let frames: FrameLoop | null = null;
  let isLive = () => false;
  // configure() calls, in order; each drops out if a start or stop came after it was asked. No time
  // limit: a model load may take long, and the next configure must not swap the classifier under it.
  const configuring = createSerial();
  // The running capture's options and frames, for configure().
  let running: { options: CaptureOptions; feed: FrameFeed } | null = null;
  let feed: FrameFeed | null = null;
  // Bumped on every start/stop so that a frame still in flight from an old run reports nothing.
  let generation = 0;
  // The stopped loop's last frame: a restart waits for it (5 s at most) before loading models, so that
  // the loader does not dispose of a classifier that frame still reads, nor two frames share the detector.
  let lastFrame: Promise<void> = Promise.resolve();

  const models = createModelLoader(extensionUrl);
  const runningEvent = (model: ModelId): CameraEvent => ({
    state: 'running',
    backend: tf.getBackend(),
    model,
    ...(models.refused ? { backendRefused: models.refused } : {}),
  });

  const schedule = (run: number, pipeline: Pipeline, from: FrameFeed, intervalMs: number) => {
    frames = startFrameLoop({
      intervalMs,
      now: () => performance.now(),
      frame: async () => {
        if (!isLive()) return;
        // None in time (a stalled camera: the watchdog hears the silence) or the track ended (the next
        // frame's isLive says so).
        const frame = await from.next();
        if (!frame) return;
        let reading: Reading;
        try {
          if (run !== generation) return;
          reading = await pipeline.analyse(frame.source);
        } catch (error) {
          if (run === generation) await report.state({ state: 'error', detail: errorLine(error) });
          return;
        } finally {
          frame.release();
        }
        if (run === generation) await report.reading(reading);
      },
      // A reading that could not be sent (the service worker restarting) is lost; the next one goes.
      onError: (error) => console.warn('[emotune] a frame was not delivered:', errorLine(error)),
    });
  };

  const halt = () => {
    generation++;
    running = null;
    if (frames) {
      frames.stop();
      lastFrame = frames.settled();
    }
    frames = null;
    feed?.close();
    feed = null;
    const trackState = closeCamera(stream);
    stream = null;
    return trackState;
  };

  // A state that cannot be delivered (the worker restarting) must not abort a start or a stop: the
  // background's watchdog notices a page that goes quiet, and the next report gets through.
  const tell = (e: CameraEvent) =>
    report
      .state(e)
      .catch((error: unknown) => console.warn('[emotune] state not delivered:', errorLine(error)));

  /**
   * The models for these options; null (camera released, error told) when they cannot load. `stillHere`
   * reports that the page is still busy loading (a backend check's fallback can take a while).
   */
  const pipelineFor = async (o: CaptureOptions, stillHere: () => Promise<void>): Promise<Pipeline | null> => {
    try {
      return await models.load(o, stillHere);
    } catch (error) {
      halt();
      await tell({ state: 'error', detail: message('capture_modelsFailed', { error: errorLine(error) }) });
      return null;
    }
  };

  /** New options for the running capture: reschedule, and swap the classifier if the model changed. */
  const reconfigure = async (options: CaptureOptions): Promise<void> => {
    // The tfjs backend is fixed once set up: only a new page changes it (the background reopens).
    if (!running || !frames || !isLive() || options.backend !== running.options.backend)
      return loop.start(options);
    const run = generation;
    // This run's loop and options, held here: a stop or start during the awaits below clears them.
    const old = { frames, stream, ...running };
    const newModel = options.modelId !== old.options.modelId;
    // Stamps the report time while a model loads (that can take a while, and the watchdog must not take
    // the quiet for a stalled page); only while this run is current: a page kept open for the music must
    // not say "running" after a stop.
    const stillHere = async () => {
      if (run === generation) await tell(runningEvent(old.options.modelId));
    };
    if (newModel) await stillHere();
    if (run !== generation) return;
    old.frames.stop();
    // A new interval may want another camera size or frame rate: asked of the same track, not a reopen.
    const request = cameraRequestFor(options.intervalMs);
    if (old.stream && !sameRequest(request, cameraRequestFor(old.options.intervalMs)))
      await renegotiateCamera(old.stream, request);
    // The last frame must be done with the old classifier before the loader disposes of it.
    await old.frames.settled();
    if (run !== generation) return;
    const pipeline = await pipelineFor(options, stillHere);
    if (!pipeline || run !== generation) return;
    if (newModel) await tell(runningEvent(options.modelId));
    running = { options, feed: old.feed };
    schedule(run, pipeline, old.feed, options.intervalMs);
  };

  const loop: CaptureLoop = {
    async start(options) {
      halt();
      const run = generation;
      await tell({ state: 'starting' });
      const camera = await openWithin(OPEN_TIMEOUT_MS, cameraRequestFor(options.intervalMs));
      if (run !== generation) return void closeCamera(camera.ok ? camera.stream : null);
      if (!camera.ok) return tell({ state: camera.state, detail: camera.detail });
      stream = camera.stream;
      const frameFeed = createFrameFeed(camera.stream, camera.video);
      feed = frameFeed;
      const track = camera.stream.getVideoTracks()[0];
      const ended = () => {
        if (run !== generation) return;
        halt();
        void tell({ state: 'ended', detail: message('capture_ended') });
      };
      track?.addEventListener('ended', ended);
      // A track stopped from elsewhere ends without an 'ended' event (per spec), and its video then
      // freezes on the last picture: every frame checks, so a frozen face is never read as the mood.
      isLive = () => {
        if (track?.readyState === 'live') return true;
        ended();
        return false;
      };
      await settledWithin(lastFrame, FRAME_SETTLE_MS);
      if (run !== generation) return;
      const pipeline = await pipelineFor(options, async () => {
        if (run === generation) await tell({ state: 'starting' });
      });
      if (!pipeline || run !== generation) return;
      await tell(runningEvent(options.modelId));
      running = { options, feed: frameFeed };
      schedule(run, pipeline, frameFeed, options.intervalMs);
    },
    configure(options) {
      const asked = generation;
      return configuring(async () => (asked === generation ? reconfigure(options) : undefined));
    },
    async stop() {
      const trackState = halt();
      await tell({ state: 'off' });
      return { trackState };
    },
  };
  return loop;
}

/**
 * How long a restart waits for the old run's last frame. A frame is a detection and a classification
 * (well under a second); a frame stuck longer (a lost GL context) must not keep the camera from starting.
 */
const FRAME_SETTLE_MS = 5_000;

function settledWithin(frame: Promise<void>, ms: number): Promise<void> {
  // i18n-ignore: a label in a log line
  return withTimeout(frame, ms, 'the last frame').catch(() => undefined);
}

/** getUserMedia can wait forever (a prompt nobody answers, a driver that hangs): "Starting" must end. */
const OPEN_TIMEOUT_MS = 20_000;

async function openWithin(ms: number, request: CameraRequest): Promise<CameraResult> {
  const opening = openCamera(request);
  try {
    // i18n-ignore: a label in a log line
    return await withTimeout(opening, ms, 'the camera');
  } catch (error) {
    // A camera that opens after all is released at once: nobody is waiting for it any more.
    void opening.then((late) => late.ok && closeCamera(late.stream)).catch(() => undefined);
    if (error instanceof TimeoutError) {
      return { ok: false, state: 'timeout', detail: message('capture_noPicture', { seconds: ms / 1000 }) };
    }
    return { ok: false, state: 'error', detail: message('capture_openFailed', { error: errorLine(error) }) };
  }
}
