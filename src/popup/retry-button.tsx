import { useState } from 'preact/hooks';
import type { MoodStatus } from '../core/mood';
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
      (error: unknown) => setFailed(error instanceof Error ? error.message : String(error)),
    );
  return (
    <>
      {' '}
      <button type="button" class="secondary" onClick={() => void retry()}>
        Retry
      </button>
      {failed && <span class="error"> Retry failed: {failed}</span>}
    </>
  );
}
