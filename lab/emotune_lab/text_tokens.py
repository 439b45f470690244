"""Python twin of src/core/text-tokens.ts: a typed feeling -> hashed feature ids for the text model.

Both sides must give the same ids for every sentence (test/unit/core/text-tokens.test.ts runs this file
over test/fixtures/parity/text-tokens.json). The rules are deliberately ASCII-simple so that JavaScript and
Python cannot disagree on Unicode tables: only A-Z is lower-cased; each non-ASCII code point (an emoji, an
accented letter) is a token of its own; apostrophes vanish so "don't" and "dont" are one word.
"""
from __future__ import annotations

# Changing any of these changes every id: the model's manifest records them and the loader checks them.
TOKENIZER_VERSION = 1
MAX_WORDS = 64
WORD_CHARS = set("abcdefghijklmnopqrstuvwxyz0123456789")
PUNCT_TOKENS = set("!?")
APOSTROPHES = {"'", "\u2019"}
EOS = "</s>"


def ignored(code: int) -> bool:
    """Non-ASCII spaces, joiners and variation selectors: an explicit list, not a Unicode table."""
    return code in (0xA0, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF) or 0x2000 <= code <= 0x200F \
        or 0xFE00 <= code <= 0xFE0F


def words(text: str) -> list[str]:
    out: list[str] = []
    cur: list[str] = []

    def flush() -> None:
        if cur:
            out.append("".join(cur))
            cur.clear()

    for ch in text:
        code = ord(ch)
        if 65 <= code <= 90:
            ch = chr(code + 32)
        if ch in WORD_CHARS:
            cur.append(ch)
        elif ch in APOSTROPHES:
            continue
        else:
            flush()
            if ch in PUNCT_TOKENS or (code > 127 and not ignored(code)):
                out.append(ch)
    flush()
    return out[:MAX_WORDS]


def fnv1a(s: str) -> int:
    h = 0x811C9DC5
    for b in s.encode("utf-8"):
        h ^= b
        h = (h * 0x01000193) & 0xFFFFFFFF
    return h


def features(text: str) -> list[str]:
    """Word unigrams, word bigrams and the end marker (so no sentence is empty), fastText style."""
    ws = words(text)
    feats = [f"w:{w}" for w in ws]
    feats += [f"b:{a} {b}" for a, b in zip(ws, ws[1:])]
    feats.append(EOS)
    return feats


def token_ids(text: str, buckets: int) -> list[int]:
    return [fnv1a(f) % buckets for f in features(text)]
