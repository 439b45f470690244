"""The text tokeniser's rules (its TypeScript twin has the same table in test/unit/core/text-tokens.test.ts)."""
from __future__ import annotations

import unittest

from emotune_lab.text_tokens import fnv1a, token_ids, words


class TextTokensTest(unittest.TestCase):
    def test_words(self):
        for text, want in [("I am so angry about this", ["i", "am", "so", "angry", "about", "this"]),
                           ("don't DONT don\u2019t", ["dont", "dont", "dont"]),
                           ("what?! ok...", ["what", "?", "!", "ok"]),
                           ("caf\u00e9 \U0001F602", ["caf", "\u00e9", "\U0001F602"]),
                           ("\u2764\ufe0f love", ["\u2764", "love"]),
                           ("a\u00a0b\u200dc", ["a", "b", "c"]), ("", [])]:
            self.assertEqual(words(text), want, text)

    def test_fnv1a_vectors(self):
        self.assertEqual(fnv1a(""), 0x811C9DC5)
        self.assertEqual(fnv1a("a"), 0xE40C292C)
        self.assertEqual(fnv1a("foobar"), 0xBF9CF968)

    def test_ids(self):
        self.assertEqual(len(token_ids("", 1 << 16)), 1)  # the end marker
        self.assertEqual(len(token_ids("so angry", 1 << 16)), 4)


if __name__ == "__main__":
    unittest.main()
