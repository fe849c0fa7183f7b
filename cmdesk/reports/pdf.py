"""Writing a document model as a PDF (reportlab platypus).

A4 (landscape for the tracker), embedded fonts (`fonts.py`), a running header with the
document's title and year, "page x of y" in the footer, tables whose cells are
wrapped paragraphs (never clipped), split across pages with their header row
repeated (and, for very tall rows, split inside the row). A draft has DRAFT in the
header and across every page.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, BinaryIO, Callable

from cmdesk.i18n import translate
from cmdesk.reports.fonts import (
    CELL_WORD,
    LONG_WORD,
    SANS,
    SANS_BOLD,
    has_khmer,
    markup,
    register_fonts,
)
from cmdesk.reports.layout import column_widths, is_number
from cmdesk.reports.model import (
    Document,
    Heading,
    KeyValues,
    Paragraph,
    Table,
    cell_text,
)
from cmdesk.text import for_file

Progress = Callable[[int, int, str], None]

MARGIN_MM = 16
FRAME_PADDING = 6  # points left and right inside the page frame (reportlab's default, said here)
HEADER_GREY = (0.35, 0.35, 0.35)
HEADER_GREY_HEX = "#595959"
DRAFT_RED = (0.75, 0.0, 0.0)


def _styles():
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle

    # Leading leaves room for Khmer's stacked vowels and subscripts above and below.
    # Shaping is off here and on only for paragraphs holding Khmer (`_para`): harfbuzz,
    # as reportlab calls it, also applies discretionary ligatures, which would print
    # and extract "assistance" with an "st" ligature.
    body = ParagraphStyle("body", fontName=SANS, fontSize=10, leading=14.5, spaceAfter=5,
                          shaping=0, splitLongWords=1)
    # Table cells break lines at spaces only: their columns are made wide enough for
    # their longest word and number (`_column_widths`), so "410,000.00" or "government"
    # is never cut in two.
    cell = ParagraphStyle("cell", parent=body, fontSize=8.5, leading=12, spaceAfter=0,
                          splitLongWords=0)
    return {
        "body": body,
        "note": ParagraphStyle("note", parent=body, fontSize=8.5, leading=12.5,
                               textColor=colors.HexColor("#555555")),
        "quote": ParagraphStyle("quote", parent=body, leftIndent=14, rightIndent=8,
                                textColor=colors.HexColor("#1F3864")),
        "bullet": ParagraphStyle("bullet", parent=body, leftIndent=14, bulletIndent=4, spaceAfter=2),
        "h1": ParagraphStyle("h1", parent=body, fontName=SANS_BOLD, fontSize=14, leading=19,
                             spaceBefore=10, spaceAfter=6, keepWithNext=1),
        "h2": ParagraphStyle("h2", parent=body, fontName=SANS_BOLD, fontSize=12, leading=16,
                             spaceBefore=8, spaceAfter=4, keepWithNext=1),
        "h3": ParagraphStyle("h3", parent=body, fontName=SANS_BOLD, fontSize=10.5, leading=14,
                             spaceBefore=4, keepWithNext=1),
        "caption": ParagraphStyle("caption", parent=body, fontName=SANS_BOLD, fontSize=9.5,
                                  leading=13, spaceBefore=4, spaceAfter=3, keepWithNext=1),
        "cell": cell,
        "cell_bold": ParagraphStyle("cell_bold", parent=cell, fontName=SANS_BOLD),
        "cell_number": ParagraphStyle("cell_number", parent=cell, alignment=TA_RIGHT),
        "cell_number_bold": ParagraphStyle("cell_number_bold", parent=cell, fontName=SANS_BOLD,
                                           alignment=TA_RIGHT),
        "header": ParagraphStyle("header", parent=cell, fontName=SANS_BOLD, leading=11.5),
    }


def _shaped(style):
    """`style` with shaping on (made once per style, kept on it)."""
    from reportlab.lib.styles import ParagraphStyle

    shaped = getattr(style, "cmdesk_shaped", None)
    if shaped is None:
        shaped = ParagraphStyle(style.name + "-shaped", parent=style, shaping=1)
        style.cmdesk_shaped = shaped
    return shaped


def _shape_khmer_words_only() -> None:
    """Make reportlab shape only the words that hold Khmer.

    With `shaping=1` reportlab shapes every word of the paragraph with harfbuzz and
    its default features, discretionary ligatures included: English beside Khmer then
    prints "Assi\ufb06ance" and "e\ufb00orts" (U+FB00-FB06), which copy and search badly.
    Latin needs no shaping at all, so a word without Khmer is left as it is. Done once
    per process; reportlab looks the function up in its paragraph module as it runs."""
    import reportlab.platypus.paragraph as rl_paragraph

    original = rl_paragraph.shapeFragWord  # type: ignore[attr-defined]  # reportlab has it; its stubs do not
    if getattr(original, "cmdesk_khmer_only", False):
        return

    def shape_khmer_words(word, *args, **kwargs):
        text = "".join(piece for frag, piece in word[1:] if not hasattr(frag, "cbDefn")
                       and isinstance(piece, str))
        if not has_khmer(text):
            return word
        return original(word, *args, **kwargs)

    shape_khmer_words.cmdesk_khmer_only = True  # type: ignore[attr-defined]  # a marker on a function
    rl_paragraph.shapeFragWord = shape_khmer_words  # type: ignore[attr-defined]  # likewise


def _para(text: str, style, cell: bool = False, **kwargs):
    """A paragraph of `text`; `cell`: in a table cell, where a Khmer word may also
    break between its syllables (never inside a cluster)."""
    from reportlab.platypus import Paragraph as RLParagraph

    return RLParagraph(markup(text, CELL_WORD if cell else LONG_WORD),
                       _shaped(style) if has_khmer(text) else style, **kwargs)


_PADDING = 3  # points each side of a table cell (see `_table`'s LEFT/RIGHTPADDING)


def _column_widths(block: Table, width: float, styles) -> list[float]:
    """`layout.column_widths` measured in the cells' fonts and size."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    size = styles["cell"].fontSize

    def measure(text: str, bold: bool) -> float:
        return stringWidth(text, SANS_BOLD if bold else SANS, size)

    return column_widths(block, width, measure, 2 * _PADDING + 1)


