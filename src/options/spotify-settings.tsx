// Connecting Spotify: Spotify's 2026 rules for the user's own app (told before the user creates one),
// the app's Client ID (no secret anywhere), the exact redirect URI to register, sign in and out, and
// Spotify's host permission: asked for in the sign-in click, offered back once Spotify is not in use.
import { useState } from 'preact/hooks';
import { genresMissing, PERSONAL_SCOPE } from '../core/music/personal';
import { clientIdIssue } from '../core/music/spotify-auth';
import { browser } from '../shared/browser';
import { errorText, t, tm } from '../shared/i18n';
import { send } from '../shared/messaging';
import { musicSettings, musicState } from '../shared/stores';
import { rich } from '../ui/rich';
import { Switch } from '../ui/switch';
import { useItem } from '../ui/use-item';
import { useSpotifyAccess } from '../ui/use-spotify-access';

export function SpotifySettings() {
  const clientId = useItem(musicSettings.clientId);
  const session = useItem(musicState.spotifyStatus).value;
  const personalise = useItem(musicSettings.personalise).value;
  const provider = useItem(musicSettings.provider).value;
  const top = useItem(musicState.topArtists).value;
  const needsScope = personalise && session !== null && !session.scope.split(' ').includes(PERSONAL_SCOPE);
  const [draft, setDraft] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const text = draft ?? clientId.value;
  const issue = clientIdIssue(text);
  const problem = issue && tm(issue);
  const redirectUri = browser.identity.getRedirectURL();
  const access = useSpotifyAccess();
  // Held but unused: after a sign-out, or with another music source chosen.
  const unused = access.permitted === true && (session === null || provider !== 'spotify');

  const save = async (value: string) => {
    setDraft(value);
    if (clientIdIssue(value) === null) {
      await musicSettings.clientId.set(value.trim());
      setDraft(null);
    }
  };

  const signIn = async () => {
    // First, with nothing awaited before it: Firefox shows the prompt only inside the click.
    const asked = access.request();
    setBusy(true);
    setMessage(null);
    try {
      if (!(await asked)) {
        setMessage(t('spotify_needsHosts'));
        return;
      }
      const { outcome } = await send('ui-bg-spotify-sign-in', undefined);
      setMessage(outcome === 'cancelled' ? t('spotify_cancelled') : null);
    } catch (e) {
      setMessage(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  const giveBack = async () => {
    setMessage(null);
    // Signed in but not in use: the tokens go too, so nothing may call Spotify without the hosts.
    if (session) await send('ui-bg-spotify-sign-out', undefined);
    if (!(await access.giveBack())) setMessage(t('spotify_browserKept'));
  };

  return (
    <section aria-labelledby="spotify-heading">
      <h2 id="spotify-heading">{t('provider_spotify')}</h2>
      {clientId.problem && <p class="note">{clientId.problem}</p>}
      <p class="muted">{t('spotify_intro')}</p>
      <ul class="muted" aria-label={t('spotify_rules')}>
        <li>{rich('spotify_rulePremium', { premium: <b>{t('spotify_rulePremiumBold')}</b> })}</li>
        <li>{rich('spotify_ruleUsers', { people: <b>{t('spotify_ruleUsersBold')}</b> })}</li>
        <li>{t('spotify_ruleLimits')}</li>
      </ul>
      <p class="muted">{t('spotify_withoutPremium')}</p>
      <ol class="muted">
        <li>
          {rich('spotify_stepCreate', {
            link: (
              <a href="https://developer.spotify.com/dashboard" target="_blank" rel="noreferrer">
                {/* i18n-ignore: the address the link opens */}
                developer.spotify.com/dashboard
              </a>
            ),
          })}
        </li>
        <li>{rich('spotify_stepRedirect', { uri: <code id="redirect-uri">{redirectUri}</code> })}</li>
        <li>{t('spotify_stepClientId')}</li>
      </ol>
      <p class="field">
        <label for="client-id">{t('spotify_clientId')}</label>
        <input
          id="client-id"
          value={text}
          size={36}
          spellcheck={false}
          aria-invalid={problem !== null}
          aria-describedby="client-id-error"
          onInput={(e) => void save(e.currentTarget.value)}
        />
        <span id="client-id-error" class="error">
          {problem ?? ''}
        </span>
      </p>
      {session && provider !== 'spotify' && (
        <p class="note">
          {provider === 'links' ? t('spotify_connectedButLinks') : t('spotify_connectedButItunes')}
        </p>
      )}
      {unused && (
        <p class="note">
          {t('spotify_unused')}{' '}
          <button type="button" class="secondary" onClick={() => void giveBack()}>
            {session ? t('spotify_signOutGiveBack') : t('spotify_giveBack')}
          </button>
        </p>
      )}
      {session ? (
        <p>
          <span role="status">
            {session.userName ? t('spotify_connectedAs', { name: session.userName }) : t('spotify_connected')}
          </span>{' '}
          <button
            type="button"
            class="secondary"
            onClick={() => void send('ui-bg-spotify-sign-out', undefined)}
          >
            {t('spotify_signOut')}
          </button>
        </p>
      ) : (
        <p>
          <button
            type="button"
            disabled={!clientId.value || draft !== null || busy}
            onClick={() => void signIn()}
          >
            {busy ? t('spotify_waiting') : t('spotify_signIn')}
          </button>
        </p>
      )}
      <p>
        <Switch checked={personalise} onChange={(on) => void musicSettings.personalise.set(on)}>
          {t('spotify_personalise')}
        </Switch>
      </p>
      {personalise && !needsScope && top && top.artists.length === 0 && (
        <p class="note">{t('spotify_noTopArtists')}</p>
      )}
      {personalise && !needsScope && top && genresMissing(top.artists) && (
        <p class="note">{t('spotify_genresMissing')}</p>
      )}
      {needsScope && (
        <p class="note">
          {t('spotify_needsScope')}{' '}
          <button type="button" disabled={busy} onClick={() => void signIn()}>
            {t('spotify_signInAgain')}
          </button>
        </p>
      )}
      {message && (
        <p class="note" role="alert">
          {message}
        </p>
      )}
    </section>
  );
}
