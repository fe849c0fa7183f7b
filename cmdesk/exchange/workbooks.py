"""Collection workbooks: each reporting source fills its own return in Excel, and CMDesk
reads the filled workbook back as that source's return (docs/workbooks.md).

Writing (`write_workbook`, `write_workbooks`): one `.xlsx` per source and reporting
year, holding exactly the value sections (item groups) the source is expected to
return that year, after the year's changes to the defaults (cmdesk.completeness):
- a cover sheet in English and Khmer: what the workbook is for, the source, the year,
  the due date, whom to send it to and how to fill it;
- one sheet per section: the section's items as rows (label, unit, the source's
  figure of the previous year), the total and the parts the item allows as input
  columns (a part the item does not allow is a grey, locked cell), and a comment;
- input cells unlocked with a whole-number validation that shows its message, every
  other cell locked, each sheet protected without a password and the workbook's
  structure locked (protection deters mistakes; it is no security);
- a hidden sheet, the workbook's identity: database, source, year, each input cell's
  item and part, and a checksum over all of it, so that reading maps every cell
  exactly and an edited identity is noticed.

Reading (`plan_workbook_read`, then `apply_workbook_read`), all or nothing:
- refused with a message saying which and what to do: not an .xlsx (an .xls or .ods
  is asked to be saved as .xlsx), no identity sheet (a workbook made by hand is not
  guessed at), an identity that was edited, a workbook of another CMDesk database,
  a year that is submitted, rows moved so that an item's row no longer holds it;
- every input cell checked as the grids check it (`cmdesk.numbers.parse_count`:
  "26,280", "26 280" and Khmer digits are numbers); text, a negative or a decimal
  count, a formula without a computed value and a part larger than its total are
  problems named by sheet and cell (`Devices!D7: ...`), and then nothing is written;
- an empty cell means "not reported": it changes nothing stored; an empty comment
  keeps the stored comment; a comment on a row with no figure cannot be stored and
  is shown as a note;
- otherwise the values to add and change, against what is stored, are written in one
  transaction with an audit entry naming the workbook, and each section the
  workbook covers is recorded as received that day (unless a date is recorded
  already). Reading a workbook whose figures are all stored already changes nothing.
"""

from __future__ import annotations

import hashlib
import json
import re
import uuid
import zipfile
from collections import Counter
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, NamedTuple, Sequence

from cmdesk.catalog import TOTAL, Catalog, Item, Source
from cmdesk.errors import InputError, Remedy
from cmdesk.i18n import translate
from cmdesk.numbers import MAX_COUNT, parse_count

if TYPE_CHECKING:
    from openpyxl import Workbook

    from cmdesk.completeness import ReturnStatus
    from cmdesk.exchange.reading import SheetCell
    from cmdesk.store import Store

FORMAT_VERSION = 1
IDENTITY_SHEET = "CMDesk"
COVER_SHEET = "Read me"

_FIRST_ROW = 7  # the first item row of a section sheet (rows above: title, notes, header)
_HEADER_ROW = _FIRST_ROW - 1

# The workbook's own bilingual words: what a partner reads on its cover and headers,
# whatever language CMDesk is shown in (partners differ from the office that writes).
# \u200b marks the Khmer word boundaries (ICU's, as in the translation: docs/khmer-glossary.md),
# where Excel may wrap a line; Khmer writes no spaces between words.
_KM: dict[str, str] = {
    "title": "របាយការណ៍\u200bតួលេខ\u200bជូន អាជ្ញាធរ\u200bកម្ពុជា\u200bសកម្មភាព\u200bកំចាត់\u200bមីន និង\u200bជំនួយ\u200bជនរងគ្រោះ (CMAA)",
    "source": "ប្រភព",
    "year": "ឆ្នាំ\u200bរាយការណ៍",
    "due": "ថ្ងៃ\u200bផុតកំណត់",
    "send_to": "ផ្ញើ\u200bត្រឡប់ទៅ",
    "sections": "ផ្នែក\u200bក្នុង\u200bសៀវភៅបញ្ជី\u200bនេះ",
    "other": "ក៏\u200bរំពឹង\u200bផង\u200bដែរ ដោយ\u200bផ្ញើ\u200bដាច់ដោយឡែក",
    "item": "ធាតុ",
    "unit": "ឯកតា",
    "last_year": "ឆ្នាំមុន",
    "total": "សរុប",
    "comment": "មតិយោបល់",
    "sheet_note": "ចំនួនគត់\u200bក្នុង\u200bក្រឡា\u200bពណ៌ស។ ផ្នែក\u200bមួយ\u200bមិន\u200bអាច\u200bធំជាង\u200bចំនួន\u200bសរុប\u200bរបស់\u200bវា\u200bទេ។ ក្រឡា\u200bពណ៌ប្រផេះ៖ មិន\u200bត្រូវ\u200bបំពេញ។ ទទេ៖ មិនដឹង។",
    "invalid": "វាយ\u200bចំនួនគត់ ០ ឬ\u200bច្រើនជាង\u200bនេះ។",
    "part_invalid": "វាយ\u200bចំនួនគត់ ០ ឬ\u200bច្រើនជាង\u200bនេះ ដែល\u200bមិនធំ\u200bជាង\u200bចំនួន\u200bសរុប។",
}
_KM_STEPS = [  # the cover's five steps, in Khmer
        "វាយ\u200bតួលេខ\u200bក្នុង\u200bក្រឡា\u200bពណ៌ស នៃ\u200bសន្លឹក\u200bខាងក្រោម មួយ\u200bសន្លឹក\u200bសម្រាប់\u200bមួយ\u200bផ្នែក។",
        "តែ\u200bចំនួនគត់\u200bប៉ុណ្ណោះ (០ ឬ\u200bច្រើនជាង\u200bនេះ)។ ផ្នែក\u200bមួយ (ស្ត្រី កុមារ អ្នក\u200bរស់រាន\u200bមានជីវិត) មិន\u200bអាច\u200bធំជាង\u200bចំនួន\u200bសរុប\u200bរបស់\u200bវា\u200bទេ។",
        "ទុក\u200bក្រឡា\u200bឲ្យទទេ នៅពេល\u200bមិនដឹង\u200bតួលេខ ហើយ\u200bពន្យល់\u200bមូលហេតុ\u200bក្នុង\u200bជួរឈរ\u200bមតិយោបល់ នៃ\u200bជួរដេក\u200bដដែល។",
        "កុំ\u200bបន្ថែម ផ្លាស់ទី ឬ\u200bលុប\u200bជួរដេក ឬ\u200bសន្លឹក៖ CMDesk អាន\u200bក្រឡា\u200bនី\u200bមួយ\u200bៗ\u200bតាម\u200bទីតាំង\u200bរបស់\u200bវា។",
        "រក្សាទុក\u200bជា Excel Workbook (.xlsx) ហើយ\u200bផ្ញើ\u200bត្រឡប់មកវិញ មុន\u200bថ្ងៃ\u200bផុតកំណត់។",
]


