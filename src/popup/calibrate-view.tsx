import { useState } from 'preact/hooks';
import { expireRun } from '../core/calibration-run';
import type { MoodSnapshot } from '../core/mood';
import { errorText, t, tStored } from '../shared/i18n';
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
    send(name, undefined).catch((e: unknown) => setError(errorText(e)));
  };

  if (run?.phase === 'collecting') {
    const left = Math.max(0, Math.ceil((run.until - now) / 1000));
    return (
      <p class="note calibrate" role="status">
        {t('calibrate_collecting', { seconds: left })}
      </p>
    );
  }
  return (
    <div class="calibrate">
      {run?.phase === 'failed' && (
        <p class="note" role="alert">
          {t('calibrate_failed', {
            reason: run.issue ? tStored(run.issue) : 'reason' in run ? run.reason : '',
          })}
        </p>
      )}
      {error && (
        <p class="note" role="alert">
          {error}
        </p>
      )}
      {calibrated && (
        <span class="muted" role="status">
          {run?.phase === 'done' ? t('calibrate_doneJustNow') : t('calibrate_done')}
        </span>
      )}
      {reading && (
        <button
          type="button"
          class="secondary"
          title={t('calibrate_hint')}
          onClick={act('ui-bg-calibration-start')}
        >
          {calibrated ? t('calibrate_again') : t('calibrate_start')}
        </button>
      )}
      {profile && (
        <button type="button" class="secondary" onClick={act('ui-bg-calibration-reset')}>
          {t('calibrate_forget')}
        </button>
      )}
    </div>
  );
}
