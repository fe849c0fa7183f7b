"""Writing a document model as an Excel workbook (openpyxl).

Any document becomes one sheet: headings, paragraphs in merged wrapped cells,
label/value blocks and tables with a styled header row, numbers stored as numbers.
The SRAAP tracker has the Committee's own layout (`_write_tracker`).

Every text is stored as text, never as a formula, and safe (`cmdesk.text`): a
narrative beginning with "=", "+", "-" or "@" is written as a string cell with
Excel's quote prefix, so that Excel neither runs it nor turns it into a formula when
the cell is edited; a control character that XML cannot hold is replaced.

Print set-up: A4, fit to the page width, the title and year in the page header,
"Page x of y" in the footer, the table header repeated (tracker); DRAFT in the page
header and in the sheet's first row when the document is a draft.
"""

from __future__ import annotations

import math
import re
from pathlib import Path
from typing import BinaryIO, Callable

from cmdesk.i18n import translate
from cmdesk.reports.fonts import KHMER_FAMILY
from cmdesk.reports.model import (
    CellValue,
    Document,
    Heading,
    KeyValues,
    Money,
    NoData,
    Paragraph,
    Stated,
    Table,
    cell_text,
)
from cmdesk.text import for_file, needs_quote_prefix

Progress = Callable[[int, int, str], None]

_KHMER = re.compile("[\u1780-\u17ff\u19e0-\u19ff]")
LINE_HEIGHT = 15.0  # points, for the default 11-point font
KHMER_LINE_HEIGHT = 24.0  # Khmer stacks above and below the Latin line
GENERIC_WIDTHS = (46, 15, 15, 15, 15, 15, 15, 15)  # characters
DRAFT_COLOUR = "C00000"
HEADER_FILL = "D9E1F2"
BAND_FILL = "BFBFBF"


def _styles():
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

    thin = Side(style="thin", color="808080")
    return {
        "wrap": Alignment(wrap_text=True, vertical="top"),
        "number": Alignment(horizontal="right", vertical="top"),
        "centre": Alignment(horizontal="center", vertical="top", wrap_text=True),
        "border": Border(left=thin, right=thin, top=thin, bottom=thin),
        "bold": Font(bold=True),
        "title": Font(bold=True, size=14),
        "h1": Font(bold=True, size=13),
        "h2": Font(bold=True, size=12),
        "h3": Font(bold=True, italic=True),
        "note": Font(italic=True, color="595959", size=10),
        "draft": Font(bold=True, color=DRAFT_COLOUR, size=14),
        "header_fill": PatternFill("solid", fgColor=HEADER_FILL),
        "band_fill": PatternFill("solid", fgColor=BAND_FILL),
    }


def put(ws, row: int, column: int, value: CellValue):
    """Write one cell: counts and amounts as numbers with thousands separators, any
    text as text (never a formula)."""
    cell = ws.cell(row=row, column=column)
    if value is None:
        return cell
    if isinstance(value, Money):
        cell.value = float(value.value)
        cell.number_format = "#,##0" if float(value.value).is_integer() else "#,##0.00"
    elif isinstance(value, int) and not isinstance(value, bool):
        cell.value = value
        cell.number_format = "#,##0"
    else:
        text = for_file(str(value))
        cell.value = text
        cell.data_type = "s"  # openpyxl would store "=..." as a formula
        if needs_quote_prefix(text):
            cell.quotePrefix = True
    return cell


def _lines(text: str, width_chars: float) -> tuple[int, bool]:
    """How many lines `text` takes in a wrapped cell `width_chars` wide, and whether
    it holds Khmer (openpyxl cannot fit row heights: Excel only does so on opening
    for rows it has not been told the height of, and never for merged cells)."""
    per_line = max(width_chars * 1.1, 1)
    count = sum(max(1, math.ceil(len(line) / per_line)) for line in str(text).split("\n"))
    return count, bool(_KHMER.search(str(text)))


def _height(texts_and_widths: list[tuple[str, float]]) -> float:
    best = LINE_HEIGHT
    for text, width in texts_and_widths:
        lines, khmer = _lines(text, width)
        best = max(best, lines * (KHMER_LINE_HEIGHT if khmer else LINE_HEIGHT))
    return min(best, 409)  # Excel's largest row height


