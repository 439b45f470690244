// Connecting Spotify: Spotify's 2026 rules for the user's own app (told before the user creates one),
// the app's Client ID (no secret anywhere), the exact redirect URI to register, sign in and out, and
// Spotify's host permission: asked for in the sign-in click, offered back once Spotify is not in use.
import { useState } from 'preact/hooks';
import { genresMissing, PERSONAL_SCOPE } from '../core/music/personal';
import { clientIdProblem } from '../core/music/spotify-auth';
import { browser } from '../shared/browser';
import { send } from '../shared/messaging';
import { musicSettings, musicState } from '../shared/stores';
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
  const problem = clientIdProblem(text);
  const redirectUri = browser.identity.getRedirectURL();
  const access = useSpotifyAccess();
  // Held but unused: after a sign-out, or with another music source chosen.
  const unused = access.permitted === true && (session === null || provider !== 'spotify');

  const save = async (value: string) => {
    setDraft(value);
    if (clientIdProblem(value) === null) {
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
        setMessage('Emotune needs to reach Spotify’s sign-in and Web API to connect. Nothing changed.');
        return;
      }
      const { outcome } = await send('ui-bg-spotify-sign-in', undefined);
      setMessage(outcome === 'cancelled' ? 'Sign-in cancelled. Nothing changed.' : null);
    } catch (e) {
      setMessage((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  const giveBack = async () => {
    setMessage(null);
    // Signed in but not in use: the tokens go too, so nothing may call Spotify without the hosts.
    if (session) await send('ui-bg-spotify-sign-out', undefined);
    if (!(await access.giveBack())) setMessage('The browser kept the permission to reach Spotify.');
  };

  return (
    <section aria-labelledby="spotify-heading">
      <h2 id="spotify-heading">Spotify</h2>
      {clientId.problem && <p class="note">{clientId.problem}</p>}
      <p class="muted">
        Spotify's tracks in the popup need your own Spotify app. Spotify's rules for such apps (since 2026),
        before you create one:
      </p>
      <ul class="muted" aria-label="Spotify's rules">
        <li>
          The app's owner must hold <b>Spotify Premium</b>; without it Spotify refuses every search.
        </li>
        <li>
          At most <b>5 people</b> can use one app, and each must be added by the owner under “User Management”
          on the app's page (name and Spotify e-mail).
        </li>
        <li>Each search gives at most 10 tracks, and Spotify may stop an app that made too many requests.</li>
      </ul>
      <p class="muted">
        Without Premium, choose Apple's catalogue under “Music source”: real tracks, no account. To connect
        Spotify:
      </p>
      <ol class="muted">
        <li>
          Open{' '}
          <a href="https://developer.spotify.com/dashboard" target="_blank" rel="noreferrer">
            developer.spotify.com/dashboard
          </a>{' '}
          and create an app with “Web API”.
        </li>
        <li>
          Add this Redirect URI exactly: <code id="redirect-uri">{redirectUri}</code>
        </li>
        <li>Copy the app's Client ID here. No client secret is needed or kept.</li>
      </ol>
      <p class="field">
        <label for="client-id">Client ID</label>
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
          Spotify is connected, but the popup shows{' '}
          {provider === 'links' ? 'search links only' : 'Apple’s catalogue'}: choose Spotify under “Music
          source” to use it.
        </p>
      )}
      {unused && (
        <p class="note">
          Emotune may still reach Spotify's sites, which it needs only while Spotify is the music source.{' '}
          <button type="button" class="secondary" onClick={() => void giveBack()}>
            {session ? 'Sign out and give the permission back' : 'Give the permission back'}
          </button>
        </p>
      )}
      {session ? (
        <p>
          <span role="status">Connected to Spotify{session.userName ? ` as ${session.userName}` : ''}.</span>{' '}
          <button
            type="button"
            class="secondary"
            onClick={() => void send('ui-bg-spotify-sign-out', undefined)}
          >
            Sign out
          </button>
        </p>
      ) : (
        <p>
          <button
            type="button"
            disabled={!clientId.value || draft !== null || busy}
            onClick={() => void signIn()}
          >
            {busy ? 'Waiting for Spotify…' : 'Sign in with Spotify'}
          </button>
        </p>
      )}
      <p>
        <Switch checked={personalise} onChange={(on) => void musicSettings.personalise.set(on)}>
          Personalise: start from artists I listen to (lets Emotune read your top artists on Spotify)
        </Switch>
      </p>
      {personalise && !needsScope && top && top.artists.length === 0 && (
        <p class="note">Spotify has no top artists for you yet, so the searches cannot be personalised.</p>
      )}
      {personalise && !needsScope && top && genresMissing(top.artists) && (
        <p class="note">
          Spotify no longer says which genres your top artists play, so Emotune pairs them with the mood's
          keywords instead.
        </p>
      )}
      {needsScope && (
        <p class="note">
          Spotify has not allowed reading your top artists yet.{' '}
          <button type="button" disabled={busy} onClick={() => void signIn()}>
            Sign in again to allow it
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
