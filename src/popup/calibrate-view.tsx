import { useState } from 'preact/hooks';
import { expireRun } from '../core/calibration-run';
import type { MoodSnapshot } from '../core/mood';
import { send } from '../shared/messaging';
import { calibration } from '../shared/stores';
import { useItem } from '../ui/use-item';
import { useNow } from '../ui/use-now';

/**
 * "Calibrate": the user relaxes their face for a few seconds and Emotune learns how this person's resting
 * face reads, so that it reads neutral from then on (kept on this device; "Forget" removes it).
 */
export function CalibrateView({ snapshot }: { snapshot: MoodSnapshot }) {
  const profile = useItem(calibration.profile).value;
  const stored = useItem(calibration.run).value;
  const [error, setError] = useState<string | null>(null);
  const now = useNow(500); // the countdown
  const run = stored && expireRun(stored, now);
  const reading = snapshot.cameraActive && (snapshot.status === 'ok' || snapshot.status === 'several-faces');
  const calibrated = profile !== null && profile.model === snapshot.model;
  const act = (name: 'ui-bg-calibration-start' | 'ui-bg-calibration-reset') => () => {
    setError(null);
    send(name, undefined).catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  };

  if (run?.phase === 'collecting') {
    const left = Math.max(0, Math.ceil((run.until - now) / 1000));
    return (
      <p class="note calibrate" role="status">
        Relax your face and look at the camera… {left} s
      </p>
    );
  }
  return (
    <div class="calibrate">
      {run?.phase === 'failed' && (
        <p class="note" role="alert">
          Calibration failed. {run.reason}
        </p>
      )}
      {error && (
        <p class="note" role="alert">
          {error}
        </p>
      )}
      {calibrated && (
        <span class="muted" role="status">
          Calibrated to your resting face{run?.phase === 'done' ? ' just now' : ''}.
        </span>
      )}
      {reading && (
        <button
          type="button"
          class="secondary"
          title="Relax your face for 5 seconds: Emotune learns how your resting face reads, so that it reads neutral"
          onClick={act('ui-bg-calibration-start')}
        >
          {calibrated ? 'Calibrate again' : 'Calibrate'}
        </button>
      )}
      {profile && (
        <button type="button" class="secondary" onClick={act('ui-bg-calibration-reset')}>
          Forget calibration
        </button>
      )}
    </div>
  );
}
