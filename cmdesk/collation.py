"""Sorting names people read: Khmer in dictionary order, other scripts without case.

Python compares strings by code point, which for Khmer is close to the alphabet
(ក ខ គ ... អ) but not to the dictionary: the independent vowels (ឥ ឧ ឯ ...) come
after every consonant, where a dictionary files them with អ and the dependent vowel
they stand for (ឥ as អិ, ឧ as អុ); ឫ ឬ belong after រ and ឭ ឮ after ល; the vowels
ុំ ំ ាំ ះ ិះ ុះ េះ ោះ end the vowel order; and the signs above a consonant (់ ៉ ៊
៏ ័ ...) decide only between words otherwise the same. `sort_key` follows CLDR's
Khmer collation (the rules ICU applies for the "km" locale) on these points, without
ICU: the core cannot use Qt's QCollator (it runs in the command line and in SQLite's
readers too), and PyICU has no wheels of its own. tests/ui/test_collation.py checks
it against Qt's ICU collator on every Khmer label of the catalog.
"""

from __future__ import annotations

import unicodedata

_SCALE = 16  # room between two code points for the letters CLDR files between them
_AFTER_AU = 0x17C5 * _SCALE  # ៅ, the last simple vowel
# The composite vowels that end the vowel order (CLDR: &ៅ < ុំ < ំ < ាំ < ះ < ិះ ...).
_LATE_VOWELS = {vowel: _AFTER_AU + n for n, vowel in enumerate(
    ("\u17bb\u17c6", "\u17c6", "\u17b6\u17c6", "\u17c7",
     "\u17b7\u17c7", "\u17bb\u17c7", "\u17c1\u17c7", "\u17c4\u17c7"), 1)}
_LONGEST_VOWEL = max(len(v) for v in _LATE_VOWELS)
# Letters filed right after a consonant, as new letters of the alphabet.
_AFTER = {"\u17ab": 0x179A * _SCALE + 1, "\u17ac": 0x179A * _SCALE + 2,  # ឫ ឬ after រ
          "\u17ad": 0x179B * _SCALE + 1, "\u17ae": 0x179B * _SCALE + 2}  # ឭ ឮ after ល
# Independent vowels: filed as អ with the dependent vowel they stand for, just after it.
_AS_A_WITH = {"\u17a3": "", "\u17a4": "\u17b6", "\u17a5": "\u17b7", "\u17a6": "\u17b8",
              "\u17a7": "\u17bb", "\u17a8": "\u17bb", "\u17a9": "\u17bc", "\u17aa": "\u17bc",
              "\u17af": "\u17c2", "\u17b0": "\u17c3", "\u17b1": "\u17c4", "\u17b2": "\u17c4",
              "\u17b3": "\u17c5"}
# Signs that tell apart words otherwise the same (CLDR's secondary differences), in order.
_SIGNS = {sign: n for n, sign in enumerate(
    "\u17ce\u17cf\u17d1\u17d0\u17c8\u17dd\u17cb\u17c9\u17ca\u17cd\u17cc", 1)}
# Ignored: the zero-width spaces between words, the inherent-vowel signs.
_IGNORED = {"\u200b", "\u200c", "\u200d", "\u17b4", "\u17b5"}


def _is_khmer(ch: str) -> bool:
    return "\u1780" <= ch <= "\u17ff" or "\u19e0" <= ch <= "\u19ff"


def sort_key(text: str) -> tuple:
    """A key that sorts `text` as a reader expects: Khmer in dictionary order (CLDR's
    Khmer collation), other letters ignoring case and accents first, then exactly.
    For `sorted(names, key=sort_key)`."""
    primary: list[int] = []
    secondary: list[int] = []
    tertiary: list[int] = []

    def element(weight: int, variant: int = 0) -> None:
        primary.append(weight)
        secondary.append(0)
        tertiary.append(variant)

    i = 0
    while i < len(text):
        ch = text[i]
        late = next((text[i:i + n] for n in range(_LONGEST_VOWEL, 0, -1)
                     if text[i:i + n] in _LATE_VOWELS), None)
        if late is not None:
            element(_LATE_VOWELS[late])
            i += len(late)
            continue
        if ch in _SIGNS:
            secondary.append(_SIGNS[ch])
        elif ch in _AS_A_WITH:
            element(0x17A2 * _SCALE, 1)  # អ, after the អ spelling it stands for
            if _AS_A_WITH[ch]:
                element(ord(_AS_A_WITH[ch]) * _SCALE, 1)
        elif ch in _AFTER:
            element(_AFTER[ch])
        elif _is_khmer(ch):
            element(ord(ch) * _SCALE)
        elif ch not in _IGNORED:
            for c in unicodedata.normalize("NFKD", ch.casefold()):
                if unicodedata.combining(c):
                    secondary.append(ord(c))
                else:
                    element(ord(c) * _SCALE, 0 if ch == ch.casefold() else 1)
        i += 1
    return (tuple(primary), tuple(secondary), tuple(tertiary), text)