def _page_setup(ws, doc: Document, landscape: bool, last_column: str) -> None:
    from openpyxl.worksheet.properties import PageSetupProperties

    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0  # as many pages tall as needed
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.page_margins.top = ws.page_margins.bottom = 0.6
    ws.oddHeader.left.text = for_file(doc.title).replace("&", "&&")
    ws.oddHeader.right.text = doc.shown_number(doc.year)
    if doc.draft:
        ws.oddHeader.center.text = "DRAFT"
        ws.oddHeader.center.color = DRAFT_COLOUR
        ws.oddHeader.center.font = "-,Bold"
        ws.sheet_properties.tabColor = DRAFT_COLOUR
    ws.oddFooter.center.text = translate("Reports", "Page &P of &N")
    if doc.demo:
        ws.oddFooter.left.text = translate("Reports", "DEMO data: not for submission")
    ws.print_area = f"A1:{last_column}{ws.max_row}"


def _marks(ws, doc: Document, row: int, columns: int, styles) -> int:
    """The DRAFT and DEMO lines at the top of a sheet; returns the next free row."""
    from openpyxl.utils import get_column_letter

    for flag, text in ((doc.draft, translate("Reports", "DRAFT: not for submission")),
                       (doc.demo, translate("Reports", "DEMO data: not for submission"))):
        if flag:
            put(ws, row, 1, text).font = styles["draft"]
            ws.merge_cells(f"A{row}:{get_column_letter(columns)}{row}")
            row += 1
    return row


def _write_tracker(ws, doc: Document, progress: Progress | None) -> None:
    from openpyxl.utils import get_column_letter

    styles = _styles()
    table = doc.tables()[0]
    columns = len(table.header)
    last = get_column_letter(columns)
    widths = (9, 62, *[24] * (columns - 3), 52)
    for n, width in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(n)].width = width
    # The Committee's title rows: A1 title, A2 subject, A3 country.
    for row, text in enumerate((doc.title, *doc.subtitles), 1):
        put(ws, row, 1, text).font = styles["title"] if row == 1 else styles["bold"]
    if doc.draft:
        put(ws, 1, 3, "DRAFT").font = styles["draft"]
    if doc.demo:
        put(ws, 2, 3, translate("Reports", "DEMO data: not for submission")).font = styles["draft"]
    header_row = len(doc.subtitles) + 2
    for column, text in enumerate(table.header, 1):
        cell = put(ws, header_row, column, text)
        cell.font, cell.fill = styles["bold"], styles["header_fill"]
        cell.alignment, cell.border = styles["centre"], styles["border"]
    ws.row_dimensions[header_row].height = 45
    row = header_row + 1
    group_start: dict[str, int] = {}
    for n, data in enumerate(table.rows):
        if data.kind == "band":
            cell = put(ws, row, 1, data.cells[0])
            cell.font, cell.fill = styles["bold"], styles["band_fill"]
            ws.merge_cells(f"A{row}:{last}{row}")
        else:
            for column, value in enumerate(data.cells, 1):
                cell = put(ws, row, column, value)
                cell.alignment = styles["centre"] if column == 1 else styles["wrap"]
                cell.border = styles["border"]
            ws.cell(row=row, column=1).font = styles["bold"]
            ws.row_dimensions[row].height = _height(
                [(cell_text(v), widths[c]) for c, v in enumerate(data.cells)])
            if data.group is not None:
                start = group_start.setdefault(data.group, row)
                following = table.rows[n + 1] if n + 1 < len(table.rows) else None
                if (following is None or following.group != data.group) and row > start:
                    ws.merge_cells(f"A{start}:A{row}")
        row += 1
        if progress:
            progress(n + 1, len(table.rows), doc.title)
    ws.freeze_panes = f"C{header_row + 1}"
    ws.print_title_rows = f"{header_row}:{header_row}"
    _page_setup(ws, doc, True, last)


