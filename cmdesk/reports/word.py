"""Writing a document model as a Word document (.docx, python-docx).

Cambodia writes its Article 7 report and its VA update as Word narratives, edited and
approved before they are sent (domain.md 4), so the .docx is made for editing:

- headings are Word's own "Heading 1/2/3" styles (the navigation pane lists the
  actions), paragraphs "Normal", bullets "List Bullet", notes a smaller grey run,
  quotes Word's "Quote" style, captions "Caption";
- tables use "Table Grid", their header row repeats on every page (w:tblHeader) and
  no row breaks across pages (w:cantSplit); numbers are right-aligned and formatted
  the one way CMDesk does (`cell_text`);
- the page header holds the document's title and year (and DRAFT, in red, for a
  draft); the footer "Page x of y" as Word fields (PAGE, NUMPAGES), and the DEMO mark;
- Khmer runs are set in the Khmer font (Khmer OS, as in the PDF) as Word's
  complex-script font, with the Khmer language, so Word shapes and breaks them.

Text is written as plain text through `cmdesk.text.for_file`, the one helper every
writer uses: what XML cannot hold (control characters a paste may bring) is replaced
rather than failing the export.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO, Callable

from cmdesk.i18n import translate
from cmdesk.reports.fonts import KHMER_FAMILY
from cmdesk.reports.layout import column_widths, is_number
from cmdesk.reports.model import (
    CellValue,
    Document,
    Heading,
    KeyValues,
    Paragraph,
    Row,
    Table,
    cell_text,
)
from cmdesk.text import for_file

if TYPE_CHECKING:  # python-docx is imported where used: only writing a .docx needs it
    from docx.document import Document as WordDocument
    from docx.table import Table as WordTable
    from docx.table import _Cell, _Row
    from docx.text.paragraph import Paragraph as WordParagraph
    from docx.text.run import Run

Progress = Callable[[int, int, str], None]

LATIN_FONT = "Calibri"
KHMER_FONT = KHMER_FAMILY
KHMER_LANGUAGE = "km-KH"
DRAFT_COLOUR = "C00000"
NOTE_COLOUR = "595959"
HEADER_FILL = "D9E1F2"
BAND_FILL = "E7E6E6"
_KHMER_RUN = re.compile("([\u1780-\u17ff\u19e0-\u19ff][\u1780-\u17ff\u19e0-\u19ff\u200b-\u200d]*)")


def _clean(text: str) -> str:
    """Text as a .docx can hold it (cmdesk.text, the one helper every writer uses)."""
    return for_file(text)


def _khmer_run_properties(run: Run) -> None:
    """Set `run` in the Khmer font as its complex-script font, in Khmer."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    properties = run._element.get_or_add_rPr()
    fonts = properties.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        properties.insert(0, fonts)
    for attribute in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attribute), KHMER_FONT)
    fonts.set(qn("w:hint"), "cs")
    language = OxmlElement("w:lang")
    language.set(qn("w:bidi"), KHMER_LANGUAGE)
    properties.append(language)
    cs = OxmlElement("w:cs")
    properties.append(cs)


def _add_text(paragraph: WordParagraph, text: str, *, bold: bool = False, size: float | None = None,
              colour: str | None = None) -> None:
    """Add `text` to `paragraph` as runs: Khmer runs in the Khmer font, line breaks kept."""
    from docx.shared import Pt, RGBColor

    for n, line in enumerate(_clean(text).split("\n")):
        if n:
            paragraph.add_run().add_break()
        for piece in _KHMER_RUN.split(line):
            if not piece:
                continue
            run = paragraph.add_run(piece)
            run.bold = bold or None
            if size:
                run.font.size = Pt(size)
            if colour:
                run.font.color.rgb = RGBColor.from_string(colour)
            if _KHMER_RUN.fullmatch(piece):
                _khmer_run_properties(run)


