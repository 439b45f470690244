// The music half of the popup: asks the background for the mood's music whenever the mood, the row,
// the strategy or the provider's readiness changes (the background answers from its cache while
// fresh), and shows what it stored, with previews to play and, once, the question about Apple's tracks.
import { useEffect, useState } from 'preact/hooks';
import type { Emotion } from '../core/emotions';
import { rowFor, type Strategy } from '../core/music/queries';
import { browser } from '../shared/browser';
import { errorText, t, tStored } from '../shared/i18n';
import { send } from '../shared/messaging';
import { PAGES } from '../shared/pages';
import { musicSettings, musicState } from '../shared/stores';
import { emotionName } from '../ui/emotion-name';
import { rich } from '../ui/rich';
import { RowEditor } from '../ui/row-editor';
import { useItem } from '../ui/use-item';
import { useKeylessAccess } from '../ui/use-keyless-access';
import { KeylessOffer } from './keyless-offer';
import { PlaylistList } from './playlist-list';
import { usePreviewPlayer } from './preview-player';
import { SearchLinks } from './search-links';
import { TrackList } from './track-list';
import { WhyThese } from './why-these';

/** `why`: how the mood was reached when a typed feeling took part (said in "Why these?"). */
export function MusicView({ emotion, why }: { emotion: Emotion; why?: string | undefined }) {
  const suggestions = useItem(musicState.suggestions);
  const session = useItem(musicState.spotifyStatus);
  const mapping = useItem(musicSettings.mapping);
  const strategy = useItem(musicSettings.strategy);
  const lift = useItem(musicSettings.liftRows);
  const provider = useItem(musicSettings.provider);
  const consent = useItem(musicState.keylessConsent);
  const volume = useItem(musicSettings.previewVolume);
  const access = useKeylessAccess();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const loaded =
    mapping.loaded && strategy.loaded && session.loaded && lift.loaded && provider.loaded && consent.loaded;
  const { source, row } = rowFor(emotion, mapping.value, strategy.value, lift.value);
  const keyless = provider.value === 'itunes';
  const s = suggestions.value?.emotion === emotion ? suggestions.value : null;
  // Asked once, where Apple's catalogue is the source or Spotify just refused this account: shown until
  // the user answers, and again only if the browser's permission was removed.
  const offer =
    (keyless || s?.offer === 'itunes') &&
    access.permitted !== null &&
    consent.value !== 'declined' &&
    !(consent.value === 'granted' && access.permitted);

  const ask = async (refresh: boolean) => {
    setBusy(true);
    setError(null);
    try {
      await send('ui-bg-music-suggest', { emotion, refresh });
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };
  // Asks again exactly when what the music depends on changes.
  useEffect(() => {
    if (loaded) void ask(false);
  }, [
    loaded,
    emotion,
    strategy.value,
    JSON.stringify(row),
    session.value === null,
    provider.value,
    consent.value,
    access.permitted,
  ]);

  const preview = usePreviewPlayer(s?.tracks ?? [], emotion, volume.value);
  return (
    <section aria-label={t('music_section')} class="music">
      <div class="music-head">
        <h2>{t('music_for', { mood: emotionName(emotion) })}</h2>
        <select
          aria-label={t('music_strategy')}
          value={strategy.value}
          onChange={(e) => void musicSettings.strategy.set(e.currentTarget.value as Strategy)}
        >
          <option value="match">{t('strategy_match')}</option>
          <option value="lift">{t('strategy_lift')}</option>
        </select>
        <button type="button" class="secondary" disabled={busy} onClick={() => void ask(true)}>
          {busy ? t('music_finding') : t('music_refresh')}
        </button>
      </div>
      {error && (
        <p class="note" role="alert">
          {error}
        </p>
      )}
      {s?.note && (
        <p class="note" role="status">
          {s.note.map(tStored).join(' ')}
        </p>
      )}
      {offer && (
        <KeylessOffer
          access={access}
          words={[...row.genres, ...row.keywords]}
          onGranted={() => void ask(false)}
        />
      )}
      {!s && !error && <p class="muted">{t('music_findingMusic')}</p>}
      {preview.element}
      {s && s.tracks.length > 0 && (
        <TrackList
          tracks={s.tracks}
          ratings={s.ratings}
          player={preview.player}
          opensIn={s.provider === 'itunes' ? t('track_openInApple') : t('track_openInSpotify')}
        />
      )}
      {preview.bar}
      {s && s.playlists.length > 0 && <PlaylistList playlists={s.playlists} />}
      {s && s.tracks.length === 0 && <SearchLinks links={s.links} />}
      {s && s.tracks.length === 0 && provider.value === 'spotify' && session.value === null && (
        <p class="muted">
          {rich('music_connectSpotify', {
            link: (
              <a href={browser.runtime.getURL(PAGES.options)} target="_blank" rel="noreferrer">
                {t('music_connectSpotifyLink')}
              </a>
            ),
          })}
        </p>
      )}
      {s && s.tracks.length === 0 && keyless && consent.value === 'declined' && (
        <p class="muted">
          {rich('music_declined', {
            link: (
              <a href={browser.runtime.getURL(PAGES.options)} target="_blank" rel="noreferrer">
                {t('popup_settings')}
              </a>
            ),
          })}
        </p>
      )}
      {s && <WhyThese s={s} why={why} />}
      <details class="edit">
        <summary>{t('music_editRow', { mood: emotionName(source) })}</summary>
        <RowEditor emotion={source} row={row} />
      </details>
    </section>
  );
}
