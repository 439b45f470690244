// The one fake of the stores for unit tests: binds an item definition to @webext-core/fake-browser's
// in-memory storage, in the area the definition declares (as src/shared/stores.ts does for the real
// browser), so a test cannot put a session item in local storage by mistake.
import { fakeBrowser } from '@webext-core/fake-browser';
import { createItem, type ItemDefinition, type StorageItem } from '../../src/shared/storage-item';

export function fakeItem<T>(def: ItemDefinition<T>, now?: () => number): StorageItem<T> {
  return createItem(def, fakeBrowser.storage[def.area], def.area, fakeBrowser.storage.onChanged, now);
}
