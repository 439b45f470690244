// The whole emotion-to-music table: every row editable, reset one or all, export and import as JSON
// (an invalid import is refused as a whole and changes nothing).
import { useState } from 'preact/hooks';
import { EMOTIONS } from '../core/emotions';
import { DEFAULT_MAPPING, parseMapping } from '../core/music/mapping';
import { errorText, t } from '../shared/i18n';
import { musicSettings } from '../shared/stores';
import { emotionName } from '../ui/emotion-name';
import { rich } from '../ui/rich';
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
      setMessage({ ok: true, text: t('mapping_imported', { file: file.name }) });
    } catch (e) {
      setMessage({ ok: false, text: t('mapping_notImported', { error: errorText(e) }) });
    }
  };

  return (
    <section aria-labelledby="mapping-heading">
      <h2 id="mapping-heading">{t('mapping_heading')}</h2>
      {mapping.problem && <p class="note">{mapping.problem}</p>}
      <p class="muted">
        {rich('mapping_help', {
          // i18n-ignore: Spotify's search syntax, typed as it is
          code: <code>genre:</code>,
        })}
      </p>
      {EMOTIONS.map((e) => (
        <fieldset key={e} class="emotion-row">
          <legend>{emotionName(e)}</legend>
          <RowEditor emotion={e} row={mapping.value[e]} />
        </fieldset>
      ))}
      <p class="actions">
        <button
          type="button"
          class="secondary"
          onClick={() => exportMapping(JSON.stringify(mapping.value, null, 2))}
        >
          {t('mapping_export')}
        </button>
        <label class="button secondary">
          {t('mapping_import')}
          <input
            type="file"
            accept="application/json,.json"
            aria-label={t('mapping_import')}
            hidden
            onChange={(e) => void importFile(e.currentTarget.files?.[0])}
          />
        </label>
        <button
          type="button"
          class="secondary"
          onClick={async () => {
            await musicSettings.mapping.set(DEFAULT_MAPPING);
            setMessage({ ok: true, text: t('mapping_allReset') });
          }}
        >
          {t('mapping_resetAll')}
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
