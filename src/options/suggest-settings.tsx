// How music is chosen and announced: the strategy and its "lift" rows, auto-suggest notifications,
// and resetting what was learned (thumbs) or recorded (mood history).
import { useState } from 'preact/hooks';
import { EMOTIONS, type Emotion, isEmotion } from '../core/emotions';
import type { Strategy } from '../core/music/queries';
import { HOLD_LIMITS, NOTIFY_EVERY_LIMITS } from '../shared/music-settings';
import { moodHistory, musicSettings } from '../shared/stores';
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
            <th scope="row">When {e}, play</th>
            <td>
              <select
                aria-label={`Lift ${e}`}
                value={lift[e] ?? e}
                onChange={(ev) => set(e, ev.currentTarget.value)}
              >
                {EMOTIONS.map((to) => (
                  <option key={to} value={to}>
                    {to === e ? `its own row (${mapping[e].mood})` : `the ${to} row (${mapping[to].mood})`}
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
      <h2 id="suggest-heading">Suggestions</h2>
      <fieldset>
        <legend>Strategy</legend>
        {(['match', 'lift'] as Strategy[]).map((s) => (
          <label key={s} class="choice">
            <input
              type="radio"
              name="strategy"
              checked={strategy === s}
              onChange={() => void musicSettings.strategy.set(s)}
            />
            {s === 'match'
              ? 'Match my mood (play the mood’s own row)'
              : 'Lift my mood (play another row, below)'}
          </label>
        ))}
        <LiftTable />
      </fieldset>
      <fieldset>
        <legend>Auto-suggest while browsing</legend>
        <NumberField
          item={musicSettings.holdSeconds}
          label="Announce a new mood once it has held for"
          unit="seconds"
          {...HOLD_LIMITS}
        />
        <p>
          <Switch checked={notify} onChange={(on) => void musicSettings.notify.set(on)}>
            Show a notification with the new music (the toolbar badge always shows the mood)
          </Switch>
        </p>
        <NumberField
          item={musicSettings.notifyEveryMinutes}
          label="At most one notification every"
          unit="minutes"
          {...NOTIFY_EVERY_LIMITS}
        />
      </fieldset>
      <p class="actions">
        <button
          type="button"
          class="secondary"
          onClick={async () => {
            await musicSettings.preferences.reset();
            setCleared('What your thumbs taught is forgotten.');
          }}
        >
          Reset learned preferences
        </button>
        <button
          type="button"
          class="secondary"
          onClick={async () => {
            await moodHistory.reset();
            setCleared('Mood history cleared.');
          }}
        >
          Clear mood history
        </button>
        <span role="status" class="muted">
          {cleared ?? ''}
        </span>
      </p>
    </section>
  );
}
