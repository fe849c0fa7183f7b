"""cmdesk.reports.fonts.markup: plain text becomes reportlab paragraph markup that
prints what was typed, whatever characters a user typed."""

from __future__ import annotations

from cmdesk.reports.fonts import KHMER, markup


def test_markup_characters_print_as_typed():
    assert markup("Budget < plan & spent > 0") == "Budget &lt; plan &amp; spent &gt; 0"
    assert markup("<b>not bold</b>") == "&lt;b&gt;not bold&lt;/b&gt;"
    assert markup("&amp; stays five characters") == "&amp;amp; stays five characters"


def test_line_breaks_are_kept_and_khmer_runs_take_the_khmer_font():
    assert markup("one\ntwo") == "one<br/>two"
    assert markup("CMAA (កម្ពុជា) & MoSVY") == f'CMAA <font name="{KHMER}">(កម្ពុជា)</font> &amp; MoSVY'
