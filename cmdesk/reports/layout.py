"""Table columns sized to their content, for every writer that lays out a page (PDF,
Word): a number is never split across lines and a word is broken only at spaces, so
each column is at least as wide as its longest word or number; the width left is
shared in the proportions the table asks for (`Table.widths`).

The writers give their own measure (the font, the size and the cell padding they
print with); the rule is one.
"""

from __future__ import annotations

import re
from typing import Callable

from cmdesk.reports.model import Figure, Money, NoData, Stated, Table, cell_text

Measure = Callable[[str, bool], float]
"""measure(text, bold) -> its printed width (in the writer's unit)."""

_KHMER = re.compile("[\u1780-\u17ff\u19e0-\u19ff]")


def is_number(value) -> bool:
    """A cell printed as one unbreakable, right-aligned figure."""
    return isinstance(value, (int, Money, NoData, Stated, Figure)) and not isinstance(value, bool)


def longest_word(text: str, measure: Measure, bold: bool = False) -> float:
    """The width of the longest piece of `text` a line cannot break inside (lines
    break at spaces). Khmer runs break at their own opportunities and count for
    nothing here."""
    words = [w for w in text.replace("\n", " ").split(" ") if w and not _KHMER.search(w)]
    return max((measure(w, bold) for w in words), default=0.0)


def column_widths(block: Table, width: float, measure: Measure, padding: float) -> list[float]:
    """Column widths for `block` in `width`: each column at least its content's
    narrowest (longest word or whole number, plus `padding` in all), the rest shared
    in the table's proportions. When even the narrowest do not fit, they share the
    width in their own proportions."""
    relative = list(block.widths or (2.5,) + (1.0,) * (len(block.header) - 1))
    least = [longest_word(text, measure, True) for text in block.header]
    for row in block.rows:
        if row.kind == "band":
            continue
        bold = row.kind == "total"
        for column, value in enumerate(row.cells):
            text = cell_text(value)
            need = measure(text, bold) if is_number(value) else longest_word(text, measure, bold)
            least[column] = max(least[column], need)
    least = [w + padding for w in least]
    if sum(least) >= width:
        return [width * w / sum(least) for w in least]
    # Columns whose share is narrower than their content get their content's width;
    # the others share what is left, until every column fits.
    fixed: dict[int, float] = {}
    while True:
        free = [c for c in range(len(relative)) if c not in fixed]
        left = width - sum(fixed.values())
        share = sum(relative[c] for c in free)
        grown = {c: least[c] for c in free if left * relative[c] / share < least[c]}
        if not grown:
            return [fixed[c] if c in fixed else left * relative[c] / share for c in range(len(relative))]
        fixed.update(grown)