def _paragraph_flowables(block: Paragraph, styles) -> list:
    """A paragraph; lines starting with "- " become bullets."""
    flowables = []
    plain: list[str] = []
    style = styles.get(block.style, styles["body"])

    def flush() -> None:
        if plain:
            flowables.append(_para("\n".join(plain), style))
            plain.clear()

    for line in block.text.split("\n"):
        if line.startswith("- "):
            flush()
            flowables.append(_para(line[2:], styles["bullet"], bulletText="•"))
        else:
            plain.append(line)
    flush()
    return flowables


_is_number = is_number


def _table(block: Table, width: float, styles, *, tracker: bool = False, split_in_row: bool = False):
    from reportlab.lib import colors
    from reportlab.platypus import TableStyle

    widths = _column_widths(block, width, styles)
    data = [[_para(text, styles["header"], cell=True) for text in block.header]]
    commands: list[Any] = [
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#808080")),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9E1F2")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    group_start: int | None = None
    for n, row in enumerate(block.rows, 1):
        if row.kind == "band":
            data.append([_para(cell_text(row.cells[0]), styles["cell_bold"], cell=True)]
                        + [""] * (len(widths) - 1))
            commands += [("SPAN", (0, n), (-1, n)),
                         ("BACKGROUND", (0, n), (-1, n), colors.HexColor("#E7E6E6"))]
            continue
        bold = row.kind == "total"
        cells = []
        for column, value in enumerate(row.cells):
            if _is_number(value):
                style = styles["cell_number_bold" if bold else "cell_number"]
            else:
                style = styles["cell_bold" if bold or (tracker and column == 0) else "cell"]
            cells.append(_para(cell_text(value), style, cell=True))
        data.append(cells)
        if row.group is not None:
            following = block.rows[n] if n < len(block.rows) else None
            if group_start is None:
                group_start = n
            if following is None or following.group != row.group:
                if n > group_start:
                    # Only the action number's cell is joined, with the rule between its
                    # rows removed (a SPAN across a page break would not split).
                    commands.append(("LINEBELOW", (0, group_start), (0, n - 1), 0.4, colors.white))
                group_start = None
    # splitByRow=0 with splitInRow makes reportlab split inside the row first; with
    # both on it splits between rows, then again inside the next row in the space left,
    # repeating the header in mid-page.
    table = _GroupedTable(data, colWidths=widths, repeatRows=1, splitByRow=int(not split_in_row),
                          splitInRow=24 if split_in_row else 0,
                          style=TableStyle(commands), hAlign="LEFT")
    # Each row's group label (the tracker's action number), to repeat it at the top of
    # a page where a group goes on; the header row has none.
    table.cmdesk_groups = [None] + [row.group for row in block.rows]
    table.cmdesk_group_style = styles["cell_bold"]
    return table


def _grouped_table_class():
    from reportlab.platypus import Table as RLTable

    class GroupedTable(RLTable):
        """A table that, split across pages, repeats the group label (the action's
        number) in the first row of the part on the next page when that row
        continues a group (its own first cell is then empty)."""

        cmdesk_groups: list = []
        cmdesk_group_style = None

        def split(self, availWidth, availHeight):
            parts = super().split(availWidth, availHeight)
            groups = self.cmdesk_groups
            # A split inside a row (the fallback for a row taller than a page) puts
            # that row in both parts: the labels would no longer line up.
            if len(parts) != 2 or not groups or self.splitInRow:
                return parts
            first, rest = parts
            start = first._nrows  # rows of `first`, header included: rest's first data row
            rest.cmdesk_groups = [None] * self.repeatRows + groups[start:]
            rest.cmdesk_group_style = self.cmdesk_group_style
            if start < len(groups) and groups[start] is not None and start > 0 \
                    and groups[start - 1] == groups[start]:
                cell = rest._cellvalues[self.repeatRows][0]
                if not getattr(cell, "text", "").strip():
                    rest._cellvalues[self.repeatRows][0] = _para(groups[start], self.cmdesk_group_style)
            return parts

    return GroupedTable


class _LazyGroupedTable:
    """`GroupedTable`, made on first use (reportlab is imported only when a PDF is written)."""

    cls = None

    def __call__(self, *args, **kwargs):
        if self.cls is None:
            type(self).cls = _grouped_table_class()
        return self.cls(*args, **kwargs)


_GroupedTable = _LazyGroupedTable()


def _key_values(block: KeyValues, width: float, styles):
    from reportlab.platypus import Table as RLTable
    from reportlab.platypus import TableStyle

    data = [[_para(label, styles["cell_bold"], cell=True), _para(cell_text(value), styles["cell"], cell=True)]
            for label, value in block.pairs]
    return RLTable(data, colWidths=[width * 0.3, width * 0.7], hAlign="LEFT", style=TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))


