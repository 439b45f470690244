import { useEffect } from 'preact/hooks';
import { t, tStored } from '../shared/i18n';
import type { RepairBackup, StorageItem } from '../shared/storage-item';
import { useItem } from './use-item';

/**
 * Says that saved data was damaged and partly reset, on whichever page the user has open, until they
 * dismiss it; what was there can be seen and copied (nothing is lost silently).
 */
export function RepairNote<T>({ of, item }: { of: StorageItem<T>; item: StorageItem<RepairBackup | null> }) {
  // Reading the value is what finds and repairs damage, so this page looks even if nothing else here does.
  useEffect(() => void of.read(), [of]);
  const backup = useItem(item).value;
  if (!backup) return null;
  return (
    <div class="note" role="alert">
      <p>{typeof backup.problem === 'string' ? backup.problem : tStored(backup.problem)}</p>
      <details>
        <summary>{t('repair_show')}</summary>
        <pre>{JSON.stringify(backup.value, null, 2)}</pre>
      </details>
      <button type="button" class="secondary" onClick={() => void item.set(null)}>
        {t('repair_dismiss')}
      </button>
    </div>
  );
}
