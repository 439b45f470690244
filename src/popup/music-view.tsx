// The music half of the popup: asks the background for the mood's music whenever the mood, the row
// or the strategy changes (the background answers from its cache while fresh), and shows what it stored.
import { useEffect, useState } from 'preact/hooks';
import type { Emotion } from '../core/emotions';
import { rowFor, type Strategy } from '../core/music/queries';
import { browser } from '../shared/browser';
import { send } from '../shared/messaging';
import { musicSettings, musicState } from '../shared/stores';
import { RowEditor } from '../ui/row-editor';
import { useItem } from '../ui/use-item';
import { SearchLinks } from './search-links';
import { TrackList } from './track-list';
import { WhyThese } from './why-these';

const OPTIONS_PAGE = 'src/options/index.html';

export function MusicView({ emotion }: { emotion: Emotion }) {
  const suggestions = useItem(musicState.suggestions);
  const session = useItem(musicState.session);
  const mapping = useItem(musicSettings.mapping);
  const strategy = useItem(musicSettings.strategy);
  const lift = useItem(musicSettings.liftRows);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const loaded = mapping.loaded && strategy.loaded && session.loaded && lift.loaded;
  const { source, row } = rowFor(emotion, mapping.value, strategy.value, lift.value);

  const ask = async (refresh: boolean) => {
    setBusy(true);
    setError(null);
    try {
      await send('music/suggest', { emotion, refresh });
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  // Asks again exactly when what the music depends on changes.
  useEffect(() => {
    if (loaded) void ask(false);
  }, [loaded, emotion, strategy.value, JSON.stringify(row), session.value === null]);

  const s = suggestions.value?.emotion === emotion ? suggestions.value : null;
  return (
    <section aria-label="Music" class="music">
      <div class="music-head">
        <h2>Music for {emotion}</h2>
        <select
          aria-label="Strategy"
          value={strategy.value}
          onChange={(e) => void musicSettings.strategy.set(e.currentTarget.value as Strategy)}
        >
          <option value="match">Match my mood</option>
          <option value="lift">Lift my mood</option>
        </select>
        <button type="button" class="secondary" disabled={busy} onClick={() => void ask(true)}>
          {busy ? 'Finding…' : 'Refresh'}
        </button>
      </div>
      {error && (
        <p class="note" role="alert">
          {error}
        </p>
      )}
      {s?.note && (
        <p class="note" role="status">
          {s.note}
        </p>
      )}
      {!s && !error && <p class="muted">Finding music…</p>}
      {s && s.tracks.length > 0 && <TrackList tracks={s.tracks} ratings={s.ratings} />}
      {s && s.tracks.length === 0 && <SearchLinks links={s.links} />}
      {s && session.value === null && (
        <p class="muted">
          <a href={browser.runtime.getURL(OPTIONS_PAGE)} target="_blank" rel="noreferrer">
            Connect Spotify
          </a>{' '}
          to get tracks here; meanwhile these searches open in a new tab.
        </p>
      )}
      {s && <WhyThese s={s} />}
      <details class="edit">
        <summary>Edit the {source} row</summary>
        <RowEditor emotion={source} row={row} />
      </details>
    </section>
  );
}
