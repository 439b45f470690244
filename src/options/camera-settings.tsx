import { isModelId, MODEL_IDS, MODEL_TITLES } from '../shared/models';
import { type BackendPreference, CAPTURE_INTERVAL_LIMITS, FEELING_FADE_LIMITS } from '../shared/settings';
import { settings } from '../shared/stores';
import { switchCameraOn } from '../ui/camera-permission';
import { NumberField } from '../ui/number-field';
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
  const fade = useItem(settings.feelingFadeSeconds);
  const problems = [enabled, resume, interval, model, backend, fade].map((i) => i.problem).filter(Boolean);

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
      <NumberField
        item={settings.captureIntervalMs}
        label="Analyse a frame every"
        unit="ms"
        unitWords="milliseconds"
        min={CAPTURE_INTERVAL_LIMITS.min}
        max={CAPTURE_INTERVAL_LIMITS.max}
        step={50}
      />
      <NumberField
        item={settings.feelingFadeSeconds}
        label="A typed feeling fades into the face's mood over"
        unit="s"
        unitWords="seconds"
        min={FEELING_FADE_LIMITS.min}
        max={FEELING_FADE_LIMITS.max}
        step={60}
      />
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
