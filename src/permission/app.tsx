// Chrome lets an offscreen document use the camera only once a visible extension page has been granted
// it, so this page asks, once, in a tab the user can see, and says what happens to the images.
import { useState } from 'preact/hooks';
import { type CameraState, cameraStateForError } from '../core/camera-status';
import { settings } from '../shared/stores';

type Outcome =
  | 'idle'
  | 'asking'
  | 'granted'
  | Exclude<CameraState, 'starting' | 'running' | 'off' | 'ended' | 'timeout'>;

const MESSAGES: Record<Exclude<Outcome, 'idle' | 'asking'>, string> = {
  granted:
    'Camera allowed. Emotune is now reading your mood: open its popup from the toolbar. You can close this tab.',
  denied:
    'The camera was blocked. To allow it, click the camera icon at the right of the address bar (or the site ' +
    'settings icon), choose Allow, then press the button again.',
  'no-camera': 'No camera was found. Connect a camera, then press the button again.',
  busy: 'The camera is in use by another app (a video call?). Close that app, then press the button again.',
  error: 'The camera could not be opened.',
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
      const name = error instanceof DOMException ? error.name : 'Error';
      setDetail(error instanceof Error ? error.message : String(error));
      setOutcome(cameraStateForError(name) as Outcome);
    }
  };

  return (
    <main>
      <h1>Let Emotune see your expression</h1>
      <p>
        Emotune suggests music for your mood by reading your facial expression from the webcam, about once a
        second, while the camera switch is on.
      </p>
      <ul>
        <li>Every frame is analysed on this device and then thrown away.</li>
        <li>
          No image, video or face data is stored or sent anywhere. Only the resulting mood word is kept, to
          pick music.
        </li>
        <li>You can switch the camera off at any time from the Emotune popup.</li>
      </ul>
      <p>
        <button
          type="button"
          onClick={() => void ask()}
          disabled={outcome === 'asking' || outcome === 'granted'}
        >
          {outcome === 'asking' ? 'Waiting for your answer…' : 'Allow the camera'}
        </button>
      </p>
      {outcome !== 'idle' && outcome !== 'asking' && (
        <p class="note" role="status">
          {MESSAGES[outcome]}
          {outcome === 'error' && detail ? ` (${detail})` : ''}
        </p>
      )}
    </main>
  );
}
