// Where the popup's tracks come from: Apple's keyless catalogue (its permission, storefront), Spotify
// (set up in the next section) or the search links alone; the volume of previews, and whether they
// keep playing after the popup closes.
import { useState } from 'preact/hooks';
import type { ProviderChoice } from '../core/music/provider';
import { browser } from '../shared/browser';
import { errorText, type MessageKey, t, tm } from '../shared/i18n';
import { keylessOrigins } from '../shared/keyless-access';
import { countryIssue, VOLUME_LIMITS } from '../shared/music-settings';
import { PLAYS_IN_TAB } from '../shared/platform';
import { musicSettings, musicState } from '../shared/stores';
import { percent } from '../ui/emotion-name';
import { Switch } from '../ui/switch';
import { useItem } from '../ui/use-item';
import { useKeylessAccess } from '../ui/use-keyless-access';

const CHOICES: [ProviderChoice, MessageKey][] = [
  ['itunes', 'provider_choiceItunes'],
  ['spotify', 'provider_choiceSpotify'],
  ['links', 'provider_choiceLinks'],
];

function CountryField() {
  const country = useItem(musicSettings.itunesCountry);
  const [draft, setDraft] = useState<string | null>(null);
  const issue = draft === null ? null : countryIssue(draft);
  const problem = issue && tm(issue);
  return (
    <p class="field">
      <label for="itunes-country">{t('provider_country')}</label>
      <input
        id="itunes-country"
        size={4}
        value={draft ?? country.value}
        aria-invalid={problem !== null}
        aria-describedby="itunes-country-error"
        onInput={(e) => {
          const text = e.currentTarget.value;
          if (countryIssue(text) === null) {
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
        throw new Error(t('provider_browserKept'));
      // Withdrawn here on purpose: the popup does not ask again.
      await musicState.keylessConsent.set('declined');
    } catch (e) {
      setMessage(t('provider_withdrawFailed', { error: errorText(e) }));
    }
  };
  const allow = async () => {
    setMessage(null);
    if (!(await access.request())) setMessage(t('provider_notAllowed'));
  };

  return (
    <section aria-labelledby="provider-heading">
      <h2 id="provider-heading">{t('provider_heading')}</h2>
      {problems.map((p) => (
        <p class="note" key={p}>
          {p}
        </p>
      ))}
      <fieldset>
        <legend>{t('provider_legend')}</legend>
        {CHOICES.map(([id, title]) => (
          <label key={id} class="choice">
            <input
              type="radio"
              name="provider"
              checked={provider.value === id}
              onChange={() => void musicSettings.provider.set(id)}
            />
            {t(title)}
          </label>
        ))}
      </fieldset>
      {provider.value === 'itunes' && (
        <>
          <p class="muted">{t('provider_itunesInfo')}</p>
          <p class="actions">
            {access.permitted ? (
              <>
                <span role="status">{t('provider_itunesAllowed')}</span>
                <button type="button" class="secondary" onClick={() => void withdraw()}>
                  {t('provider_withdraw')}
                </button>
              </>
            ) : (
              <button type="button" onClick={() => void allow()}>
                {t('provider_allowItunes')}
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
          {t('provider_volume')}{' '}
          <input
            type="range"
            min={VOLUME_LIMITS.min}
            max={VOLUME_LIMITS.max}
            step={5}
            value={volume.value}
            onInput={(e) => void musicSettings.previewVolume.set(Number(e.currentTarget.value))}
          />{' '}
          <output>{percent(volume.value / 100)}</output>
        </label>
      </p>
      <p>
        <Switch checked={keep.value} onChange={(on) => void musicSettings.keepPlaying.set(on)}>
          {t('player_keepPlaying')}
        </Switch>
        <br />
        <span class="muted">
          {t('provider_keepInfo')}
          {PLAYS_IN_TAB && ` ${t('provider_keepInfoFirefox')}`}
        </span>
      </p>
    </section>
  );
}
