// The whole emotion-to-music table: every row editable, reset one or all, export and import as JSON
// (an invalid import is refused as a whole and changes nothing).
import { useState } from 'preact/hooks';
import { EMOTIONS } from '../core/emotions';
import { DEFAULT_MAPPING, parseMapping } from '../core/music/mapping';
import { musicSettings } from '../shared/stores';
import { RowEditor } from '../ui/row-editor';
import { useItem } from '../ui/use-item';

function exportMapping(text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = Object.assign(document.createElement('a'), { href: url, download: 'emotune-mapping.json' });
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function MappingSettings() {
  const mapping = useItem(musicSettings.mapping);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  const importFile = async (file: File | undefined) => {
    if (!file) return;
    try {
      await musicSettings.mapping.set(parseMapping(await file.text()));
      setMessage({ ok: true, text: `Imported ${file.name}.` });
    } catch (e) {
      setMessage({ ok: false, text: `Not imported, nothing changed: ${(e as Error).message}` });
    }
  };

  return (
    <section aria-labelledby="mapping-heading">
      <h2 id="mapping-heading">Emotion to music</h2>
      {mapping.problem && <p class="note">{mapping.problem}</p>}
      <p class="muted">
        Genres are Spotify genres (searched with <code>genre:</code>); keywords set the mood of the search.
        Letters, digits, spaces, &amp; - and ' only.
      </p>
      {EMOTIONS.map((e) => (
        <fieldset key={e} class="emotion-row">
          <legend>{e}</legend>
          <RowEditor emotion={e} row={mapping.value[e]} />
        </fieldset>
      ))}
      <p class="actions">
        <button
          type="button"
          class="secondary"
          onClick={() => exportMapping(JSON.stringify(mapping.value, null, 2))}
        >
          Export JSON
        </button>
        <label class="button secondary">
          Import JSON
          <input
            type="file"
            accept="application/json,.json"
            aria-label="Import JSON"
            hidden
            onChange={(e) => void importFile(e.currentTarget.files?.[0])}
          />
        </label>
        <button
          type="button"
          class="secondary"
          onClick={async () => {
            await musicSettings.mapping.set(DEFAULT_MAPPING);
            setMessage({ ok: true, text: 'Every row is back to the default.' });
          }}
        >
          Reset all rows
        </button>
      </p>
      {message && (
        <p class={message.ok ? 'muted' : 'note'} role={message.ok ? 'status' : 'alert'}>
          {message.text}
        </p>
      )}
    </section>
  );
}
