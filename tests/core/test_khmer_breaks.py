"""Where a long Khmer word may break in a narrow PDF table cell (cmdesk/reports/fonts.py):
between syllables, never inside a cluster, and never before a final consonant."""

import pytest

from cmdesk.reports.fonts import _BREAK, _khmer_breaks


def breaks(word: str) -> str:
    return _khmer_breaks(word, long_word=1).replace(_BREAK, "|")


@pytest.mark.parametrize("word, expected", [
    ("ក្រោម", "ក្រោម"),  # "lower": its final ម stays with the syllable
    ("បង្គោល", "ប|ង្គោល"),  # the final ល likewise; ង្គ is one cluster
    ("ការងារ", "ការ|ងារ"),
    ("ស្ថានភាព", "ស្ថាន|ភាព"),
    ("ផ្តល់", "ផ្តល់"),  # ល់ is marked final (bantoc)
    ("ទីស្នាក់ការ", "ទី|ស្នាក់|ការ"),
    ("ប្រព័ន្ធ", "ប្រ|ព័|ន្ធ"),  # a subscript stays with its consonant
    ("ស្ត្រី", "ស្ត្រី"),  # two subscripts: one cluster
])
def test_a_long_khmer_word_breaks_between_syllables_only(word, expected):
    assert breaks(word) == expected
    assert breaks(word).replace("|", "") == word
