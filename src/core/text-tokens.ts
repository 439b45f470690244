// A typed feeling -> hashed feature ids for the text mood model. The TypeScript twin of
// lab/emotune_lab/text_tokens.py: both must give the same ids for every sentence (the parity test runs
// the Python over test/fixtures/parity/text-tokens.json). The rules are ASCII-simple on purpose so that
// the two languages cannot disagree on Unicode tables: only A-Z is lower-cased, each other non-ASCII
// code point (an emoji, an accented letter) is a token of its own, and apostrophes vanish ("don't" and
// "dont" are one word).

/** Changing any rule below changes every id: the model's manifest names the version it was trained with. */
export const TOKENIZER_VERSION = 1;
/** Longer text is cut: a feeling is a line, and the model's cost grows with the ids. */
export const MAX_WORDS = 64;
const EOS = '</s>';

const isWordChar = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
const isApostrophe = (c: number) => c === 0x27 || c === 0x2019;
const isPunctToken = (c: number) => c === 0x21 || c === 0x3f; // ! and ?
/** Non-ASCII spaces, joiners and variation selectors: an explicit list, not a Unicode table. */
const isIgnored = (c: number) =>
  [0xa0, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff].includes(c) ||
  (c >= 0x2000 && c <= 0x200f) ||
  (c >= 0xfe00 && c <= 0xfe0f);

export function words(text: string): string[] {
  const out: string[] = [];
  let cur = '';
  // for..of walks code points (as Python's str does), not UTF-16 halves.
  for (const raw of text) {
    const code = raw.codePointAt(0) ?? 0;
    const ch = code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : raw;
    const c = ch.codePointAt(0) ?? 0;
    if (isWordChar(c)) cur += ch;
    else if (isApostrophe(c)) continue;
    else {
      if (cur) out.push(cur);
      cur = '';
      if (isPunctToken(c) || (c > 127 && !isIgnored(c))) out.push(ch);
    }
  }
  if (cur) out.push(cur);
  return out.slice(0, MAX_WORDS);
}

/** 32-bit FNV-1a over the UTF-8 bytes. */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (const b of new TextEncoder().encode(s)) {
    h ^= b;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** Word unigrams, word bigrams and the end marker (so no sentence is empty), fastText style. */
export function features(text: string): string[] {
  const ws = words(text);
  const bigrams = ws.slice(1).map((w, i) => `b:${ws[i]} ${w}`);
  return [...ws.map((w) => `w:${w}`), ...bigrams, EOS];
}

export function tokenIds(text: string, buckets: number): number[] {
  return features(text).map((f) => fnv1a(f) % buckets);
}
