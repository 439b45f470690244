// Where the popup's tracks come from: Apple's keyless catalogue (its permission, storefront), Spotify
// (set up in the next section) or the search links alone; the volume of previews, and whether they
// keep playing after the popup closes.
import { useState } from 'preact/hooks';
import type { ProviderChoice } from '../core/music/provider';
import { browser } from '../shared/browser';
import { keylessOrigins } from '../shared/keyless-access';
import { countryProblem, VOLUME_LIMITS } from '../shared/music-settings';
import { PLAYS_IN_TAB } from '../shared/platform';
import { musicSettings, musicState } from '../shared/stores';
import { Switch } from '../ui/switch';
import { useItem } from '../ui/use-item';
import { useKeylessAccess } from '../ui/use-keyless-access';

const CHOICES: [ProviderChoice, string][] = [
  ['itunes', 'Apple’s catalogue: real tracks with 30-second previews, no account needed'],
  ['spotify', 'Spotify: your own Spotify app (set it up below)'],
  ['links', 'Search links only: nothing is sent anywhere until you open a link'],
];

function CountryField() {
  const country = useItem(musicSettings.itunesCountry);
  const [draft, setDraft] = useState<string | null>(null);
  const problem = draft === null ? null : countryProblem(draft);
  return (
    <p class="field">
      <label for="itunes-country">Country</label>
      <input
        id="itunes-country"
        size={4}
        value={draft ?? country.value}
        aria-invalid={problem !== null}
        aria-describedby="itunes-country-error"
        onInput={(e) => {
          const text = e.currentTarget.value;
          if (countryProblem(text) === null) {
            setDraft(null);
            void musicSettings.itunesCountry.set(text.trim().toUpperCase());
          } else setDraft(text);
        }}
      />
      <span id="itunes-country-error" class="error">
        {problem ?? ''}
      </span>
    </p>
  );
}

export function ProviderSettings() {
  const provider = useItem(musicSettings.provider);
  const volume = useItem(musicSettings.previewVolume);
  const keep = useItem(musicSettings.keepPlaying);
  const access = useKeylessAccess();
  const problems = [provider, volume, keep].map((i) => i.problem).filter(Boolean);
  const [message, setMessage] = useState<string | null>(null);

  const withdraw = async () => {
    setMessage(null);
    try {
      if (!(await browser.permissions.remove({ origins: await keylessOrigins() })))
        throw new Error('the browser kept it');
      // Withdrawn here on purpose: the popup does not ask again.
      await musicState.keylessConsent.set('declined');
    } catch (e) {
      setMessage(`Could not withdraw the permission: ${(e as Error).message}`);
    }
  };
  const allow = async () => {
    setMessage(null);
    if (!(await access.request())) setMessage('Not allowed: the popup shows search links instead.');
  };

  return (
    <section aria-labelledby="provider-heading">
      <h2 id="provider-heading">Music source</h2>
      {problems.map((p) => (
        <p class="note" key={p}>
          {p}
        </p>
      ))}
      <fieldset>
        <legend>Tracks in the popup come from</legend>
        {CHOICES.map(([id, title]) => (
          <label key={id} class="choice">
            <input
              type="radio"
              name="provider"
              checked={provider.value === id}
              onChange={() => void musicSettings.provider.set(id)}
            />
            {title}
          </label>
        ))}
      </fieldset>
      {provider.value === 'itunes' && (
        <>
          <p class="muted">
            Apple’s iTunes Search receives the mood’s search words (the genres and keywords of its row) and
            the country below. Never the camera, an image or your mood scores. Apple allows about 20 searches
            a minute; Emotune keeps its answers for an hour, so a refresh usually costs none.
          </p>
          <p class="actions">
            {access.permitted ? (
              <>
                <span role="status">Apple’s catalogue is allowed.</span>
                <button type="button" class="secondary" onClick={() => void withdraw()}>
                  Withdraw
                </button>
              </>
            ) : (
              <button type="button" onClick={() => void allow()}>
                Allow Apple’s catalogue
              </button>
            )}
          </p>
          {message && (
            <p class="note" role="alert">
              {message}
            </p>
          )}
          <CountryField />
        </>
      )}
      <p>
        <label>
          Preview volume{' '}
          <input
            type="range"
            min={VOLUME_LIMITS.min}
            max={VOLUME_LIMITS.max}
            step={5}
            value={volume.value}
            onInput={(e) => void musicSettings.previewVolume.set(Number(e.currentTarget.value))}
          />{' '}
          <output>{volume.value}%</output>
        </label>
      </p>
      <p>
        <Switch checked={keep.value} onChange={(on) => void musicSettings.keepPlaying.set(on)}>
          Keep playing while I browse
        </Switch>
        <br />
        <span class="muted">
          Previews you start go on playing, one after another, when the popup closes, and move to the music of
          a new mood once auto-suggest announces it. Only your press of play starts them.
          {PLAYS_IN_TAB && ' Firefox plays them in the pinned Emotune tab, which opens when you press play.'}
        </span>
      </p>
    </section>
  );
}