class WorkbookSection(NamedTuple):
    """A section of a workbook: an item group's items, on one sheet."""

    code: str
    label: str
    sheet: str
    items: tuple[Item, ...]


class WorkbookPlan(NamedTuple):
    """What a source's workbook for a year holds, before it is written."""

    year: int
    source: Source
    sections: tuple[WorkbookSection, ...]
    other_sections: tuple[str, ...]  # expected sections a workbook does not carry
    due: date | None
    send_to: str
    contact: str  # the source's e-mail, whom the file goes to


class InputCell(NamedTuple):
    """One cell a source fills: where it is and what it stands for."""

    sheet: str
    cell: str
    item: str
    part: str  # TOTAL, a part, or COMMENT
    label: str  # the item's label, which column A of its row must still hold


COMMENT = "comment"


class WrittenWorkbook(NamedTuple):
    path: Path
    plan: WorkbookPlan
    cells: int


class WorkbookProblem(NamedTuple):
    """One thing wrong in a filled workbook: its place (`Devices!D7`), the text as the
    source typed it, and the reason, which says what to do."""

    place: str
    text: str
    reason: str
    item: str = ""  # the item and part the cell stands for, where it stands for one
    part: str = ""

    def __str__(self) -> str:
        return f"{self.place}: {self.reason}"


class PlannedCell(NamedTuple):
    """A filled value and what the database holds for it (None: nothing)."""

    place: str
    item: str
    part: str
    value: int
    comment: str | None  # None: the workbook gives no comment (the stored one stays)
    old_value: int | None
    old_comment: str | None

    @property
    def kind(self) -> str:
        """"added", "changed" (value or comment) or "unchanged"."""
        if self.old_value is None:
            return "added"
        if self.old_value == self.value and self.comment in (None, self.old_comment):
            return "unchanged"
        return "changed"


class WorkbookCounts(NamedTuple):
    added: int = 0
    changed: int = 0
    unchanged: int = 0

    @classmethod
    def of(cls, planned: Iterable[PlannedCell]) -> "WorkbookCounts":
        counts = Counter(p.kind for p in planned)
        return cls(counts["added"], counts["changed"], counts["unchanged"])


class WorkbookRead(NamedTuple):
    """What reading a filled workbook would do. It can be applied only when
    `problems` is empty; `notes` are what cannot be stored but the user should read."""

    path: Path
    workbook_id: str
    year: int
    source: str
    source_name: str
    sections: tuple[str, ...]
    planned: tuple[PlannedCell, ...]
    problems: tuple[WorkbookProblem, ...]
    notes: tuple[WorkbookProblem, ...]

    @property
    def counts(self) -> WorkbookCounts:
        return WorkbookCounts.of(self.planned)

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def changes(self) -> tuple[PlannedCell, ...]:
        return tuple(p for p in self.planned if p.kind != "unchanged")


class WorkbookApplied(NamedTuple):
    counts: WorkbookCounts
    received: tuple[str, ...]  # the sections recorded as received by this reading


# --- what a workbook holds ----------------------------------------------------------------


def sheet_name(group_code: str) -> str:
    """The sheet of a section: its group code in words ("data_collection" ->
    "Data collection"), short, stable and valid as an Excel sheet name."""
    name = re.sub(r"[\[\]:*?/\\]", " ", group_code.replace("_", " ")).strip()[:31]
    return name[:1].upper() + name[1:]


def send_to(store: "Store", year: int) -> str:
    """Whom a source sends its return to: the year's point of contact as entered for
    the submission (or the previous year's), else the VA department."""
    for details in (store.submissions.get(year), store.submissions.get(year - 1)):
        name, email = details.get("contact_name", ""), details.get("contact_email", "")
        if name or email:
            return f"{name} <{email}>" if name and email else name or email
    return translate("Workbooks", "CMAA, victim assistance department")


def plan_workbook(store: "Store", catalog: Catalog, year: int, source_code: str,
                  statuses: Sequence["ReturnStatus"] | None = None) -> WorkbookPlan:
    """The workbook `source_code` is to fill for `year`. Raises InputError for an
    unknown source, a submitted year, or a source expected to send no value section
    that year."""
    from cmdesk.catalog.returns import VALUES, load_returns
    from cmdesk.completeness import completeness

    sources = {source.code: source for source in catalog.sources}
    if source_code not in sources:
        raise InputError(translate("Workbooks", "Unknown reporting source '{source}'. Known: {known}.")
                         .format(source=source_code, known=", ".join(sources)))
    frozen = store.years.frozen_message(year)
    if frozen:
        raise InputError(frozen)
    source = sources[source_code]
    defaults = load_returns(catalog)
    if statuses is None:
        statuses = completeness(store, catalog, year, defaults=defaults)
    expected = [s for s in statuses if s.source == source_code and s.expected]
    kinds = {section.code: section.data for section in defaults.sections}
    sections = []
    for status in expected:
        if kinds.get(status.section) != VALUES:
            continue
        items = tuple(item for item in catalog.items_in_group(status.section) if not item.retired)
        if items:
            sections.append(WorkbookSection(status.section, status.section_label,
                                            sheet_name(status.section), items))
    if not sections:
        raise InputError(translate(
            "Workbooks", "{source} is expected to send no figures for {year}, so there is no "
            "workbook to fill. Change what is expected of it on Overview (Returns from the "
            "reporting sources) first.").format(source=source.name, year=year))
    others = tuple(s.section_label for s in expected if kinds.get(s.section) != VALUES)
    dues = [s.due for s in expected if kinds.get(s.section) == VALUES]
    return WorkbookPlan(year, source, tuple(sections), others, min(dues) if dues else None,
                        send_to(store, year), store.reference.source_contacts().get(source_code, ""))


