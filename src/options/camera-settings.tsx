import { useState } from 'preact/hooks';
import { isModelId, MODEL_IDS, MODEL_TITLES } from '../shared/models';
import { type BackendPreference, CAPTURE_INTERVAL_LIMITS } from '../shared/settings';
import { settings } from '../shared/stores';
import { switchCameraOn } from '../ui/camera-permission';
import { Switch } from '../ui/switch';
import { useItem } from '../ui/use-item';

const BACKENDS: Record<BackendPreference, string> = {
  auto: 'Automatic (WebGL on a real GPU, else WebAssembly)',
  webgl: 'WebGL (GPU)',
  wasm: 'WebAssembly (CPU)',
};

export function CameraSettings() {
  const enabled = useItem(settings.cameraEnabled);
  const resume = useItem(settings.resumeCamera);
  const interval = useItem(settings.captureIntervalMs);
  const model = useItem(settings.modelId);
  const backend = useItem(settings.backend);
  const [draft, setDraft] = useState<string | null>(null);
  const [intervalError, setIntervalError] = useState<string | null>(null);
  const problems = [enabled, resume, interval, model, backend].map((i) => i.problem).filter(Boolean);

  const saveInterval = async (text: string) => {
    setDraft(text);
    const ms = Number(text);
    const { min, max } = CAPTURE_INTERVAL_LIMITS;
    if (!Number.isInteger(ms) || ms < min || ms > max) {
      return setIntervalError(`Enter a whole number of milliseconds from ${min} to ${max}.`);
    }
    setIntervalError(null);
    setDraft(null);
    await settings.captureIntervalMs.set(ms);
  };

  return (
    <section aria-labelledby="camera-heading">
      <h2 id="camera-heading">Camera</h2>
      {problems.map((p) => (
        <p class="note" key={p}>
          {p}
        </p>
      ))}
      <p>
        <Switch
          checked={enabled.value}
          onChange={(on) => void (on ? switchCameraOn() : settings.cameraEnabled.set(false))}
        >
          Read my expression with the camera
        </Switch>
      </p>
      <p>
        <Switch checked={resume.value} onChange={(on) => void settings.resumeCamera.set(on)}>
          Resume the camera when the browser starts
        </Switch>
      </p>
      <p>
        <label>
          Analyse a frame every{' '}
          <input
            type="number"
            min={CAPTURE_INTERVAL_LIMITS.min}
            max={CAPTURE_INTERVAL_LIMITS.max}
            step={50}
            value={draft ?? interval.value}
            aria-invalid={intervalError !== null}
            onInput={(e) => void saveInterval(e.currentTarget.value)}
          />{' '}
          ms
        </label>
        {intervalError && <span class="error"> {intervalError}</span>}
      </p>
      <p>
        <label>
          Emotion model{' '}
          <select
            value={model.value}
            onChange={(e) =>
              isModelId(e.currentTarget.value) && void settings.modelId.set(e.currentTarget.value)
            }
          >
            {MODEL_IDS.map((id) => (
              <option value={id} key={id}>
                {MODEL_TITLES[id]}
              </option>
            ))}
          </select>
        </label>
      </p>
      <p>
        <label>
          Compute backend{' '}
          <select
            value={backend.value}
            onChange={(e) => void settings.backend.set(e.currentTarget.value as BackendPreference)}
          >
            {Object.entries(BACKENDS).map(([id, title]) => (
              <option value={id} key={id}>
                {title}
              </option>
            ))}
          </select>
        </label>
      </p>
    </section>
  );
}
