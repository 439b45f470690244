// A message with elements in it (a link, a bold word, code) in the page's language, without innerHTML:
// the message is fetched with a marker in each element's place and split at the markers, so the
// translation decides where the element goes and every piece of text stays text.
import { type ComponentChildren, Fragment } from 'preact';
import { type MessageKey, type PlaceholderName, tNamed } from '../shared/i18n';

const MARK = /\uE000(\w+)\uE001/;

export function rich<K extends MessageKey>(
  key: K,
  parts: Record<PlaceholderName<K>, ComponentChildren>,
): ComponentChildren {
  const names = Object.keys(parts);
  const text = tNamed(key, Object.fromEntries(names.map((n) => [n, `\uE000${n}\uE001`])));
  // split with a capture group: even indexes are text, odd ones the placeholder names.
  return text
    .split(MARK)
    .map((piece, i) =>
      i % 2 === 0 ? (
        piece
      ) : (
        <Fragment key={i}>{(parts as Record<string, ComponentChildren>)[piece]}</Fragment>
      ),
    );
}
