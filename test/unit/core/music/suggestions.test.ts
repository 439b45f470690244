import { describe, expect, it } from 'vitest';
import { DEFAULT_MAPPING } from '../../../../src/core/music/mapping';
import { CACHE_TTL_MS, linkSuggestions, stillFits } from '../../../../src/core/music/suggestions';

describe('suggestions reuse', () => {
  const base = {
    emotion: 'happy' as const,
    source: 'happy' as const,
    strategy: 'match' as const,
    row: DEFAULT_MAPPING.happy,
    provider: 'itunes' as const,
  };
  it('a set fits the same mood, row, strategy and provider while fresh', () => {
    const s = { ...linkSuggestions(base, null, 0), provider: 'itunes' as const };
    expect(stillFits(s, base, CACHE_TTL_MS - 1)).toBe(true);
    expect(stillFits(s, { ...base, provider: 'spotify' }, 1)).toBe(false);
    expect(stillFits(s, base, CACHE_TTL_MS)).toBe(false);
    expect(stillFits(s, { ...base, emotion: 'sad' }, 1)).toBe(false);
    expect(stillFits(s, { ...base, strategy: 'lift' }, 1)).toBe(false);
    expect(stillFits(s, { ...base, row: { ...base.row, genres: ['dance'] } }, 1)).toBe(false);
    expect(stillFits(null, base, 1)).toBe(false);
  });
});
