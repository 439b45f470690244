// Chrome lets an offscreen document use the camera only once a visible extension page has been granted
// it, so this page asks, once, in a tab the user can see, and says what happens to the images.
import { useState } from 'preact/hooks';
import { type CameraState, cameraStateForError } from '../core/camera-status';
import { errorLine } from '../core/message';
import { type MessageKey, t } from '../shared/i18n';
import { settings } from '../shared/stores';

type Outcome =
  | 'idle'
  | 'asking'
  | 'granted'
  | Exclude<CameraState, 'starting' | 'running' | 'off' | 'ended' | 'timeout'>;

const MESSAGES: Record<Exclude<Outcome, 'idle' | 'asking' | 'error'>, MessageKey> = {
  granted: 'permission_granted',
  denied: 'permission_denied',
  'no-camera': 'permission_noCamera',
  busy: 'permission_busy',
};

export function App() {
  const [outcome, setOutcome] = useState<Outcome>('idle');
  const [detail, setDetail] = useState('');

  const ask = async () => {
    setOutcome('asking');
    try {
      const stream = await navigator.mediaDevices.getUserMedia({ video: true });
      // The grant is all we need here: the camera itself is opened by the background camera page.
      for (const track of stream.getTracks()) track.stop();
      await settings.cameraEnabled.set(true);
      setOutcome('granted');
    } catch (error) {
      // i18n-ignore: an error's name, read by cameraStateForError and never shown
      const name = error instanceof DOMException ? error.name : 'Error';
      setDetail(errorLine(error));
      setOutcome(cameraStateForError(name) as Outcome);
    }
  };

  return (
    <main>
      <h1>{t('permission_heading')}</h1>
      <p>{t('permission_intro')}</p>
      <ul>
        <li>{t('permission_frames')}</li>
        <li>{t('permission_nothingStored')}</li>
        <li>{t('permission_switchOff')}</li>
      </ul>
      <p>
        <button
          type="button"
          onClick={() => void ask()}
          disabled={outcome === 'asking' || outcome === 'granted'}
        >
          {outcome === 'asking' ? t('permission_waiting') : t('popup_allowCamera')}
        </button>
      </p>
      {outcome !== 'idle' && outcome !== 'asking' && (
        <p class="note" role="status">
          {outcome !== 'error'
            ? t(MESSAGES[outcome])
            : detail
              ? t('permission_errorDetail', { detail })
              : t('permission_error')}
        </p>
      )}
    </main>
  );
}
