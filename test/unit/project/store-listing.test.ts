// The store texts in docs/store/ against the manifests they describe: the stores' length limits, and one
// justification for every permission and host the built manifests name (required or optional).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { manifestFor } from '../../../manifest-variants';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const doc = (name: string) => readFileSync(join(ROOT, 'docs', 'store', name), 'utf8');
const field = (text: string, label: string) =>
  text
    .split(/\n\n/)
    .find((p) => p.startsWith(`${label}:`))
    ?.slice(label.length + 1)
    .replace(/\s+/g, ' ')
    .trim() ?? '';

describe('store listings', () => {
  it('Chrome: the summary and the manifest description fit in 132 characters', () => {
    const summary = field(doc('chrome-web-store.md'), 'Summary');
    expect(summary.length).toBeGreaterThan(20);
    expect(summary.length).toBeLessThanOrEqual(132);
    expect((manifestFor('chrome') as { description: string }).description.length).toBeLessThanOrEqual(132);
  });

  it('AMO: the summary fits in 250 characters', () => {
    const summary = field(doc('firefox-amo.md'), 'Summary (<= 250 characters)');
    expect(summary.length).toBeGreaterThan(20);
    expect(summary.length).toBeLessThanOrEqual(250);
  });

  it('one justification for every permission and host of both builds, and none for anything else', () => {
    const justified = [...doc('chrome-web-store.md').matchAll(/^- `([^`]+)`/gm)].map((m) => m[1]);
    const named = (['chrome', 'firefox'] as const).flatMap((t) => {
      const m = manifestFor(t) as { permissions?: string[]; optional_host_permissions?: string[] };
      return [...(m.permissions ?? []), ...(m.optional_host_permissions ?? [])];
    });
    expect([...new Set(justified)].sort()).toEqual([...new Set(named)].sort());
    expect(justified).toHaveLength(new Set(justified).size);
  });
});
