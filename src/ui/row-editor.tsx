// Edits one row of the emotion-to-music table (popup quick edit and the options table share it).
// Genres and keywords are typed comma-separated: a comma can never be part of a valid term.
import { useEffect, useState } from 'preact/hooks';
import type { Emotion } from '../core/emotions';
import { cleanRow, DEFAULT_MAPPING, type MusicRow, type RowErrors, rowProblems } from '../core/music/mapping';
import { musicSettings } from '../shared/stores';

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

const rowOf = (d: Draft): MusicRow => ({
  mood: d.mood,
  genres: split(d.genres),
  keywords: split(d.keywords),
});

export async function saveRow(emotion: Emotion, row: MusicRow): Promise<void> {
  const mapping = await musicSettings.mapping.get();
  await musicSettings.mapping.set({ ...mapping, [emotion]: cleanRow(row) });
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
  // A change made elsewhere (options page, import, reset) replaces the draft.
  useEffect(() => setDraft(draftOf(row)), [JSON.stringify(row)]);
  const errors: RowErrors = rowProblems(rowOf(draft));
  const valid = Object.keys(errors).length === 0;
  const dirty = JSON.stringify(rowOf(draft)) !== JSON.stringify(row);
  const isDefault = JSON.stringify(row) === JSON.stringify(DEFAULT_MAPPING[emotion]);

  const field = (name: keyof Draft, label: string, hint: string) => {
    const id = `${emotion}-${name}`;
    return (
      <p class="field">
        <label for={id}>{label}</label>
        <input
          id={id}
          value={draft[name]}
          aria-label={`${emotion} ${label.toLowerCase()}`}
          aria-invalid={errors[name] !== undefined}
          aria-describedby={`${id}-error`}
          placeholder={hint}
          onInput={(e) => {
            setSaved(null);
            setDraft({ ...draft, [name]: e.currentTarget.value });
          }}
        />
        <span id={`${id}-error`} class="error" role={errors[name] ? 'alert' : undefined}>
          {errors[name] ?? ''}
        </span>
      </p>
    );
  };

  return (
    <form
      class="row-editor"
      aria-label={`${emotion} music`}
      onSubmit={async (e) => {
        e.preventDefault();
        if (!valid) return;
        await saveRow(emotion, rowOf(draft));
        setSaved('Saved.');
        onSaved?.();
      }}
    >
      {field('mood', 'Mood', 'e.g. upbeat/pop')}
      {field('genres', 'Genres', 'comma-separated, e.g. dance, pop')}
      {field('keywords', 'Keywords', 'comma-separated, e.g. upbeat')}
      <p class="actions">
        <button type="submit" disabled={!valid || !dirty}>
          Save {emotion}
        </button>
        <button
          type="button"
          class="secondary"
          disabled={isDefault}
          onClick={async () => {
            await saveRow(emotion, DEFAULT_MAPPING[emotion]);
            setSaved('Back to the default.');
            onSaved?.();
          }}
        >
          Reset {emotion}
        </button>
        <span class="muted" role="status">
          {saved ?? ''}
        </span>
      </p>
    </form>
  );
}
