import { useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import { intIn, type StorageItem } from '../shared/storage-item';
import { useItem } from './use-item';

/**
 * A whole-number setting, saved as the user types. Text that is not a valid value stays in the field
 * as a draft with the reason beside it, and the saved value is left alone; the draft's presence is the
 * error, so the two can never disagree.
 */
export function NumberField(p: {
  item: StorageItem<number>;
  label: string;
  /** Shown after the field ("ms", "seconds"). */
  unit: string;
  /** The unit in words, for the error ("milliseconds"); omitted when the label says it. */
  unitWords?: string;
  min: number;
  max: number;
  step?: number;
}) {
  const item = useItem(p.item);
  const [draft, setDraft] = useState<string | null>(null);
  const error =
    draft === null
      ? null
      : p.unitWords
        ? t('number_rangeOf', { unit: p.unitWords, min: p.min, max: p.max })
        : t('number_range', { min: p.min, max: p.max });
  return (
    <p>
      <label>
        {p.label}{' '}
        <input
          type="number"
          min={p.min}
          max={p.max}
          step={p.step}
          value={draft ?? item.value}
          aria-invalid={error !== null}
          onInput={(e) => {
            const text = e.currentTarget.value;
            const v = intIn(p.min, p.max)(Number(text));
            if (v !== undefined) {
              setDraft(null);
              void p.item.set(v);
            } else setDraft(text);
          }}
        />{' '}
        {p.unit}
      </label>
      {error && <span class="error"> {error}</span>}
    </p>
  );
}