def _flowables(doc: Document, width: float, styles, progress: Progress | None,
               split_in_row: bool = False) -> list:
    from reportlab.platypus import Spacer

    story: list = []
    if doc.kind == "sraap":
        story += [_para(doc.title, styles["h1"])] + [_para(t, styles["h3"]) for t in doc.subtitles]
    for n, block in enumerate(doc.blocks):
        if isinstance(block, Heading):
            story.append(_para(block.text, styles[f"h{min(block.level, 3)}"]))
        elif isinstance(block, Paragraph):
            story += _paragraph_flowables(block, styles)
        elif isinstance(block, KeyValues):
            story += [_key_values(block, width, styles), Spacer(1, 6)]
        elif isinstance(block, Table):
            if block.caption:
                story.append(_para(block.caption, styles["caption"]))
            story += [_table(block, width, styles, tracker=doc.kind == "sraap",
                             split_in_row=split_in_row), Spacer(1, 8)]
        if progress:
            progress(n + 1, len(doc.blocks) + 1, doc.title)
    return story


def _canvas_class(doc: Document, page_size):
    """A canvas that draws the header, the footer ("page x of y": the total is known
    only at the end, so pages are kept until then) and the DRAFT marks."""
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas

    width, height = page_size
    margin = MARGIN_MM * mm
    header = for_file(doc.running_header)
    demo_text = translate("Reports", "DEMO data: not for submission")
    page_text = translate("Reports", "page {page} of {pages}")
    styles = _styles()

    class DocumentCanvas(Canvas):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self):
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._pages)
            for number, state in enumerate(self._pages, 1):
                self.__dict__.update(state)
                self._decorate(number, total)
                super().showPage()
            super().save()

        def _text(self, x: float, y: float, text: str, right: bool = False) -> None:
            """Draw one line of the header or footer with its baseline at y. A line
            holding Khmer is a shaped paragraph (drawString does not shape, and the
            Latin font has no Khmer glyphs)."""
            if not has_khmer(text):
                self.setFont(SANS, 8.5)
                (self.drawRightString if right else self.drawString)(x, y, text)
                return
            from reportlab.lib.enums import TA_RIGHT

            style = _shaped(styles["note"]).clone("page-line", fontSize=8.5, leading=11,
                                                  textColor=HEADER_GREY_HEX,
                                                  alignment=TA_RIGHT if right else 0)
            line = _para(text, style)
            span = width - 2 * margin
            _, tall = line.wrap(span, 20 * mm)
            line.drawOn(self, x - span if right else x, y - tall + style.leading - 2.5)

        def _decorate(self, number: int, total: int) -> None:
            self.saveState()
            self.setFillColorRGB(*HEADER_GREY)
            self.setStrokeColorRGB(*HEADER_GREY)
            self._text(margin, height - margin + 5 * mm, header)
            self.line(margin, height - margin + 3.5 * mm, width - margin, height - margin + 3.5 * mm)
            page_line = page_text.format(page=doc.shown_number(number), pages=doc.shown_number(total))
            self._text(width - margin, margin - 8 * mm, page_line, right=True)
            if doc.demo:
                self._text(margin, margin - 8 * mm, demo_text)
            if doc.draft:
                self.setFillColorRGB(*DRAFT_RED)
                self.setFont(SANS_BOLD, 10)
                self.drawRightString(width - margin, height - margin + 5 * mm, "DRAFT")
                self.setFillColorRGB(0.75, 0.0, 0.0, alpha=0.12)
                self.setFont(SANS_BOLD, 110)
                self.translate(width / 2, height / 2)
                self.rotate(40)
                self.drawCentredString(0, -35, "DRAFT")
            self.restoreState()

    return DocumentCanvas