def _field(paragraph: WordParagraph, instruction: str) -> None:
    """A Word field (PAGE, NUMPAGES) in `paragraph`, updated by Word as it lays out."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    def char(kind: str) -> Run:
        run = paragraph.add_run()
        element = OxmlElement("w:fldChar")
        element.set(qn("w:fldCharType"), kind)
        run._element.append(element)
        return run

    char("begin")
    run = paragraph.add_run()
    code = OxmlElement("w:instrText")
    code.set(qn("xml:space"), "preserve")
    code.text = f" {instruction} "
    run._element.append(code)
    char("separate")
    paragraph.add_run("1")  # shown until Word updates the field
    char("end")


def _shade(cell: _Cell, fill: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    cell._element.get_or_add_tcPr().append(shading)


def _row_flag(row: _Row, name: str) -> None:
    """Set a row property such as w:tblHeader (repeat on every page) or w:cantSplit."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    properties = row._tr.get_or_add_trPr()
    flag = OxmlElement(name)
    flag.set(qn("w:val"), "true")
    properties.append(flag)


_is_number = is_number


def _cell(cell: _Cell, value: CellValue, *, bold: bool = False, fill: str | None = None) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    paragraph = cell.paragraphs[0]
    _add_text(paragraph, cell_text(value), bold=bold, size=CELL_SIZE)
    if _is_number(value):
        paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if fill:
        _shade(cell, fill)


CELL_SIZE = 9  # points: the table cells' font size
CELL_PADDING = 12  # points: Word's default cell margins (0.08" each side), and a little


def _widths(table_block: Table, available: int) -> list[int]:
    """`layout.column_widths` in EMU. The widths are measured with the PDF's sans font
    (DejaVu Sans Condensed is a little wider than Word's Calibri, so a column is never
    too narrow for its longest word or number)."""
    from docx.shared import Pt
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from cmdesk.reports.fonts import SANS, SANS_BOLD, register_fonts

    register_fonts()

    def measure(text: str, bold: bool) -> float:
        return stringWidth(text, SANS_BOLD if bold else SANS, CELL_SIZE) * 1.1

    points = column_widths(table_block, available / Pt(1), measure, CELL_PADDING)
    return [int(Pt(w)) for w in points]


def _table(document: WordDocument, block: Table, available: int) -> None:
    from docx.shared import Pt

    if block.caption:
        caption = document.add_paragraph(style="Caption")
        _add_text(caption, block.caption)
        caption.paragraph_format.keep_with_next = True
    table = document.add_table(rows=1, cols=len(block.header))
    table.style = "Table Grid"
    table.autofit = False
    widths = _widths(block, available)
    header = table.rows[0]
    _row_flag(header, "w:tblHeader")
    _row_flag(header, "w:cantSplit")
    for cell, text in zip(header.cells, block.header):
        _cell(cell, text, bold=True, fill=HEADER_FILL)
    for row in block.rows:
        _table_row(table, row, len(block.header))
    # Word reads the cells' widths, LibreOffice the table grid's: set both.
    for column, width in zip(table.columns, widths):
        column.width = width
    for row in table.rows:
        for cell, width in zip(row.cells, widths):
            cell.width = width
    spacer = document.add_paragraph()
    spacer.paragraph_format.space_after = Pt(2)


def _table_row(table: WordTable, row: Row, columns: int) -> None:
    cells = table.add_row()
    _row_flag(cells, "w:cantSplit")
    if row.kind == "band":
        merged = cells.cells[0].merge(cells.cells[columns - 1]) if columns > 1 else cells.cells[0]
        _cell(merged, row.cells[0], bold=True, fill=BAND_FILL)
        return
    for cell, value in zip(cells.cells, row.cells):
        _cell(cell, value, bold=row.kind == "total")


