// How music is chosen and announced: the strategy and its "lift" rows, auto-suggest notifications,
// and resetting what was learned (thumbs) or recorded (mood history).
import { useState } from 'preact/hooks';
import { EMOTIONS, type Emotion, isEmotion } from '../core/emotions';
import type { Strategy } from '../core/music/queries';
import { t } from '../shared/i18n';
import { HOLD_LIMITS, NOTIFY_EVERY_LIMITS } from '../shared/music-settings';
import { moodHistory, musicSettings } from '../shared/stores';
import { emotionName } from '../ui/emotion-name';
import { NumberField } from '../ui/number-field';
import { Switch } from '../ui/switch';
import { useItem } from '../ui/use-item';

function LiftTable() {
  const lift = useItem(musicSettings.liftRows).value;
  const mapping = useItem(musicSettings.mapping).value;
  const set = (from: Emotion, to: string) => {
    const next = { ...lift };
    if (isEmotion(to) && to !== from) next[from] = to;
    else delete next[from];
    void musicSettings.liftRows.set(next);
  };
  return (
    <table class="lift">
      <tbody>
        {EMOTIONS.map((e) => (
          <tr key={e}>
            <th scope="row">{t('lift_when', { mood: emotionName(e) })}</th>
            <td>
              <select
                aria-label={t('lift_select', { mood: emotionName(e) })}
                value={lift[e] ?? e}
                onChange={(ev) => set(e, ev.currentTarget.value)}
              >
                {EMOTIONS.map((to) => (
                  <option key={to} value={to}>
                    {to === e
                      ? t('lift_ownRow', { row: mapping[e].mood })
                      : t('lift_otherRow', { mood: emotionName(to), row: mapping[to].mood })}
                  </option>
                ))}
              </select>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function SuggestSettings() {
  const strategy = useItem(musicSettings.strategy).value;
  const notify = useItem(musicSettings.notify).value;
  const [cleared, setCleared] = useState<string | null>(null);
  return (
    <section aria-labelledby="suggest-heading">
      <h2 id="suggest-heading">{t('suggest_heading')}</h2>
      <fieldset>
        <legend>{t('music_strategy')}</legend>
        {(['match', 'lift'] as Strategy[]).map((s) => (
          <label key={s} class="choice">
            <input
              type="radio"
              name="strategy"
              checked={strategy === s}
              onChange={() => void musicSettings.strategy.set(s)}
            />
            {s === 'match' ? t('suggest_match') : t('suggest_lift')}
          </label>
        ))}
        <LiftTable />
      </fieldset>
      <fieldset>
        <legend>{t('suggest_auto')}</legend>
        <NumberField
          item={musicSettings.holdSeconds}
          label={t('suggest_hold')}
          unit={t('unit_seconds')}
          {...HOLD_LIMITS}
        />
        <p>
          <Switch checked={notify} onChange={(on) => void musicSettings.notify.set(on)}>
            {t('suggest_notify')}
          </Switch>
        </p>
        <NumberField
          item={musicSettings.notifyEveryMinutes}
          label={t('suggest_notifyEvery')}
          unit={t('unit_minutes')}
          {...NOTIFY_EVERY_LIMITS}
        />
      </fieldset>
      <p class="actions">
        <button
          type="button"
          class="secondary"
          onClick={async () => {
            await musicSettings.preferences.reset();
            setCleared(t('suggest_preferencesReset'));
          }}
        >
          {t('suggest_resetPreferences')}
        </button>
        <button
          type="button"
          class="secondary"
          onClick={async () => {
            await moodHistory.reset();
            setCleared(t('suggest_historyCleared'));
          }}
        >
          {t('suggest_clearHistory')}
        </button>
        <span role="status" class="muted">
          {cleared ?? ''}
        </span>
      </p>
    </section>
  );
}
