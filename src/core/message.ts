// A text for the user, as core says it: a key of the locale catalogue (_locales/en/messages.json) and
// its named substitutions. Core knows no language and no browser API; a page translates the value
// (shared/i18n.ts `tm`), and the page's compiler checks that every key core can return exists.

/** A substitution: plain data (shown as it is) or another message (translated first). */
export type Sub = string | number | Message;

export interface Message<K extends string = string> {
  readonly key: K;
  /** By placeholder name, as the catalogue's `placeholders` spell them (lower case). */
  readonly subs?: Readonly<Record<string, Sub>>;
}

export function message<K extends string>(key: K, subs?: Record<string, Sub>): Message<K> {
  return subs ? { key, subs } : { key };
}

/** A Message read back from storage: a key and substitutions of plain data or messages, nothing else. */
export function isMessage(v: unknown): v is Message {
  if (!v || typeof v !== 'object') return false;
  const m = v as { key?: unknown; subs?: unknown };
  if (typeof m.key !== 'string') return false;
  if (m.subs === undefined) return true;
  if (!m.subs || typeof m.subs !== 'object' || Array.isArray(m.subs)) return false;
  return Object.values(m.subs).every((s) => typeof s === 'string' || typeof s === 'number' || isMessage(s));
}

/** A message as a line for logs when no English is at hand: its key and substitutions. */
export function logLineOf(messages: readonly Message[]): string {
  return messages.map((m) => (m.subs ? `${m.key} ${JSON.stringify(m.subs)}` : m.key)).join(' ');
}

/**
 * An Error that carries what to tell the user (a page translates `messages`); `message` stays a
 * readable line for logs: the English where the thrower has it, else the keys.
 */
export class MessageError<K extends string = string> extends Error {
  constructor(
    readonly messages: readonly Message<K>[],
    logLine: string = logLineOf(messages),
  ) {
    super(logLine);
    this.name = 'MessageError';
  }
}

/** The messages an error carries (a MessageError's, or one that crossed the message boundary), if any. */
export function messagesOf(error: unknown): readonly Message[] | null {
  if (!error || typeof error !== 'object' || !('messages' in error)) return null;
  const { messages } = error as { messages: unknown };
  return Array.isArray(messages) && messages.length > 0 && messages.every(isMessage) ? messages : null;
}

/** Any thrown value as one line for logs and details: an Error's message, else the value as text. */
export function errorLine(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
