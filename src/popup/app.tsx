import { useEffect, useState } from 'preact/hooks';
import { shownStatus } from '../core/camera-watch';
import { EMOJI, EMOTIONS, type Emotion } from '../core/emotions';
import { fuseMood } from '../core/feeling';
import { statusMessage } from '../core/status-text';
import { browser } from '../shared/browser';
import { t, tm } from '../shared/i18n';
import { send } from '../shared/messaging';
import { PAGES } from '../shared/pages';
import { moodSnapshot, musicSettings, musicState, settings, typedFeeling } from '../shared/stores';
import { switchCameraOn } from '../ui/camera-permission';
import { emotionName } from '../ui/emotion-name';
import { RepairNote } from '../ui/repair-note';
import { Switch } from '../ui/switch';
import { useItem } from '../ui/use-item';
import { useNow } from '../ui/use-now';
import { CalibrateView } from './calibrate-view';
import { FeelingView } from './feeling-view';
import { HistoryView } from './history-view';
import { MoodView } from './mood-view';
import { MusicView } from './music-view';
import { RetryButton } from './retry-button';

/** Without a mood from the camera, the user can still pick one and get its music. */
function MoodPicker({ picked, onPick }: { picked: Emotion | null; onPick: (e: Emotion) => void }) {
  return (
    <fieldset class="picker">
      <legend class="muted">{t('popup_pickMood')}</legend>
      {EMOTIONS.map((e) => (
        <button
          type="button"
          key={e}
          class="secondary"
          aria-pressed={picked === e}
          aria-label={emotionName(e)}
          title={emotionName(e)}
          onClick={() => onPick(e)}
        >
          {EMOJI[e]}
        </button>
      ))}
    </fieldset>
  );
}

/**
 * Says the mood's name to screen readers when it changes. The region is always there (a region that
 * appears with its text is often not read), and its text is the same from frame to frame until the
 * mood changes, so nothing is read again while the camera keeps reading the same mood.
 */
function MoodAnnouncer({ mood }: { mood: Emotion | null }) {
  return (
    <p class="sr-only" role="status" aria-live="polite">
      {mood ? t('popup_moodNow', { mood: emotionName(mood) }) : ''}
    </p>
  );
}

export function App() {
  const stored = useItem(moodSnapshot).value;
  const enabled = useItem(settings.cameraEnabled).value;
  const intervalMs = useItem(settings.captureIntervalMs).value;
  const queue = useItem(musicState.playQueue).value;
  const keepPlaying = useItem(musicSettings.keepPlaying).value;
  // One clock for both judgements that change with time alone: a silent camera page's mood turns stale,
  // and a typed feeling fades.
  const now = useNow(1000);
  // A mood from a camera page that has gone silent is not current, whatever storage still says.
  const snapshot = { ...stored, status: shownStatus(stored, intervalMs, now) };
  const feeling = useItem(typedFeeling).value;
  const fadeMs = useItem(settings.feelingFadeSeconds).value * 1000;
  // Opening the popup makes the background check that the camera page still reports (its watchdog).
  useEffect(() => void send('ui-bg-camera-sync', undefined).catch(() => undefined), []);
  const [asking, setAsking] = useState(false);
  const [picked, setPicked] = useState<Emotion | null>(null);

  const toggle = async (on: boolean) => {
    if (!on) return settings.cameraEnabled.set(false);
    if ((await switchCameraOn()) === 'asking') setAsking(true);
  };
  // The switch is the user's intent and flips at once; the snapshot follows when the camera page reports.
  const status = enabled ? snapshot.status : 'camera-off';
  const said = statusMessage(status, snapshot.detail);
  const message = said && tm(said);
  const faceMood = enabled && snapshot.mood ? snapshot.mood : null;
  // A typed feeling fuses with the face's scores while it fades; then the face's mood is back alone.
  const fused = fuseMood(faceMood, faceMood ? snapshot.scores : null, feeling, now, fadeMs);
  const mood = fused.mood;
  // With no mood read or picked, the music that keeps playing is shown, with its player.
  const emotion = mood ?? picked ?? (keepPlaying && queue ? queue.emotion : null);
  const percent = Math.round(fused.textWeight * 100);
  const why =
    fused.textWeight > 0
      ? faceMood
        ? t('popup_whyTypedWithFace', { percent })
        : t('popup_whyTypedAlone', { percent })
      : undefined;

  return (
    <main class="popup">
      <MoodAnnouncer mood={mood ?? picked} />
      <header>
        <h1>{t('ext_name')}</h1>
        <Switch checked={enabled} onChange={(on) => void toggle(on)}>
          {t('popup_camera')}
        </Switch>
      </header>
      <RepairNote of={musicSettings.mapping} item={musicSettings.mappingBackup} />
      {asking && <p class="note">{t('popup_asking')}</p>}
      {message && (
        <p class="note" role="status">
          {message}
          {status === 'camera-denied' && (
            <>
              {' '}
              <a href={browser.runtime.getURL(PAGES.permission)} target="_blank" rel="noreferrer">
                {t('popup_allowCamera')}
              </a>
            </>
          )}
          {enabled && <RetryButton status={status} />}
        </p>
      )}
      <MoodView snapshot={snapshot} />
      {enabled && <CalibrateView snapshot={snapshot} />}
      <FeelingView feeling={feeling} fused={fused} withFace={faceMood !== null} fadeMs={fadeMs} now={now} />
      {!mood && <MoodPicker picked={picked} onPick={setPicked} />}
      {emotion && <MusicView emotion={emotion} why={why} />}
      <HistoryView />
      <footer>
        <span class="muted">
          {snapshot.lastReadingAt
            ? t('popup_lastReading', { time: new Date(snapshot.lastReadingAt).toLocaleTimeString() })
            : t('popup_noReading')}
        </span>
        <a href={browser.runtime.getURL(PAGES.options)} target="_blank" rel="noreferrer">
          {t('popup_settings')}
        </a>
      </footer>
    </main>
  );
}
