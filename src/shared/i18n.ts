// Every word a page shows comes from the locale catalogues (_locales/<lang>/messages.json) through the
// browser's i18n API. The key type is derived from the English catalogue, so a key that does not exist
// fails to compile; a test checks that every locale has the same keys and placeholders.
import en from '../../_locales/en/messages.json';
import { errorLine, type Message, messagesOf, type Sub } from '../core/message';
import { browser } from './browser';
import { englishText } from './english';

type Catalogue = typeof en;
export type MessageKey = keyof Catalogue;

type Entry = { message: string; placeholders?: Record<string, { content: string }> };
export type PlaceholderName<K extends MessageKey> = Catalogue[K] extends { placeholders: infer P }
  ? keyof P & string
  : never;
/** No argument for a message without placeholders; every placeholder by name for one with. */
type SubsArg<K extends MessageKey> = [PlaceholderName<K>] extends [never]
  ? []
  : [subs: Record<PlaceholderName<K>, string | number>];

/** messages.json placeholders say `"content": "$1"`: the browser takes substitutions by position. */
function positional(key: string, subs: Readonly<Record<string, Sub>> | undefined): string[] {
  const placeholders = (en as Record<string, Entry>)[key]?.placeholders ?? {};
  const out: string[] = [];
  for (const [name, { content }] of Object.entries(placeholders)) {
    const sub = subs?.[name];
    out[Number(content.slice(1)) - 1] =
      sub === undefined ? '' : typeof sub === 'object' ? translate(sub) : String(sub);
  }
  return out;
}

/** The browser's text for the message; the English catalogue's where it has none (Node) or no such key. */
function translate(m: Message): string {
  const i18n = browser?.i18n;
  return (i18n ? i18n.getMessage(m.key, positional(m.key, m.subs)) : '') || englishText(m);
}

export function t<K extends MessageKey>(key: K, ...subs: SubsArg<K>): string {
  return translate({ key, subs: subs[0] });
}

/** A message with substitutions by name, unchecked: for helpers such as ui/rich.tsx. */
export function tNamed(key: MessageKey, subs: Record<string, string>): string {
  return translate({ key, subs });
}

/** A message read back from storage, whose key was checked where it was written. */
export const tStored: (m: Message) => string = translate;

/** Translates what core said (a key and its substitutions). */
export const tm: (m: Message<MessageKey>) => string = translate;

/** An error's text for the user: translated when it carries messages (core's MessageError). */
export function errorText(error: unknown): string {
  const messages = messagesOf(error);
  if (messages) return messages.map(translate).join(' ');
  return errorLine(error);
}
