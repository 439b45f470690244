import { describe, expect, it } from 'vitest';
import { statusText } from '../../../src/core/status-text';

describe('status text', () => {
  it('says nothing when all is well and something actionable otherwise', () => {
    expect(statusText('ok', null)).toBeNull();
    expect(statusText('no-face', null)).toMatch(/No face/);
    expect(statusText('error', 'model 404')).toBe('Something went wrong: model 404');
  });
});
