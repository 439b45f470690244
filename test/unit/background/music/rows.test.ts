// Rows of the table are saved by the background, one at a time: two pages saving different rows at
// once both keep theirs.
import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { createRowSaver } from '../../../../src/background/music/rows';
import { DEFAULT_MAPPING } from '../../../../src/core/music/mapping';
import { musicMappingDef } from '../../../../src/shared/music-settings';
import { fakeItem } from '../../../support/fake-stores';

beforeEach(() => fakeBrowser.reset());

describe('saving rows of the table', () => {
  it('two pages saving different rows at once keep both', async () => {
    const mapping = fakeItem(musicMappingDef);
    const save = createRowSaver(mapping);
    const happy = { mood: 'sunny', genres: ['funk'], keywords: [] };
    const sad = { mood: 'blue', genres: [], keywords: ['rain'] };
    await Promise.all([save('happy', happy), save('sad', sad)]);
    expect(await mapping.get()).toEqual({ ...DEFAULT_MAPPING, happy, sad });
  });

  it('a row is checked and stored clean (trimmed, NFC)', async () => {
    const mapping = fakeItem(musicMappingDef);
    await createRowSaver(mapping)('fear', { mood: ' calme\u0301 ', genres: [], keywords: [' ambient '] });
    expect((await mapping.get()).fear).toEqual({ mood: 'calmé', genres: [], keywords: ['ambient'] });
    await expect(
      createRowSaver(mapping)('fear', { mood: 'x', genres: ['a:b'], keywords: [] }),
    ).rejects.toMatchObject({ messages: [{ key: 'mapping_badTerm' }] });
  });
});