def workbook_sources(store: "Store", catalog: Catalog, year: int) -> list[WorkbookPlan]:
    """Every source's workbook for `year`: the sources expected to send figures."""
    from cmdesk.completeness import completeness

    statuses = completeness(store, catalog, year)
    plans = []
    for source in catalog.sources:
        try:
            plans.append(plan_workbook(store, catalog, year, source.code, statuses))
        except InputError:
            continue  # expected to send no figures
    return plans


def workbook_file_name(plan: WorkbookPlan) -> str:
    """"CMDesk return 2025 - MoSVY.xlsx": the year and the source's short name, with no
    character Windows refuses in a file name."""
    from cmdesk.completeness import short_source_name

    name = re.sub(r'[<>:"/\\|?*\x00-\x1f]', " ", short_source_name(plan.source.name))
    name = re.sub(r"\s+", " ", name).strip().rstrip(".")[:80] or plan.source.code
    return f"CMDesk return {plan.year} - {name}.xlsx"


def _parts_of(section: WorkbookSection, catalog: Catalog) -> list[str]:
    used = {part for item in section.items for part in item.parts}
    return [part for part in catalog.parts if part in used]


def _previous(store: "Store", year: int, source: str) -> dict[str, int]:
    return {row["item"]: row["value"] for row in store.values.for_year(year - 1)
            if row["source"] == source and row["part"] == TOTAL}


def _checksum(rows: Sequence[Sequence[object]]) -> str:
    text = json.dumps([[("" if v is None else str(v)) for v in row] for row in rows],
                      ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _catalog_version(sections: Iterable[WorkbookSection]) -> str:
    text = json.dumps([[item.code, *item.parts] for s in sections for item in s.items])
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]


# --- writing ------------------------------------------------------------------------------

_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def safe_cell_text(value: object) -> object:
    """Text as a worksheet cell can hold it: without the control characters the xlsx
    format forbids. (A cell starting with "=" is kept as text by `_text_cell`.)"""
    return _ILLEGAL.sub("", value) if isinstance(value, str) else value


def _text_cell(ws, row: int, column: int, value: object):
    """Put `value` in a cell as a value, never as a formula."""
    cell = ws.cell(row, column, safe_cell_text(value))
    if isinstance(value, str) and value.startswith("="):
        cell.data_type = "s"
    return cell


