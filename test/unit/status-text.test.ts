import { describe, expect, it } from 'vitest';
import { statusMessage } from '../../src/core/status-text';
import { englishText } from '../../src/shared/english';

// The keys read in the English catalogue's words (other locales: test/unit/i18n/status-message.test.ts).
const english = (m: ReturnType<typeof statusMessage>) => m && englishText(m);

describe('status text', () => {
  it('says nothing when all is well and something actionable otherwise', () => {
    expect(statusMessage('ok', null)).toBeNull();
    expect(english(statusMessage('no-face', null))).toMatch(/No face/);
    expect(english(statusMessage('error', 'model 404'))).toBe('Something went wrong: model 404');
  });
});
