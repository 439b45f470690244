// The table's rows are saved here, in the background, one at a time: two pages saving different rows
// at once (the popup's quick edit and the options page) both keep theirs, where each page's own
// get-then-set would write back the other's old row.
import type { Emotion } from '../../core/emotions';
import { cleanRow, type MusicMapping, type MusicRow } from '../../core/music/mapping';
import type { StorageItem } from '../../shared/storage-item';

export function createRowSaver(mapping: StorageItem<MusicMapping>) {
  return (emotion: Emotion, row: MusicRow): Promise<void> =>
    mapping.update((m) => ({ ...m, [emotion]: cleanRow(row) })).then(() => undefined);
}
