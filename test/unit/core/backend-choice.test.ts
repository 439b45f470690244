import { describe, expect, it } from 'vitest';
import { pickBackend } from '../../../src/core/backend-choice';

describe('backend choice', () => {
  it.each([
    ['auto', 'wasm'],
    ['webgl', 'webgl'],
    ['wasm', 'wasm'],
  ] as const)('%s -> %s (auto is wasm until webgl reads moods right)', (pref, want) => {
    expect(pickBackend(pref)).toBe(want);
  });
});
