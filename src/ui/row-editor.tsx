// Edits one row of the emotion-to-music table (popup quick edit and the options table share it).
// Genres and keywords are typed comma-separated: a comma can never be part of a valid term.
import { useEffect, useState } from 'preact/hooks';
import type { Emotion } from '../core/emotions';
import {
  cleanRow,
  DEFAULT_MAPPING,
  type MusicRow,
  type RowField,
  type RowIssues,
  rowIssues,
} from '../core/music/mapping';
import { t, tm } from '../shared/i18n';
import { send } from '../shared/messaging';
import { emotionName } from './emotion-name';

const split = (text: string) =>
  text
    .split(',')
    .map((t) => t.trim())
    .filter((t) => t !== '');

interface Draft {
  mood: string;
  genres: string;
  keywords: string;
}

const draftOf = (row: MusicRow): Draft => ({
  mood: row.mood,
  genres: row.genres.join(', '),
  keywords: row.keywords.join(', '),
});

// Field by field: rows read back from storage have their keys in another order than rows built here.
const same = (a: MusicRow, b: MusicRow) =>
  a.mood === b.mood &&
  a.genres.join('\n') === b.genres.join('\n') &&
  a.keywords.join('\n') === b.keywords.join('\n');

const rowOf = (d: Draft): MusicRow => ({
  mood: d.mood,
  genres: split(d.genres),
  keywords: split(d.keywords),
});

/** Each field's label, its spoken name (with the emotion) and its example. */
const FIELDS = {
  mood: { label: 'row_mood', aria: 'row_moodAria', hint: 'row_moodHint' },
  genres: { label: 'row_genres', aria: 'row_genresAria', hint: 'row_genresHint' },
  keywords: { label: 'row_keywords', aria: 'row_keywordsAria', hint: 'row_keywordsHint' },
} as const;

/** Checked here (the errors show at once), saved by the background: the one writer of rows. */
export async function saveRow(emotion: Emotion, row: MusicRow): Promise<void> {
  await send('ui-bg-music-save-row', { emotion, row: cleanRow(row) });
}

export function RowEditor({
  emotion,
  row,
  onSaved,
}: {
  emotion: Emotion;
  row: MusicRow;
  onSaved?: () => void;
}) {
  const [draft, setDraft] = useState(draftOf(row));
  const [saved, setSaved] = useState<string | null>(null);
  // The row the draft started from, and a version saved elsewhere while this one was being edited.
  const [base, setBase] = useState(row);
  const [theirs, setTheirs] = useState<MusicRow | null>(null);
  // A change made elsewhere (the other page, an import, a reset) replaces an untouched draft; an edit in
  // progress is kept, and the user is told and chooses (neither edit is lost silently).
  useEffect(() => {
    const mine = rowOf(draft);
    if (same(mine, row) || same(mine, base)) {
      setDraft(draftOf(row));
      setBase(row);
      setTheirs(null);
    } else if (!same(row, base)) setTheirs(row);
  }, [JSON.stringify(row)]);
  const errors: RowIssues = rowIssues(rowOf(draft));
  const valid = Object.keys(errors).length === 0;
  const dirty = JSON.stringify(rowOf(draft)) !== JSON.stringify(row);
  const isDefault = JSON.stringify(row) === JSON.stringify(DEFAULT_MAPPING[emotion]);

  const name = emotionName(emotion);
  const field = (which: RowField) => {
    const { label, aria, hint } = FIELDS[which];
    const id = `${emotion}-${which}`;
    const error = errors[which];
    return (
      <p class="field">
        <label for={id}>{t(label)}</label>
        <input
          id={id}
          value={draft[which]}
          aria-label={t(aria, { emotion: name })}
          aria-invalid={error !== undefined}
          aria-describedby={`${id}-error`}
          placeholder={t(hint)}
          onInput={(e) => {
            setSaved(null);
            setDraft({ ...draft, [which]: e.currentTarget.value });
          }}
        />
        <span id={`${id}-error`} class="error" role={error ? 'alert' : undefined}>
          {error ? tm(error) : ''}
        </span>
      </p>
    );
  };

  return (
    <form
      class="row-editor"
      aria-label={t('row_form', { emotion: name })}
      onSubmit={async (e) => {
        e.preventDefault();
        if (!valid) return;
        await saveRow(emotion, rowOf(draft));
        setTheirs(null);
        setSaved(t('row_saved'));
        onSaved?.();
      }}
    >
      {theirs && (
        <p class="note" role="alert">
          {t('row_conflict', {
            emotion: name,
            mood: theirs.mood,
            terms: [...theirs.genres, ...theirs.keywords].join(', '),
          })}{' '}
          <button
            type="button"
            class="secondary"
            onClick={() => {
              setDraft(draftOf(theirs));
              setBase(theirs);
              setTheirs(null);
            }}
          >
            {t('row_useTheirs')}
          </button>
        </p>
      )}
      {field('mood')}
      {field('genres')}
      {field('keywords')}
      <p class="actions">
        <button type="submit" disabled={!valid || !dirty}>
          {t('row_save', { emotion: name })}
        </button>
        <button
          type="button"
          class="secondary"
          disabled={isDefault}
          onClick={async () => {
            // The draft goes too, so that the reset is not taken for someone else's change.
            setDraft(draftOf(DEFAULT_MAPPING[emotion]));
            setTheirs(null);
            await saveRow(emotion, DEFAULT_MAPPING[emotion]);
            setSaved(t('row_backToDefault'));
            onSaved?.();
          }}
        >
          {t('row_reset', { emotion: name })}
        </button>
        <span class="muted" role="status">
          {saved ?? ''}
        </span>
      </p>
    </form>
  );
}
