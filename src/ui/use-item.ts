import { useEffect, useState } from 'preact/hooks';
import { tStored } from '../shared/i18n';
import type { StorageItem } from '../shared/storage-item';

/**
 * A storage item as Preact state: read once, then kept current by watching storage (never polled).
 * `problem` says, in the page's language, why a stored value was not used as it was.
 */
export function useItem<T>(item: StorageItem<T>): { value: T; loaded: boolean; problem: string | null } {
  const [state, setState] = useState({
    value: item.defaultValue,
    loaded: false,
    problem: null as string | null,
  });
  useEffect(() => {
    let live = true;
    void item
      .read()
      .then(
        (r) => live && setState({ value: r.value, loaded: true, problem: r.problem && tStored(r.problem) }),
      );
    const unwatch = item.watch((value) => setState((s) => ({ ...s, value, loaded: true })));
    return () => {
      live = false;
      unwatch();
    };
  }, [item]);
  return state;
}