def _write_generic(ws, doc: Document, progress: Progress | None) -> None:
    from openpyxl.utils import get_column_letter

    styles = _styles()
    columns = max([len(t.header) for t in doc.tables()] + [4])
    widths = [GENERIC_WIDTHS[min(n, len(GENERIC_WIDTHS) - 1)] for n in range(columns)]
    for n, width in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(n)].width = width
    last = get_column_letter(columns)
    total_width = sum(widths)
    row = _marks(ws, doc, 1, columns, styles)
    put(ws, row, 1, doc.running_header).font = styles["title"]
    row += 2

    def merged_text(text: str, font=None, indent: int = 0) -> None:
        nonlocal row
        cell = put(ws, row, 1, text)
        cell.alignment = styles["wrap"]
        if font is not None:
            cell.font = font
        ws.merge_cells(f"A{row}:{last}{row}")
        ws.row_dimensions[row].height = _height([(text, total_width)])
        row += 1

    for n, block in enumerate(doc.blocks):
        if isinstance(block, Heading):
            row += 1 if block.level == 1 else 0
            merged_text(block.text, styles[f"h{min(block.level, 3)}"])
        elif isinstance(block, Paragraph):
            merged_text(block.text, styles["note"] if block.style == "note" else
                        styles["h3"] if block.style == "quote" else None)
        elif isinstance(block, KeyValues):
            for label, value in block.pairs:
                put(ws, row, 1, label).font = styles["bold"]
                ws.cell(row=row, column=1).alignment = styles["wrap"]
                cell = put(ws, row, 2, value)
                cell.alignment = styles["wrap"] if not isinstance(value, (int, Money)) else styles["number"]
                if columns > 2:
                    ws.merge_cells(f"B{row}:{last}{row}")
                ws.row_dimensions[row].height = _height([(label, widths[0]),
                                                         (cell_text(value), total_width - widths[0])])
                row += 1
        elif isinstance(block, Table):
            row = _write_table(ws, block, row, widths, styles) 
        row += 1 if isinstance(block, (Table, KeyValues)) else 0
        if progress:
            progress(n + 1, len(doc.blocks), doc.title)
    _page_setup(ws, doc, doc.landscape, last)


def _write_table(ws, table: Table, row: int, widths: list[int], styles) -> int:
    from openpyxl.utils import get_column_letter

    if table.caption:
        put(ws, row, 1, table.caption).font = styles["bold"]
        row += 1
    for column, text in enumerate(table.header, 1):
        cell = put(ws, row, column, text)
        cell.font, cell.fill = styles["bold"], styles["header_fill"]
        cell.alignment, cell.border = styles["centre"], styles["border"]
    ws.row_dimensions[row].height = _height([(t, widths[c]) for c, t in enumerate(table.header)])
    row += 1
    last = get_column_letter(len(table.header))
    for data in table.rows:
        if data.kind == "band":
            cell = put(ws, row, 1, data.cells[0])
            cell.font, cell.fill = styles["bold"], styles["band_fill"]
            ws.merge_cells(f"A{row}:{last}{row}")
            row += 1
            continue
        for column, value in enumerate(data.cells, 1):
            cell = put(ws, row, column, value)
            cell.border = styles["border"]
            cell.alignment = (styles["number"] if isinstance(value, (int, Money, NoData, Stated))
                              else styles["wrap"])
            if data.kind == "total":
                cell.font = styles["bold"]
        ws.row_dimensions[row].height = _height([(cell_text(v), widths[c]) for c, v in enumerate(data.cells)])
        row += 1
    return row


def _khmer_font(ws) -> None:
    """Set the cells holding Khmer in the Khmer font (it has Latin letters too), each
    keeping its size, weight and colour: Excel's default font has no Khmer glyphs, and
    the fallback it picks differs from laptop to laptop."""
    from copy import copy

    for cells in ws.iter_rows():
        for cell in cells:
            if isinstance(cell.value, str) and _KHMER.search(cell.value):
                font = copy(cell.font)
                font.name = KHMER_FAMILY
                cell.font = font


def write_xlsx(doc: Document, path: Path | BinaryIO,
               progress: Progress | None = None) -> Path | BinaryIO:
    """Write `doc` to the workbook `path` (replaced if it exists), or into a binary
    file object (a snapshot keeps the bytes); returns `path`."""
    from openpyxl import Workbook

    workbook = Workbook()
    ws = workbook.worksheets[0]  # the one sheet a new workbook has
    ws.title = (doc.sheet_name or doc.kind)[:31]
    workbook.properties.title = doc.running_header
    workbook.properties.creator = "CMDesk"
    if doc.kind == "sraap":
        _write_tracker(ws, doc, progress)
    else:
        _write_generic(ws, doc, progress)
    _khmer_font(ws)
    if not hasattr(path, "write"):
        path = Path(path)
    workbook.save(path)
    return path
