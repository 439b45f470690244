// Messages in English from the English catalogue, without the browser: for log lines (an error's
// `message`), for Node, and for the tests. People get their own language through shared/i18n.ts.
import en from '../../_locales/en/messages.json';
import { type Message, MessageError } from '../core/message';

type Entry = { message: string; placeholders?: Record<string, { content: string }> };
const CATALOGUE: Readonly<Record<string, Entry>> = en;

/** One message in English, its placeholders filled by name (nested messages in English too). */
export function englishText(m: Message): string {
  const entry = CATALOGUE[m.key];
  if (!entry) return m.key;
  return entry.message.replace(/\$(\w+)\$/g, (_, n: string) => {
    const sub = m.subs?.[n.toLowerCase()];
    return sub === undefined ? '' : typeof sub === 'object' ? englishText(sub) : String(sub);
  });
}

/** Messages in English, one sentence after another. */
export const englishOf = (messages: readonly Message[]): string => messages.map(englishText).join(' ');

/** A MessageError whose log line is the English of its messages. */
export function messageError(...messages: Message[]): MessageError {
  return new MessageError(messages, englishOf(messages));
}
