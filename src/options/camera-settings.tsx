import { type MessageKey, t } from '../shared/i18n';
import { isModelId, MODEL_IDS, type ModelId } from '../shared/models';
import { type BackendPreference, CAPTURE_INTERVAL_LIMITS, FEELING_FADE_LIMITS } from '../shared/settings';
import { settings } from '../shared/stores';
import { switchCameraOn } from '../ui/camera-permission';
import { NumberField } from '../ui/number-field';
import { Switch } from '../ui/switch';
import { useItem } from '../ui/use-item';

/** The backends' names in the settings, and in the diagnostics when one was refused. */
export const BACKENDS: Record<BackendPreference, MessageKey> = {
  auto: 'backend_auto',
  webgl: 'backend_webgl',
  wasm: 'backend_wasm',
};

// Model ids have dashes, which message names may not.
const MODEL_TITLES: Record<ModelId, MessageKey> = {
  'emotion-ensemble': 'model_emotionEnsemble',
  'emotion-xception': 'model_emotionXception',
  'human-emotion': 'model_humanEmotion',
  'face-api': 'model_faceApi',
  'gear-e2': 'model_gearE2',
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
      <h2 id="camera-heading">{t('popup_camera')}</h2>
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
          {t('camera_read')}
        </Switch>
      </p>
      <p>
        <Switch checked={resume.value} onChange={(on) => void settings.resumeCamera.set(on)}>
          {t('camera_resume')}
        </Switch>
      </p>
      <NumberField
        item={settings.captureIntervalMs}
        label={t('camera_interval')}
        unit={t('unit_ms')}
        unitWords={t('unit_milliseconds')}
        min={CAPTURE_INTERVAL_LIMITS.min}
        max={CAPTURE_INTERVAL_LIMITS.max}
        step={50}
      />
      <NumberField
        item={settings.feelingFadeSeconds}
        label={t('camera_fade')}
        unit={t('unit_s')}
        unitWords={t('unit_seconds')}
        min={FEELING_FADE_LIMITS.min}
        max={FEELING_FADE_LIMITS.max}
        step={60}
      />
      <p>
        <label>
          {t('camera_model')}{' '}
          <select
            value={model.value}
            onChange={(e) =>
              isModelId(e.currentTarget.value) && void settings.modelId.set(e.currentTarget.value)
            }
          >
            {MODEL_IDS.map((id) => (
              <option value={id} key={id}>
                {t(MODEL_TITLES[id])}
              </option>
            ))}
          </select>
        </label>
      </p>
      <p>
        <label>
          {t('camera_backend')}{' '}
          <select
            value={backend.value}
            onChange={(e) => void settings.backend.set(e.currentTarget.value as BackendPreference)}
          >
            {Object.entries(BACKENDS).map(([id, title]) => (
              <option value={id} key={id}>
                {t(title)}
              </option>
            ))}
          </select>
        </label>
      </p>
    </section>
  );
}