def write_pdf(doc: Document, path: Path | BinaryIO,
              progress: Progress | None = None) -> Path | BinaryIO:
    """Write `doc` as a PDF at `path` (replaced if it exists), or into a binary file
    object (a snapshot keeps the bytes); returns `path`."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.units import mm
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate
    from reportlab.platypus.doctemplate import LayoutError

    register_fonts()
    _shape_khmer_words_only()
    styles = _styles()
    page_size = landscape(A4) if doc.landscape else A4
    margin = MARGIN_MM * mm
    template = BaseDocTemplate(
        str(path) if isinstance(path, Path) else path, pagesize=page_size, leftMargin=margin, rightMargin=margin,
        topMargin=margin, bottomMargin=margin, title=doc.running_header, author="CMDesk",
        creator="CMDesk", subject=doc.title,
    )
    frame_width = page_size[0] - 2 * margin
    frame = Frame(margin, margin, frame_width, page_size[1] - 2 * margin, id="body",
                  leftPadding=FRAME_PADDING, rightPadding=FRAME_PADDING)
    content_width = frame_width - 2 * FRAME_PADDING
    template.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    try:
        story = _flowables(doc, content_width, styles, progress)
        template.build(story, canvasmaker=_canvas_class(doc, page_size))
    except LayoutError:
        # A table row taller than a page (a very long narrative in the tracker): build
        # again with rows split inside where a page ends. Not the default: a row that
        # fits is better kept whole on one page.
        if not isinstance(path, Path):  # start the file object again, as a file would be replaced
            path.seek(0)
            path.truncate()
        story = _flowables(doc, content_width, styles, None, split_in_row=True)
        template.build(story, canvasmaker=_canvas_class(doc, page_size))
    if progress:
        progress(len(doc.blocks) + 1, len(doc.blocks) + 1, doc.title)
    return path
