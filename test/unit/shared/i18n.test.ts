// t() over the browser's i18n API: substitutions by name become the browser's positional ones in the
// catalogue's order, core's messages (nested too) translate, and without a catalogue the English shows.
import { beforeEach, describe, expect, it, vi } from 'vitest';

const getMessage = vi.fn<(key: string, subs?: string[]) => string>();
vi.mock('../../../src/shared/browser', () => ({
  browser: { i18n: { getMessage: (k: string, s?: string[]) => getMessage(k, s) } },
}));

const { errorText, t, tm } = await import('../../../src/shared/i18n');
const { MessageError, message } = await import('../../../src/core/message');

beforeEach(() => getMessage.mockReset());

describe('t', () => {
  it('passes named substitutions in the placeholders’ order ($1, $2, ...)', () => {
    getMessage.mockReturnValue('übersetzt');
    expect(t('diag_perf', { tensors: 7, classify: '20', detect: '10' })).toBe('übersetzt');
    expect(getMessage).toHaveBeenCalledWith('diag_perf', ['10', '20', '7']);
  });

  it('falls back to the English catalogue where the browser has no text', () => {
    getMessage.mockReturnValue('');
    expect(t('popup_lastReading', { time: '10:00' })).toBe('Last reading 10:00');
    expect(t('popup_noReading')).toBe('No reading yet');
  });

  it('keeps data as data: a substitution is never read as a placeholder', () => {
    getMessage.mockReturnValue('');
    expect(t('track_item', { title: '$ARTISTS$', artists: '<b>x</b>' })).toBe('$ARTISTS$ by <b>x</b>');
  });

  it('translates core’s messages, nested ones first', () => {
    getMessage.mockImplementation((key, subs) => `${key}(${(subs ?? []).join('|')})`);
    const m = message('mapping_badTerm', { term: 'x!', problem: message('term_badChar', { char: '!' }) });
    expect(tm(m)).toBe('mapping_badTerm(x!|term_badChar(!))');
  });

  it('an error that carries messages is translated; another shows its own text', () => {
    getMessage.mockImplementation((key) => `[${key}]`);
    expect(errorText(new MessageError([message('import_notJson')], 'The file is not valid JSON.'))).toBe(
      '[import_notJson]',
    );
    expect(errorText(new Error('HTTP 500'))).toBe('HTTP 500');
  });

  it('shows any thrown value as text: a string, a number, a DOMException', () => {
    expect(errorText('camera busy')).toBe('camera busy');
    expect(errorText(42)).toBe('42');
    expect(errorText(new DOMException('Permission denied', 'NotAllowedError'))).toBe('Permission denied');
  });
});
