// The locale catalogues as the tests read them, and a check that a core Message fits the catalogue.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { Message } from '../../src/core/message';

export const ROOT = join(import.meta.dirname, '..', '..');
export const LOCALES_DIR = join(ROOT, '_locales');

export interface Entry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}
export type Catalogue = Record<string, Entry>;

export const LOCALES = readdirSync(LOCALES_DIR).sort();
export const catalogue = (locale: string): Catalogue =>
  JSON.parse(readFileSync(join(LOCALES_DIR, locale, 'messages.json'), 'utf8'));
export const EN = catalogue('en');

/** The message names ($NAME$) a message's text uses, lower case, in order of appearance, once each. */
export const namesIn = (text: string): string[] => [
  ...new Set([...text.matchAll(/\$([A-Za-z0-9_]+)\$/g)].map(([, n = '']) => n.toLowerCase())),
];

/** A Message from core names a key of the catalogue and fills exactly its placeholders. */
export function expectKnownMessage(m: Message): void {
  const entry = EN[m.key];
  expect(entry, `unknown key ${m.key}`).toBeDefined();
  expect(Object.keys(m.subs ?? {}).sort(), m.key).toEqual(Object.keys(entry?.placeholders ?? {}).sort());
  for (const sub of Object.values(m.subs ?? {})) if (typeof sub === 'object') expectKnownMessage(sub);
}