def _key_values(document: WordDocument, block: KeyValues, available: int) -> None:
    table = document.add_table(rows=0, cols=2)
    table.autofit = False
    widths = (int(available * 0.3), int(available * 0.7))
    for column, width in zip(table.columns, widths):
        column.width = width
    for label, value in block.pairs:
        row = table.add_row()
        _cell(row.cells[0], label, bold=True)
        _cell(row.cells[1], value)
        for cell, width in zip(row.cells, widths):
            cell.width = width
    document.add_paragraph()


def _paragraph(document: WordDocument, block: Paragraph) -> None:
    plain: list[str] = []
    note = block.style == "note"

    def flush() -> None:
        if plain:
            style = "Quote" if block.style == "quote" else None
            paragraph = document.add_paragraph(style=style)
            _add_text(paragraph, "\n".join(plain), size=8.5 if note else None,
                      colour=NOTE_COLOUR if note else None)
            plain.clear()

    for line in block.text.split("\n"):
        if line.startswith("- "):
            flush()
            _add_text(document.add_paragraph(style="List Bullet"), line[2:])
        else:
            plain.append(line)
    flush()


def _header_and_footer(document: WordDocument, doc: Document) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    section = document.sections[0]
    header = section.header.paragraphs[0]
    _add_text(header, doc.running_header, size=8.5, colour=NOTE_COLOUR)
    if doc.draft:
        mark = section.header.add_paragraph()
        mark.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        _add_text(mark, "DRAFT", bold=True, size=10, colour=DRAFT_COLOUR)
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if doc.demo:
        _add_text(footer, translate("Reports", "DEMO data: not for submission") + "    ", size=8.5)
    # "Page {page} of {pages}" with Word's fields in the places of the numbers.
    text = translate("Reports", "Page {page} of {pages}")
    for piece in re.split(r"(\{page\}|\{pages\})", text):
        if piece == "{page}":
            _field(footer, "PAGE")
        elif piece == "{pages}":
            _field(footer, "NUMPAGES")
        elif piece:
            _add_text(footer, piece, size=8.5)


def write_docx(doc: Document, path: Path | BinaryIO,
               progress: Progress | None = None) -> Path | BinaryIO:
    """Write `doc` as a Word document at `path` (replaced if it exists), or into a
    binary file object (a snapshot keeps the bytes); returns `path`."""
    import docx
    from docx.enum.section import WD_ORIENT
    from docx.shared import Mm, Pt

    document = docx.Document()
    section = document.sections[0]
    width, height, margin = Mm(210), Mm(297), Mm(20)  # A4
    if doc.landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        width, height = height, width
    section.page_width, section.page_height = width, height
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, margin)
    normal = document.styles["Normal"]
    normal.font.name = LATIN_FONT
    normal.font.size = Pt(10.5)
    properties = document.core_properties
    properties.title = _clean(doc.running_header)
    properties.subject = _clean(doc.title)
    properties.author = "CMDesk"
    properties.comments = ""
    available = width - 2 * margin

    _header_and_footer(document, doc)
    if doc.draft:
        _add_text(document.add_paragraph(), translate("Reports", "DRAFT: not for submission"),
                  bold=True, colour=DRAFT_COLOUR)
    if doc.subtitles:
        document.add_heading(_clean(doc.title), 0)
        for subtitle in doc.subtitles:
            _add_text(document.add_paragraph(), subtitle, bold=True)
    for n, block in enumerate(doc.blocks):
        if isinstance(block, Heading):
            heading = document.add_heading("", min(block.level, 3))
            _add_text(heading, block.text)
        elif isinstance(block, Paragraph):
            _paragraph(document, block)
        elif isinstance(block, KeyValues):
            _key_values(document, block, available)
        elif isinstance(block, Table):
            _table(document, block, available)
        if progress:
            progress(n + 1, len(doc.blocks) + 1, doc.title)
    written: Path | BinaryIO = path if hasattr(path, "write") else Path(path)
    document.save(written if not isinstance(written, Path) else str(written))
    if progress:
        progress(len(doc.blocks) + 1, len(doc.blocks) + 1, doc.title)
    return written
