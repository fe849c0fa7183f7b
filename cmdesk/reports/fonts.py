"""The fonts embedded in PDF documents (resources/fonts, see its README for the
licences), and the markup that sets Khmer runs in the Khmer font.

DejaVu Sans Condensed sets Latin text; Khmer OS sets Khmer runs, shaped by reportlab
with uharfbuzz (`ParagraphStyle(shaping=1)`). Khmer writes no spaces between words,
only zero-width spaces: reportlab breaks lines there but then mis-shapes the words, so
each zero-width space becomes a real space of near-zero size, where reportlab breaks
lines and shapes correctly. Words too long for a line get such breaks between their
syllables.
"""

from __future__ import annotations

import re
from functools import lru_cache

from cmdesk.paths import resources_dir
from cmdesk.text import for_file

SANS = "CMDesk-Sans"
SANS_BOLD = "CMDesk-Sans-Bold"
KHMER = "CMDesk-Khmer"
FILES = {
    SANS: "DejaVuSansCondensed.ttf",
    SANS_BOLD: "DejaVuSansCondensed-Bold.ttf",
    KHMER: "KhmerOS.ttf",
}
KHMER_FAMILY = "Khmer OS"
"""The Khmer font's family name, as Word and Excel ask for it (the bundled KhmerOS.ttf)."""
# Punctuation touching a Khmer run goes with it (Khmer OS has those glyphs): reportlab,
# shaping a word set in two fonts ("(គណនា)", «របួស» in DejaVu and Khmer OS), loses the
# Khmer glyphs.
_TOUCHING = "()\\[\\]\u00ab\u00bb\"'\u2018\u2019\u201c\u201d.,:;!?%/\u2026-"
_KHMER_RUN = re.compile(f"(?:[{_TOUCHING}]*[\u1780-\u17ff\u19e0-\u19ff\u200b-\u200d]+)+[{_TOUCHING}]*")
_BREAK = '<font size="0.1"> </font>'
LONG_WORD = 16  # characters: a longer Khmer word may also break between syllables
CELL_WORD = 4  # in a table cell, narrow: any word longer than this may (reportlab would
# otherwise cut a word wider than its cell anywhere, even inside a cluster: a dotted circle)
# A Khmer syllable starts at a consonant or independent vowel not written below the
# previous one (after COENG U+17D2), except a final consonant, which closes the syllable
# before it: one marked final (BANTOC U+17CB, TOANDAKHIAT U+17CD), or a bare one after a
# vowel sign that no vowel, sign or subscript follows ("ក្រោម", not "ក្រោ|ម"). Without a
# dictionary "វា|ក|ម្ម" and "កា|រ|ស្តារ" look alike; both breaks keep every cluster whole.
_SYLLABLE_START = re.compile(
    "(?<=[\u1780-\u17ff])(?<!\u17d2)(?=[\u1780-\u17b3])"
    "(?![\u1780-\u17a2][\u17cb\u17cd])"
    "(?!(?<=[\u17b6-\u17d1\u17d3\u17dd])[\u1780-\u17a2](?![\u17b6-\u17d3\u17dd])"
    "(?![\u1780-\u17a2]\u17d2))")


def _khmer_breaks(run: str, long_word: int = LONG_WORD) -> str:
    """Break opportunities in a Khmer run: at its zero-width spaces, and between the
    syllables of a word too long for a narrow table cell (reportlab would otherwise
    cut it inside a syllable, which mis-shapes it)."""
    words = run.split("\u200b")
    return _BREAK.join(_BREAK.join(_SYLLABLE_START.split(word)) if len(word) > long_word else word
                       for word in words)


@lru_cache(maxsize=1)
def register_fonts() -> None:
    """Register the fonts with reportlab (once per process)."""
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    folder = resources_dir() / "fonts"
    for name, filename in FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(folder / filename)))
    addMapping(SANS, 0, 0, SANS)
    addMapping(SANS, 1, 0, SANS_BOLD)
    addMapping(SANS, 0, 1, SANS)
    addMapping(SANS, 1, 1, SANS_BOLD)


def _escape(text: str) -> str:
    # What xml.sax.saxutils.escape does, which imports urllib.request (http, email, ssl:
    # ~30 ms of every export, the xlsx ones included, which import this module).
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def has_khmer(text: str) -> bool:
    return bool(_KHMER_RUN.search(text.replace("\u200b", "")))


def markup(text: str, long_word: int = LONG_WORD) -> str:
    """Plain text as reportlab paragraph markup: made safe (`cmdesk.text.for_file`),
    escaped, line breaks kept, Khmer runs in the Khmer font."""
    def khmer(match: re.Match) -> str:
        return f'<font name="{KHMER}">' + _khmer_breaks(match.group(0), long_word) + "</font>"

    escaped = _escape(for_file(text))
    return _KHMER_RUN.sub(khmer, escaped).replace("\n", "<br/>")
