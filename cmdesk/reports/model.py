"""The plain document model every submission is built as before it is written.

A `Document` is a title, a year and a list of blocks (headings, paragraphs, key/value
blocks, tables). The builders (`sraap.py`, `va_update.py`, `form_j.py`) make one from
the store; the writers (`xlsx.py`, `pdf.py`) render any document. Nothing here knows
about a file format, and nothing in a document is personal data: the builders read
counts, never casualty records.

Text is plain text as the user wrote it (never markup, never a formula); numbers are
ints (counts) or `Money` (amounts), so that the xlsx writer stores real numbers and
the PDF writer formats them the one way CMDesk does (`cmdesk.numbers`, `cmdesk.funding`).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import NamedTuple, Union

from cmdesk.funding import format_money
from cmdesk.numbers import format_count, format_qualified, khmer_digits


class Money(NamedTuple):
    """An amount of money (`currency` an ISO 4217 code)."""

    value: float
    currency: str = "USD"

    def __str__(self) -> str:
        return format_money(self.value)


class NoData(str):
    """The text a document prints where the data hold nothing (a year without records:
    "not recorded", or a dash), never 0. A str, so every writer can print it; writers
    align it like the numbers of its column."""


class Stated(NamedTuple):
    """A count stated with a qualifier ("more_than", "about", "at_least";
    cmdesk.numbers): printed as the Committee quotes it, "over 2,800"."""

    value: int
    qualifier: str

    def __str__(self) -> str:
        return format_qualified(self.value, self.qualifier)


class Figure(str):
    """A count or amount already written as text, in Khmer digits ("២,៨០០"): printed,
    and aligned, like the numbers of its column (`with_khmer_digits`)."""


CellValue = Union[str, int, Money, Stated, None]


def cell_text(value: CellValue) -> str:
    """A cell as text: counts with thousands separators, amounts as `format_money`."""
    if value is None:
        return ""
    if isinstance(value, bool):
        raise TypeError("a document cell is text, a count or Money, not a bool")
    if isinstance(value, int):
        return format_count(value)
    return str(value)


class Heading(NamedTuple):
    text: str
    level: int = 1  # 1: section, 2: subsection, 3: minor heading


class Paragraph(NamedTuple):
    text: str  # may hold line breaks ("\n"); bullets are lines starting with "- "
    style: str = "body"  # "body", "note" (smaller, grey) or "quote" (indented, italic-like)


class KeyValues(NamedTuple):
    """Label/value pairs: a cover block, a point of contact."""

    pairs: tuple[tuple[str, CellValue], ...]


class Row(NamedTuple):
    cells: tuple[CellValue, ...]
    kind: str = "data"  # "data", "band" (one text across the table) or "total" (bold)
    group: str | None = None  # rows sharing a group have their first cell merged


@dataclass(frozen=True)
class Table:
    header: tuple[str, ...]
    rows: tuple[Row, ...]
    widths: tuple[float, ...] = ()  # relative column widths; empty: the writer decides
    caption: str = ""

    def __post_init__(self) -> None:
        if self.widths and len(self.widths) != len(self.header):
            raise ValueError("a table needs one width per column")
        for row in self.rows:
            if row.kind != "band" and len(row.cells) != len(self.header):
                raise ValueError(f"row {row.cells!r} has {len(row.cells)} cells, "
                                 f"the header {len(self.header)}")


Block = Union[Heading, Paragraph, KeyValues, Table]


@dataclass
class Document:
    """One submission. `kind` is "sraap", "va-update" or "form-j"; `title` and `year`
    make the running header; `draft` marks every page and sheet DRAFT; `demo` marks a
    document made from the demo database."""

    kind: str
    title: str
    year: int
    blocks: list[Block] = field(default_factory=list)
    subtitles: tuple[str, ...] = ()  # lines under the title (the tracker's title rows)
    draft: bool = False
    demo: bool = False
    landscape: bool = False
    sheet_name: str = ""
    khmer_digits: bool = False  # its year and page numbers too in Khmer digits (with_khmer_digits)

    def add(self, *blocks: Block) -> None:
        self.blocks.extend(blocks)

    @property
    def running_header(self) -> str:
        """The title and year every page repeats."""
        return f"{self.title} – {self.shown_number(self.year)}"

    def shown_number(self, number: int) -> str:
        """A year or page number as the document prints it."""
        return khmer_digits(str(number)) if self.khmer_digits else str(number)

    def tables(self) -> list[Table]:
        return [block for block in self.blocks if isinstance(block, Table)]

    def text(self) -> str:
        """Every text of the document, one per line (for checks such as 'no personal
        data'): the title, headings, paragraphs, pairs and cells."""
        lines = [self.title, *self.subtitles]
        for block in self.blocks:
            if isinstance(block, (Heading, Paragraph)):
                lines.append(block.text)
            elif isinstance(block, KeyValues):
                lines.extend(f"{label}: {cell_text(value)}" for label, value in block.pairs)
            else:
                lines.append(" | ".join(block.header))
                lines.extend(" | ".join(cell_text(c) for c in row.cells) for row in block.rows)
        return "\n".join(lines)


def with_khmer_digits(doc: Document, figures: bool = True) -> Document:
    """A copy of `doc` whose texts are written with Khmer digits (០-៩), for a reader
    who chose them (View > Khmer digits); with `figures`, its counts and amounts too,
    as `Figure` texts. A spreadsheet keeps its figures as numbers (`figures=False`),
    so that Excel can add them."""

    def text(value: str) -> str:
        return type(value)(khmer_digits(value)) if isinstance(value, NoData) else khmer_digits(value)

    def cell(value: CellValue) -> CellValue:
        if isinstance(value, str):
            return text(value)
        if figures and value is not None:
            return Figure(khmer_digits(cell_text(value)))
        return value

    def block(b: Block) -> Block:
        if isinstance(b, (Heading, Paragraph)):
            return b._replace(text=text(b.text))
        if isinstance(b, KeyValues):
            return KeyValues(tuple((text(label), cell(value)) for label, value in b.pairs))
        return replace(b, header=tuple(text(h) for h in b.header), caption=text(b.caption),
                       rows=tuple(row._replace(cells=tuple(cell(c) for c in row.cells),
                                               group=None if row.group is None else text(row.group))
                                  for row in b.rows))

    return replace(doc, title=text(doc.title), subtitles=tuple(text(t) for t in doc.subtitles),
                   blocks=[block(b) for b in doc.blocks], khmer_digits=True)
