import { useState } from 'preact/hooks';
import type { MoodStatus } from '../core/mood';
import { errorText, t } from '../shared/i18n';
import { send } from '../shared/messaging';

/** Failures that the user can try again after fixing the cause (plug the camera in, close the other app). */
const RETRYABLE: ReadonlySet<MoodStatus> = new Set<MoodStatus>([
  'camera-ended',
  'camera-timeout',
  'camera-busy',
  'no-camera',
  'error',
]);

export function RetryButton({ status }: { status: MoodStatus }) {
  const [failed, setFailed] = useState<string | null>(null);
  if (!RETRYABLE.has(status)) return null;
  const retry = () =>
    send('ui-bg-camera-retry', undefined).then(
      () => setFailed(null),
      (error: unknown) => setFailed(errorText(error)),
    );
  return (
    <>
      {' '}
      <button type="button" class="secondary" onClick={() => void retry()}>
        {t('retry_button')}
      </button>
      {failed && <span class="error"> {t('retry_failed', { error: failed })}</span>}
    </>
  );
}