def _row_height(text: str, width: int) -> float:
    """Points a wrapped cell of `width` characters needs for `text` (openpyxl cannot
    auto-fit): a Latin line is ~15 pt; a Khmer one needs ~18 pt for its stacked
    consonants and vowels."""
    import unicodedata

    height = 0.0
    for line in text.split("\n"):
        khmer = any("\u1780" <= char <= "\u17ff" for char in line)
        # Vowel signs, subscripts and zero-width spaces take no width of their own.
        letters = sum(unicodedata.category(char) not in ("Mn", "Mc", "Cf") for char in line)
        wraps = max(1, -(-letters // width))
        height += wraps * (18 if khmer else 15)
    return height + 4


def _both(english: str, khmer: str) -> str:
    """A label in English with its Khmer on a second line (once, where they differ)."""
    return english if not khmer or khmer == english else f"{english}\n{khmer}"


def _runs(rows: Sequence[int]) -> list[tuple[int, int]]:
    """Consecutive row numbers as (first, last) runs: [7, 8, 9, 12] -> [(7, 9), (12, 12)]."""
    runs: list[tuple[int, int]] = []
    for row in rows:
        if runs and runs[-1][1] == row - 1:
            runs[-1] = (runs[-1][0], row)
        else:
            runs.append((row, row))
    return runs


def write_workbook(store: "Store", catalog: Catalog, plan: WorkbookPlan, out_path: Path, *,
                   written_by: str = "", today: date | None = None) -> WrittenWorkbook:
    """Write `plan` as an .xlsx at `out_path` (see the module's docstring). The file
    is written to a temporary name beside it and renamed when complete, so a failure
    leaves no half-written workbook. Raises InputError when it cannot be written."""
    from cmdesk.i18n import english

    # The workbook's texts are its English lines, each with its Khmer beside it
    # (_KM and the catalog's Khmer labels), whatever language the window is in.
    with english():
        book = _build_workbook(store, catalog, plan, written_by, today)
    out_path = Path(out_path)
    partial = out_path.with_name(out_path.name + ".partial")
    try:
        book.workbook.save(partial)
        partial.replace(out_path)
    except OSError as error:
        partial.unlink(missing_ok=True)
        raise InputError(translate(
            "Workbooks", "Cannot write {path}: {reason}. If the file is open in Excel, close it; "
            "otherwise choose another folder.").format(path=out_path, reason=error.strerror or error)
        ) from None
    return WrittenWorkbook(out_path, plan, book.cells)


class _Built(NamedTuple):
    workbook: "Workbook"
    cells: int


def _build_workbook(store: "Store", catalog: Catalog, plan: WorkbookPlan, written_by: str,
                    today: date | None) -> _Built:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, NamedStyle, PatternFill, Protection, Side
    from openpyxl.utils import get_column_letter
    from openpyxl.workbook.protection import WorkbookProtection
    from openpyxl.worksheet.datavalidation import DataValidation
    from openpyxl.worksheet.properties import PageSetupProperties

    from cmdesk.catalog import khmer

    today = today or date.today()
    # Partners read the workbook in English and Khmer, whatever CMDesk is shown in.
    english = catalog.english
    km = khmer.in_khmer(english)
    km_items = {item.code: item.label for item in km.items}
    km_groups = {group.code: group.label for group in km.groups}
    latin, khmer_font = "Calibri", "Khmer UI"  # both on every Windows since 8; Calc substitutes
    title_font = Font(name=latin, size=14, bold=True)
    bold = Font(name=latin, bold=True)
    plain = Font(name=latin)
    km_font = Font(name=khmer_font, size=10)
    km_title_font = Font(name=khmer_font, size=12, bold=True)
    grey_font = Font(name=latin, italic=True, color="595959")
    header_fill = PatternFill("solid", fgColor="D9E2F3")
    input_fill = PatternFill("solid", fgColor="FFFFFF")
    na_fill = PatternFill("solid", fgColor="BFBFBF")
    ref_fill = PatternFill("solid", fgColor="F2F2F2")
    thin = Side(style="thin", color="808080")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")
    middle = Alignment(wrap_text=True, vertical="center")
    centre = Alignment(horizontal="center", vertical="center", wrap_text=True)
    unlocked = Protection(locked=False)

    wb = Workbook()
    # Named styles: a cell then takes its whole style in one assignment, which costs a
    # third of setting font, fill, border and protection one by one (benchmarks/workbooks.py).
    styles = {
        "header": NamedStyle("CMDesk header", font=bold, fill=header_fill, border=box, alignment=centre),
        "label": NamedStyle("CMDesk item", font=plain, border=box, alignment=middle),
        "last_year": NamedStyle("CMDesk last year", font=grey_font, fill=ref_fill, border=box,
                                number_format="#,##0"),
        "input": NamedStyle("CMDesk figure", font=plain, fill=input_fill, border=box,
                            protection=unlocked, number_format="#,##0"),
        "na": NamedStyle("CMDesk not applicable", font=plain, fill=na_fill, border=box),
        "comment": NamedStyle("CMDesk comment", font=plain, border=box, alignment=middle,
                              protection=unlocked),
    }
    for style in styles.values():
        wb.add_named_style(style)
    named = {key: style.name for key, style in styles.items()}
    cover = wb.worksheets[0]
    cover.title = COVER_SHEET
    year, source = plan.year, plan.source
    due = plan.due.isoformat() if plan.due else ""
    cover.column_dimensions["A"].width = 26
    cover.column_dimensions["B"].width = 90
    cover["A1"] = translate("Workbooks", "Return of figures to the CMAA victim assistance department")
    cover["A1"].font = title_font
    cover["A2"] = _KM["title"]
    cover["A2"].font = km_title_font
    cover.row_dimensions[2].height = 30
    facts = [
        (translate("Workbooks", "Source"), _KM["source"],
         _both(english.source(source.code).name, km.source(source.code).name).replace("\n", " / ")),
        (translate("Workbooks", "Reporting year"), _KM["year"], str(year)),
        (translate("Workbooks", "Due date"), _KM["due"], due),
        (translate("Workbooks", "Send it back to"), _KM["send_to"], plan.send_to),
        (translate("Workbooks", "Sections in this workbook"), _KM["sections"],
         "\n".join(_both(s.label, km_groups.get(s.code, s.label)).replace("\n", " / ")
                   for s in plan.sections)),
    ]
    if plan.other_sections:
        facts.append((translate("Workbooks", "Also expected, sent separately"), _KM["other"],
                      "; ".join(plan.other_sections)))
    row = 4
    for en_text, km_text, value in facts:
        cover.cell(row, 1, f"{en_text}\n{km_text}").font = bold
        cover.cell(row, 1).alignment = wrap
        _text_cell(cover, row, 2, value).alignment = wrap
        cover.row_dimensions[row].height = max(36, _row_height(str(value), 88))
        row += 1
    row += 1
    cover.cell(row, 1, translate("Workbooks", "How to fill it")).font = bold
    row += 1
    steps = [
        translate("Workbooks", "Type the figures in the white cells of the sheets that follow, one "
                  "sheet per section."),
        translate("Workbooks", "Whole numbers only (0 or more). A part (female, child, survivor) "
                  "cannot be larger than its total."),
        translate("Workbooks", "Leave a cell empty when the figure is not known; say why in the "
                  "comment column of the same row."),
        translate("Workbooks", "Do not add, move or delete rows or sheets: CMDesk reads each cell "
                  "by its place."),
        translate("Workbooks", "Save it as an Excel Workbook (.xlsx) and send it back before the "
                  "due date."),
    ]
    for n, (en_text, km_text) in enumerate(zip(steps, _KM_STEPS), 1):
        cover.cell(row, 1, f"{n}.").alignment = Alignment(horizontal="right", vertical="top")
        cover.cell(row, 2, en_text).alignment = wrap
        cover.row_dimensions[row].height = 30
        cover.cell(row + 1, 2, km_text).font = km_font
        cover.cell(row + 1, 2).alignment = wrap
        cover.row_dimensions[row + 1].height = 34
        row += 2
    cover.page_setup.paperSize = cover.PAPERSIZE_A4
    cover.page_setup.orientation = "portrait"
    cover.page_setup.fitToWidth = 1
    cover.page_setup.fitToHeight = 0
    cover.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    cover.protection.sheet = True

    previous = _previous(store, year, source.code)
    cells: list[InputCell] = []
    for section in plan.sections:
        ws = wb.create_sheet(section.sheet)
        parts = _parts_of(section, catalog)
        columns = ["item", "unit", "last_year", TOTAL, *parts, COMMENT]
        col = {name: n for n, name in enumerate(columns, 1)}
        last = len(columns)
        for r in range(1, 6):
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=last)
        ws.cell(1, 1, f"{section.label} - {year}").font = title_font
        ws.cell(2, 1, km_groups.get(section.code, "")).font = km_title_font
        ws.row_dimensions[2].height = 24
        _text_cell(ws, 3, 1, _both(english.source(source.code).name, km.source(source.code).name)
                   .replace("\n", " / ")).font = bold
        ws.cell(4, 1, translate(
            "Workbooks", "Whole numbers in the white cells. A part cannot be larger than its "
            "total. Grey cells: nothing to fill. Empty: not known.")).alignment = wrap
        ws.cell(5, 1, _KM["sheet_note"]).font = km_font
        ws.cell(5, 1).alignment = wrap
        ws.row_dimensions[5].height = 24
        headers = {
            "item": (translate("Workbooks", "Item"), _KM["item"]),
            "unit": (translate("Workbooks", "Unit"), _KM["unit"]),
            "last_year": (translate("Workbooks", "{year} (last year)").format(year=year - 1),
                          _KM["last_year"]),
            TOTAL: (translate("Workbooks", "Total {year}").format(year=year), _KM["total"]),
            COMMENT: (translate("Workbooks", "Comment"), _KM["comment"]),
        }
        for part in parts:
            headers[part] = (english.parts[part], km.parts[part] if km.parts[part] != english.parts[part] else "")
        for name, n in col.items():
            en_text, km_text = headers[name]
            cell = ws.cell(_HEADER_ROW, n, f"{en_text}\n{km_text}" if km_text else en_text)
            cell.style = named["header"]
        ws.row_dimensions[_HEADER_ROW].height = 48
        for width_col, width in (("item", 46), ("unit", 12), ("last_year", 13), (TOTAL, 13),
                                 (COMMENT, 40)):
            ws.column_dimensions[get_column_letter(col[width_col])].width = width
        for part in parts:
            ws.column_dimensions[get_column_letter(col[part])].width = 13

        whole = DataValidation(
            type="whole", operator="between", formula1="0", formula2=str(MAX_COUNT),
            allow_blank=True, showErrorMessage=True, showInputMessage=True,
            errorTitle=translate("Workbooks", "Not a count"),
            error=translate("Workbooks", "Type a whole number, 0 or more.") + "\n" + _KM["invalid"],
            promptTitle=translate("Workbooks", "Total"),
            prompt=translate("Workbooks", "A whole number, 0 or more. Empty: not known."))
        ws.add_data_validation(whole)
        part_rows: dict[str, list[int]] = {}
        for r, item in enumerate(section.items, _FIRST_ROW):
            label_text = _both(item.label, km_items.get(item.code, item.label))
            _text_cell(ws, r, col["item"], label_text).style = named["label"]
            ws.cell(r, col["unit"], _both(english.units.get(item.unit, item.unit),
                                          km.units.get(item.unit, item.unit))).style = named["label"]
            ws.cell(r, col["last_year"], previous.get(item.code)).style = named["last_year"]
            total = ws.cell(r, col[TOTAL])
            total.style = named["input"]
            whole.add(total.coordinate)
            cells.append(InputCell(section.sheet, total.coordinate, item.code, TOTAL, label_text))
            for part in parts:
                cell = ws.cell(r, col[part])
                if part not in item.parts:
                    cell.style = named["na"]
                    continue
                cell.style = named["input"]
                ref = cell.coordinate
                part_rows.setdefault(part, []).append(r)
                cells.append(InputCell(section.sheet, ref, item.code, part, label_text))
            comment = ws.cell(r, col[COMMENT])
            comment.style = named["comment"]
            cells.append(InputCell(section.sheet, comment.coordinate, item.code, COMMENT, label_text))
            # Two lines of Khmer or a wrapped label fit; openpyxl cannot auto-fit.
            ws.row_dimensions[r].height = _row_height(label_text, 44)
        total_column = get_column_letter(col[TOTAL])
        for part, rows_of_part in part_rows.items():
            column = get_column_letter(col[part])
            for first, last in _runs(rows_of_part):
                # A custom formula's references are relative to its range's first cell:
                # one rule per run of consecutive rows keeps that exact.
                ref, total_ref = f"{column}{first}", f"${total_column}{first}"
                rule = DataValidation(
                    type="custom",
                    formula1=f"AND(ISNUMBER({ref}),{ref}=INT({ref}),{ref}>=0,"
                             f"OR(ISBLANK({total_ref}),{ref}<={total_ref}))",
                    allow_blank=True, showErrorMessage=True,
                    errorTitle=translate("Workbooks", "Not a part of the total"),
                    error=translate("Workbooks", "Type a whole number, 0 or more, not larger than "
                                    "the total.") + "\n" + _KM["part_invalid"])
                rule.add(f"{ref}:{column}{last}" if last > first else ref)
                ws.add_data_validation(rule)
        ws.freeze_panes = ws.cell(_FIRST_ROW, col[TOTAL])
        ws.print_title_rows = f"{_HEADER_ROW}:{_HEADER_ROW}"
        ws.page_setup.paperSize = ws.PAPERSIZE_A4
        ws.page_setup.orientation = "landscape"
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
        ws.oddFooter.center.text = f"{source.code} {year} - &P / &N"
        ws.protection.sheet = True
        ws.protection.formatColumns = False  # False allows it: widening a column is harmless
        ws.protection.formatRows = False

    identity = wb.create_sheet(IDENTITY_SHEET)
    rows: list[list[object]] = [
        ["format", FORMAT_VERSION],
        ["workbook_id", str(uuid.uuid4())],
        ["database_id", store.database_id],
        ["office", store.office.code],
        ["source", source.code],
        ["year", year],
        ["catalog", _catalog_version(plan.sections)],
        ["written_on", today.isoformat()],
        ["written_by", written_by or store.user],
        ["sections", ",".join(s.code for s in plan.sections)],
        ["cells", len(cells)],
    ]
    rows += [[c.sheet, c.cell, c.item, c.part, c.label] for c in cells]
    rows = [[safe_cell_text(v) for v in values] for values in rows]
    for r, values in enumerate(rows, 1):
        for place, cell_value in enumerate(values, 1):
            _text_cell(identity, r, place, cell_value)
    identity.append(["checksum", _checksum(rows)])
    identity.sheet_state = "hidden"
    identity.protection.sheet = True
    wb.security = WorkbookProtection(lockStructure=True)
    wb.active = 0
    return _Built(wb, len(cells))


def write_workbooks(store: "Store", catalog: Catalog, year: int, folder: Path,
                    sources: Sequence[str] | None = None, *, replace: bool = False,
                    today: date | None = None) -> list[WrittenWorkbook]:
    """Write the workbooks of `sources` (default: every source expected to send
    figures for `year`) into `folder`, one file each (`workbook_file_name`). Refuses,
    writing nothing, a folder that is missing or a file already there (unless
    `replace`)."""
    folder = Path(folder)
    if not folder.is_dir():
        raise InputError(translate("Workbooks", "{folder} is not a folder. Create it first, or "
                                   "choose another.").format(folder=folder))
    if sources is None:
        plans = workbook_sources(store, catalog, year)
        if not plans:
            raise InputError(translate("Workbooks", "No reporting source is expected to send "
                                       "figures for {year}.").format(year=year))
    else:
        plans = [plan_workbook(store, catalog, year, code) for code in sources]
    existing = [folder / workbook_file_name(p) for p in plans if (folder / workbook_file_name(p)).exists()]
    if existing and not replace:
        raise InputError(translate(
            "Workbooks", "{folder} already holds {n} of these workbooks ({first}). Choose an "
            "empty folder, or replace them.").format(folder=folder, n=len(existing), first=existing[0].name))
    return [write_workbook(store, catalog, plan, folder / workbook_file_name(plan), today=today)
            for plan in plans]


# --- reading ------------------------------------------------------------------------------


def _refuse(path: Path, reason: str, remedy: Remedy | None = None) -> InputError:
    return InputError(f"{path.name}: {reason}", remedy=remedy)


def _open_workbook(path: Path) -> dict[str, dict[str, "SheetCell"]]:
    """Every sheet but the cover, as {sheet: {address: cell}}, read through the reading
    layer (cmdesk.exchange.reading: sheets read to their real last row, formulas
    without a saved value and error values told apart, size limits). Refuses what is
    not an .xlsx with a message saying to save it as one."""
    from cmdesk.exchange.reading import open_sheet

    save_as = translate("Workbooks", "In Excel or LibreOffice choose File > Save As, type \"Excel "
                        "Workbook (.xlsx)\", and read that file.")
    if path.suffix.lower() == ".ods" or _is_opendocument(path):
        raise _refuse(path, translate("Workbooks", "an OpenDocument (.ods) spreadsheet.") + " " + save_as)
    with open_sheet(path) as first:
        names = first.sheet_names
    sheets: dict[str, dict[str, "SheetCell"]] = {}
    for index, name in enumerate(names):
        if name == COVER_SHEET:
            continue
        with open_sheet(path, index=index) as sheet:
            sheets[name] = {cell.address: cell for row in sheet.rows() for cell in row.cells}
    return sheets


def _is_opendocument(path: Path) -> bool:
    try:
        with zipfile.ZipFile(path) as archive:
            return b"opendocument" in archive.read("mimetype")
    except (OSError, KeyError, zipfile.BadZipFile):
        return False


def _value(sheet: dict[str, "SheetCell"], address: str) -> object:
    cell = sheet.get(address)
    return None if cell is None else cell.value


def _read_identity(path: Path, sheets: dict[str, dict[str, "SheetCell"]]
                   ) -> tuple[dict[str, str], list[InputCell]]:
    write_new = translate("Workbooks", "Write a new workbook for this source and ask the source "
                          "to copy its figures into it.")
    if IDENTITY_SHEET not in sheets:
        raise _refuse(path, translate(
            "Workbooks", "this is not a CMDesk collection workbook, or its hidden '{sheet}' sheet "
            "was deleted, so its cells cannot be matched to items.").format(sheet=IDENTITY_SHEET)
            + " " + write_new, Remedy.WRITE_WORKBOOK)
    by_row: dict[int, dict[int, object]] = {}
    for cell in sheets[IDENTITY_SHEET].values():
        by_row.setdefault(cell.row, {})[cell.column] = cell.value
    rows = [[("" if cells.get(c) is None else cells[c]) for c in range(1, max(cells) + 1)]
            for _, cells in sorted(by_row.items())]
    rows = [row for row in rows if any(v != "" for v in row)]
    if not rows or rows[-1][0] != "checksum":
        raise _refuse(path, translate("Workbooks", "its '{sheet}' sheet was changed.").format(
            sheet=IDENTITY_SHEET) + " " + write_new, Remedy.WRITE_WORKBOOK)
    body = [[v for v in row] for row in rows[:-1]]
    # A spreadsheet program may save a whole number it read as a float.
    body = [[int(v) if isinstance(v, float) and v.is_integer() else v for v in row] for row in body]
    trimmed = []
    for row in body:
        while row and row[-1] == "":
            row = row[:-1]
        trimmed.append(row)
    if _checksum(trimmed) != str(rows[-1][1]):
        raise _refuse(path, translate("Workbooks", "its '{sheet}' sheet was changed.").format(
            sheet=IDENTITY_SHEET) + " " + write_new, Remedy.WRITE_WORKBOOK)
    facts = {str(row[0]): str(row[1]) for row in trimmed[:11] if len(row) >= 2}
    try:
        count = int(facts.get("cells", ""))
        if int(facts.get("format", "")) > FORMAT_VERSION:
            raise _refuse(path, translate("Workbooks", "written by a newer CMDesk. Update CMDesk "
                                          "to read it."))
        cells = [InputCell(*(str(v) for v in row[:5])) for row in trimmed[11:11 + count]]
    except (ValueError, TypeError):
        raise _refuse(path, translate("Workbooks", "its '{sheet}' sheet was changed.").format(
            sheet=IDENTITY_SHEET) + " " + write_new, Remedy.WRITE_WORKBOOK) from None
    if len(cells) != count:
        raise _refuse(path, translate("Workbooks", "its '{sheet}' sheet was changed.").format(
            sheet=IDENTITY_SHEET) + " " + write_new, Remedy.WRITE_WORKBOOK)
    return facts, cells


def _cell_count(raw: object, unsaved_formula: bool) -> tuple[int | None, str | None]:
    """(the count a cell holds or None when empty, the reason it is not a count)."""
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        if unsaved_formula:
            return None, translate("Workbooks", "a formula whose result was not saved. Type the "
                                   "figure itself.")
        return None, None
    if isinstance(raw, bool):
        return None, translate("Workbooks", "'{text}' is not a number. Type the figure, for "
                               "example 26280.").format(text=raw)
    if isinstance(raw, int):
        value = raw
    elif isinstance(raw, float):
        if not raw.is_integer():
            return None, translate("Workbooks", "{text} is not a whole number: counts of persons, "
                                   "devices and the like have no decimals.").format(text=raw)
        value = int(raw)
    elif isinstance(raw, str):
        try:
            parsed = parse_count(raw)
        except InputError as error:
            return None, str(error)
        except ValueError:
            return None, translate("Workbooks", "'{text}' is not a number. Type the figure, for "
                                   "example 26280.").format(text=raw)
        if parsed is None:
            return None, None
        value = parsed
    else:  # a date or a time
        return None, translate("Workbooks", "'{text}' is a date or a time, not a count.").format(text=raw)
    if value < 0:
        return None, translate("Numbers", "'{text}' is negative: a count cannot be below 0.").format(text=raw)
    if value > MAX_COUNT:
        return None, translate("Workbooks", "{text} is too large to be a count (at most {most:,}). "
                               "Check the figure.").format(text=raw, most=MAX_COUNT)
    return value, None


def _comment_text(raw: object) -> str | None:
    if raw is None:
        return None
    text = str(int(raw)) if isinstance(raw, float) and raw.is_integer() else str(raw)
    text = text.strip()
    # The writers guard text against formulas with one leading apostrophe (reports.xlsx);
    # a partner typing a leading apostrophe in Excel does not store it.
    return text or None


def plan_workbook_read(store: "Store", catalog: Catalog, path: Path) -> WorkbookRead:
    """Read and check the filled workbook at `path` against `store`; write nothing.
    Raises InputError when the workbook is refused as a whole (see the module's
    docstring); every problem of a cell is in the plan."""
    from cmdesk.exchange.reading import ERROR, NO_VALUE
    from cmdesk.validation import errors_caused_by

    path = Path(path)
    sheets = _open_workbook(path)
    facts, cells = _read_identity(path, sheets)
    if facts.get("database_id") != store.database_id:
        raise _refuse(path, translate(
            "Workbooks", "this workbook was written by another CMDesk database ({office}), not "
            "this one. Read it in the database that wrote it, or write a new workbook here.")
            .format(office=facts.get("office", "?")))
    try:
        year = int(facts.get("year", ""))
    except ValueError:
        raise _refuse(path, translate("Workbooks", "its '{sheet}' sheet was changed.").format(
            sheet=IDENTITY_SHEET)) from None
    source_code = facts.get("source", "")
    sources = {s.code: s for s in catalog.sources}
    if source_code not in sources:
        raise _refuse(path, translate("Workbooks", "its source '{source}' is not in this database.")
                      .format(source=source_code))
    frozen = store.years.frozen_message(year)
    if frozen:
        raise _refuse(path, frozen)

    allowed = store.reference.item_parts()
    stored = {(row["item"], row["part"]): (row["value"], row["comment"] or "")
              for row in store.values.for_year(year) if row["source"] == source_code}
    problems: list[WorkbookProblem] = []
    notes: list[WorkbookProblem] = []
    values: dict[tuple[str, str], tuple[str, int]] = {}
    typed: dict[str, str] = {}  # place -> the cell as the source typed it
    comments: dict[str, tuple[str, str]] = {}
    checked_rows: set[tuple[str, int]] = set()
    for cell in cells:
        place = f"{cell.sheet}!{cell.cell}"
        if cell.sheet not in sheets:
            raise _refuse(path, translate("Workbooks", "its sheet '{sheet}' was deleted or renamed. "
                                          "Ask the source for the workbook as it was sent.")
                          .format(sheet=cell.sheet))
        sheet = sheets[cell.sheet]
        row_number = int(re.sub(r"[A-Z]+", "", cell.cell))
        target = sheet.get(cell.cell)
        raw = None if target is None else target.value
        if (cell.sheet, row_number) not in checked_rows:
            checked_rows.add((cell.sheet, row_number))
            found = _value(sheet, f"A{row_number}")
            if str(found or "").strip() != cell.label.strip():
                raise _refuse(path, translate(
                    "Workbooks", "{sheet}!A{row} should hold '{label}', but holds '{found}': rows "
                    "were moved, added or deleted. Ask the source for the workbook as it was sent, "
                    "or copy its figures into a new one.").format(
                    sheet=cell.sheet, row=row_number, label=cell.label.replace("\n", " / "),
                    found=str(found or "").replace("\n", " / ")))
        if target is not None and target.kind == ERROR:
            problems.append(WorkbookProblem(place, str(raw), translate(
                "Workbooks", "the error {error}, not a figure. Type the figure itself.").format(
                error=raw), cell.item, "" if cell.part == COMMENT else cell.part))
            continue
        if cell.part == COMMENT:
            text = _comment_text(raw)
            if text is not None:
                comments[cell.item] = (place, text)
            continue
        if cell.item not in allowed or cell.part not in allowed[cell.item]:
            problems.append(WorkbookProblem(place, str(raw or ""), translate(
                "Workbooks", "item {item}, part {part} is no longer in this database's catalog. "
                "Remove the figure, or read it into the grid by hand.").format(
                item=cell.item, part=cell.part), cell.item, cell.part))
            continue
        unsaved = target is not None and target.kind == NO_VALUE
        value, reason = _cell_count(raw, unsaved)
        if reason:
            typed_text = (target.formula or "") if unsaved and target is not None else (
                "" if raw is None else str(raw))
            problems.append(WorkbookProblem(place, typed_text,
                                            reason, cell.item, cell.part))
        elif value is not None:
            values[(cell.item, cell.part)] = (place, value)
            typed[place] = str(raw)

    notes += _stray_cells(sheets, cells)
    for item, (place, text) in comments.items():
        if (item, TOTAL) not in values and (item, TOTAL) not in stored:
            notes.append(WorkbookProblem(place, text, translate(
                "Workbooks", "a comment on a row with no total: it cannot be stored without a "
                "figure. Read it here, and ask the source if it explains a missing figure."), item))

    before = {cell: value for cell, (value, _) in stored.items()}
    after = {**before, **{cell: value for cell, (_, value) in values.items()}}
    written = {cell: place for cell, (place, _) in values.items()}
    for finding in errors_caused_by(catalog, before, after):
        involved = [(written[c], c) for c in dict.fromkeys(finding.cells) if c in written]
        for place, (item, part) in involved:
            others = [p for p, _ in involved if p != place]
            reason = finding.message
            if others:
                reason += " " + translate("Workbooks", "See also {cells}.").format(cells=", ".join(others))
            problems.append(WorkbookProblem(place, typed[place], reason, item, part))

    planned = []
    for (item, part), (place, value) in values.items():
        comment = comments.get(item, (None, None))[1] if part == TOTAL else None
        old_value, old_comment = stored.get((item, part), (None, None))
        planned.append(PlannedCell(place, item, part, value, comment, old_value, old_comment))
    sections = tuple(s for s in facts.get("sections", "").split(",") if s)
    return WorkbookRead(path, facts.get("workbook_id", ""), year, source_code,
                        sources[source_code].name, sections, tuple(planned),
                        tuple(sorted(problems, key=_place_order)), tuple(notes))


def _stray_cells(sheets: dict[str, dict[str, "SheetCell"]],
                 cells: Sequence[InputCell]) -> list[WorkbookProblem]:
    """What a source typed outside the cells to fill (after removing the sheet's
    protection): not read, but shown, so that nothing it sent is lost without a word."""
    inputs = {(c.sheet, c.cell) for c in cells}
    first_input_column: dict[str, int] = {}
    for c in cells:
        column = _column_number(c.cell)
        first_input_column[c.sheet] = min(first_input_column.get(c.sheet, column), column)
    notes = []
    for sheet, first in first_input_column.items():
        for cell in sorted(sheets[sheet].values(), key=lambda c: (c.row, c.column)):
            if cell.row < _FIRST_ROW or cell.column < first or (sheet, cell.address) in inputs:
                continue
            if cell.value is None or (isinstance(cell.value, str) and not cell.value.strip()):
                continue
            notes.append(WorkbookProblem(f"{sheet}!{cell.address}", str(cell.value), translate(
                "Workbooks", "outside the cells to fill: not read. Ask the source what it is, "
                "and enter it by hand if it belongs to a figure.")))
    return notes


def _column_number(address: str) -> int:
    number = 0
    letters = re.match(r"[A-Z]+", address)
    for letter in letters.group() if letters else "":
        number = number * 26 + ord(letter) - 64
    return number


def _place_order(problem: WorkbookProblem) -> tuple:
    sheet, _, cell = problem.place.partition("!")
    match = re.fullmatch(r"([A-Z]+)([0-9]+)", cell)
    return (sheet, int(match[2]), len(match[1]), match[1]) if match else (sheet, 0, 0, cell)


def apply_workbook_read(store: "Store", catalog: Catalog, plan: WorkbookRead, *,
                        today: date | None = None) -> WorkbookApplied:
    """Write what `plan` adds and changes in one transaction, with an audit entry
    naming the workbook, and record each section it covers as received `today`
    (where no date is recorded yet). Refuses, writing nothing, a plan with problems.
    A plan that changes nothing writes nothing (reading the same file twice)."""
    from cmdesk.completeness import record_received

    if plan.problems:
        raise InputError(translate(
            "Workbooks", "{name} has {n} problem(s); nothing was read into the database. Ask the "
            "source to correct them, or correct the white cells and read it again.").format(
            name=plan.path.name, n=len(plan.problems)))
    today = today or date.today()
    with store.db.atomic():
        stored = {(row["item"], row["part"]): (row["value"], row["comment"] or "")
                  for row in store.values.for_year(plan.year) if row["source"] == plan.source}
        current = [p._replace(old_value=stored.get((p.item, p.part), (None, None))[0],
                              old_comment=stored.get((p.item, p.part), (None, None))[1])
                   for p in plan.planned]
        counts = WorkbookCounts.of(current)
        changes = [p for p in current if p.kind != "unchanged"]
        if not changes:
            return WorkbookApplied(counts, ())
        store.audit.record("workbooks", plan.workbook_id or plan.path.name, "read", None,
                           f"{plan.path.name} ({plan.source}, {plan.year})")
        store.values.set_many((plan.year, plan.source, p.item, p.part, p.value, p.comment)
                              for p in changes)
        recorded = store.returns.for_year(plan.year)
        received = []
        for section in plan.sections:
            if (recorded.get((plan.source, section)) or {}).get("received_on"):
                continue
            record_received(store, catalog, plan.year, plan.source, section, today, today=today)
            received.append(section)
    return WorkbookApplied(counts, tuple(received))
