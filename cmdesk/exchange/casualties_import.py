"""Importing casualty records from CSV and Excel (xlsx) files (docs/casualties-import.md).

Three steps, so that the GUI can show each and the CLI can run them in one go:

1. `read_table(path)`: the file's header and rows, read through
   `cmdesk.exchange.reading` (CSV: encodings, delimiter, strict quoting; xlsx: the
   first sheet to its last row, the first non-empty row as the header; both within
   `reading.ReadLimits`). Row numbers are the file's: the header is row 1 of a CSV,
   and its sheet row in an xlsx. A cell reading cannot give a value for (a formula
   never calculated, #N/A) is a problem of its row (`SourceTable.problems`).
2. `plan_casualty_import(store, catalog, table, column_map)`: map the headers to
   the canonical `COLUMNS`, check every row with `check_record`, and match each
   good row against the register: on its CMVIS number (`source_id`) when it has
   one (the same record: a duplicate; different in a column of the file: an
   update), else on the duplicate key (date, province, sex, age, device type),
   counting, so that a file with two alike rows adds both the first time and none
   the second. Writes nothing.
3. `apply_casualty_import(store, plan)`: the rows to add and update, in ONE
   transaction; `iter_apply` is the same as a generator yielding progress, and
   closing it early (Cancel) rolls everything back. A file at least as large as the
   register may leave the register's sort indexes to be built after the commit: the
   caller then calls `store.casualties.build_sort_indexes()` (the CLI once it has
   printed its result, the window on a worker; store/casualties.py
   `indexes_built_after`).

Rows with problems are rejected: `write_rejects` writes them, with their row number
and problems, to a CSV file that can be corrected and imported again. A row that
would add or change a record of a submitted year (cmdesk/signoff) is rejected too,
with the reason; the rest of the file is imported.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
from collections import Counter
from functools import lru_cache
from operator import itemgetter
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Callable, Generator, Iterator, Mapping, NamedTuple, Sequence, cast

from cmdesk.casualties.fields import COLUMNS, DUPLICATE_KEY
from cmdesk.casualties.records import ProvinceLookup, RecordChecker
from cmdesk.catalog import Catalog, read_catalog_file
from cmdesk.errors import CatalogError, CMDeskError, InputError
from cmdesk.exchange import reading
from cmdesk.exchange.values_csv import Problem
from cmdesk.i18n import translate
from cmdesk.startup import collector_paused
from cmdesk.store.casualties import CASUALTY_FIELDS
from cmdesk.text import CONTROL, control_character_problem, csv_cell, unguard_formula

if TYPE_CHECKING:
    from cmdesk.store import Store

REJECT_ROW = "cmdesk_row"
REJECT_PROBLEMS = "cmdesk_problems"
"""The two columns a rejects file adds; an import ignores them, so that a corrected
rejects file can be imported as it is."""

HEADERS_FILE = "casualty_headers.toml"
"""Headings that often stand for a canonical column, English and Khmer (a catalog file)."""


@lru_cache(maxsize=4)
def header_guesses(directory: Path | None = None) -> Mapping[str, str]:
    """{heading key: canonical column} from `directory`/casualty_headers.toml (default:
    the shipped catalog). A heading under an unknown column, or under two columns, is
    a CatalogError naming it."""
    data = read_catalog_file(directory, HEADERS_FILE).get("headers", {})
    guesses: dict[str, str] = {}
    for column, headings in data.items():
        if column not in COLUMNS:
            raise CatalogError(f"{HEADERS_FILE}: unknown column '{column}' (columns: "
                               f"{', '.join(COLUMNS)}).")
        for heading in headings:
            key = _header_key(heading)
            if guesses.get(key, column) != column:
                raise CatalogError(f"{HEADERS_FILE}: the heading '{heading}' is under both "
                                   f"'{guesses[key]}' and '{column}'.")
            guesses[key] = column
    return MappingProxyType(guesses)


ProgressCallback = Callable[[int, int], object]
"""Called with (done, total); returning False cancels."""


class ImportCancelled(CMDeskError):
    """The user cancelled an import; nothing was written."""


def _header_key(header: str) -> str:
    # Khmer text may carry zero-width spaces between words: they separate too.
    return re.sub(r"[\s\-./()\[\]:\u200b]+", "_", header.strip().casefold()).strip("_")


def canonical_column(header: str) -> str | None:
    """The canonical column `header` names (any case; spaces, hyphens and
    underscores alike), or None."""
    key = _header_key(header)
    return key if key in COLUMNS else None


# --- reading -----------------------------------------------------------------------------


class SourceTable(NamedTuple):
    """A file's header and its non-blank rows as text, with their row numbers.

    `problems` are what reading found wrong in a cell (a formula whose value was never
    saved, an error value such as #N/A): each names its row, and that row is to be
    rejected with them (the cell's text is empty)."""

    path: Path
    header_row: int
    headers: tuple[str, ...]
    rows: tuple[tuple[int, tuple[str, ...]], ...]
    problems: tuple[Problem, ...] = ()


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _cancelled() -> ImportCancelled:
    return ImportCancelled(translate("CasualtiesImport", "The import was cancelled; nothing was "
                                     "written."))


def cell_problem(cell: reading.SheetCell, column: str) -> Problem | None:
    """The problem of a cell whose value cannot be read (see `reading.SheetCell.kind`),
    reported under `column` (the header's name), or None."""
    if cell.kind == reading.NO_VALUE:
        return Problem(cell.row, column, cell.formula or "", translate(
            "CasualtiesImport", "cell {cell} holds a formula whose value was never saved (the file "
            "was written by a program that does not calculate). Open the file in Excel, save it, "
            "and import it again; or type the value.").format(cell=cell.address))
    if cell.kind == reading.ERROR:
        return Problem(cell.row, column, str(cell.value), translate(
            "CasualtiesImport", "cell {cell} holds the error {error}, not a value. Correct it in "
            "Excel.").format(cell=cell.address, error=cell.value))
    return None


def _control_problems(row: int, cells: Sequence[str], headers: Sequence[str]) -> list[Problem]:
    """A problem for each cell of `row` that holds a control character (`cmdesk.text`)."""
    problems = []
    for n, text in enumerate(cells):
        reason = control_character_problem(text)
        if reason is not None:
            column = headers[n] if n < len(headers) and headers[n].strip() else str(n + 1)
            problems.append(Problem(row, column, text, reason))
    return problems


def _read_xlsx(path: Path, progress: ProgressCallback | None, limits: reading.ReadLimits | None
               ) -> tuple[int, list[str], list[tuple[int, tuple[str, ...]]], list[Problem]]:
    header_row, headers = 0, []
    rows: list[tuple[int, tuple[str, ...]]] = []
    problems: list[Problem] = []
    with reading.open_sheet(path, limits=limits) as sheet:
        for done, sheet_row in enumerate(sheet.rows(), 1):
            if progress is not None and done % 1000 == 0 and progress(done, 0) is False:
                raise _cancelled()
            cells = tuple(_cell_text(v) for v in sheet_row.values())
            odd = [cell for cell in sheet_row.cells if cell.kind != reading.VALUE]
            if not odd and not any(c.strip() for c in cells):
                continue
            if not header_row:
                header_row, headers = sheet_row.row, list(cells)
                continue
            joined = "".join(cells)
            if not joined.isprintable() and CONTROL.search(joined):  # as a CSV row (below)
                problems += _control_problems(sheet_row.row, cells, headers)
            for cell in odd:
                column = (headers[cell.column - 1] if cell.column <= len(headers)
                          and headers[cell.column - 1].strip() else cell.letter)
                problem = cell_problem(cell, column)
                if problem is not None:
                    problems.append(problem)
            rows.append((sheet_row.row, cells))
    return header_row, headers, rows, problems


def read_table(path: Path, progress: ProgressCallback | None = None,
               limits: reading.ReadLimits | None = None) -> SourceTable:
    """Read a .csv (or .txt) or .xlsx file through `cmdesk.exchange.reading` (its
    encodings, strict quoting, sheets read to their last row, `limits`). Raises
    FileReadError (an InputError) when it cannot be read at all, InputError when it
    is of another kind or holds no header, and ImportCancelled when `progress`
    (called every 1,000 rows with the rows read so far and 0: the total is not known
    until the end) returns False."""
    with collector_paused():
        return _read_table(Path(path), progress, limits)


def _read_table(path: Path, progress: ProgressCallback | None, limits: reading.ReadLimits | None
                ) -> SourceTable:
    suffix = path.suffix.lower()
    problems: list[Problem] = []
    if suffix == ".xlsx":
        header_row, headers, rows, problems = _read_xlsx(path, progress, limits)
    elif suffix in (".csv", ".txt"):
        records = iter(reading.open_text_table(path, limits=limits).records())
        first = next(records, None)
        header_row, headers = (first.line, [unguard_formula(h) for h in first.cells]) if first else (0, [])
        rows = []
        # Each distinct text kept once: a register repeats its provinces, districts,
        # codes and dates over tens of thousands of rows, and every row is held until
        # the import is applied (65,000 rows: ~55 MiB less; benchmarks/register.py).
        kept_texts: dict[str, str] = {}  # text -> the one copy kept
        keep = kept_texts.setdefault
        for line, cells in records:
            kept = tuple(map(keep, cells, cells))
            joined = "".join(kept)  # one search per row, not per cell: most rows have neither
            if "'" in joined:  # a rejects file that CMDesk wrote guards formulas (cmdesk.text)
                kept = tuple(map(unguard_formula, kept))
            # A control character is never printable: most rows are told by isprintable,
            # a C loop twice as fast as the pattern's search (65,000 rows: ~12 ms).
            if not joined.isprintable() and CONTROL.search(joined):
                problems += _control_problems(line, kept, headers)
            rows.append((line, kept))
            if progress is not None and len(rows) % 1000 == 0 and progress(len(rows), 0) is False:
                raise _cancelled()
    else:
        raise InputError(translate(
            "CasualtiesImport", "{path}: CMDesk imports casualty records from .csv and .xlsx files. "
            "Save the file in one of those formats.").format(path=path))
    if not header_row:
        raise InputError(translate(
            "CasualtiesImport", "{path} is empty. Its first row must name the columns, for example "
            "{columns}.").format(path=path, columns=",".join(COLUMNS[:4]) + ",..."))
    return SourceTable(path, header_row, tuple(headers), tuple(rows), tuple(problems))


# --- column mapping ----------------------------------------------------------------------


def guess_mapping(headers: Sequence[str]) -> dict[str, str | None]:
    """A first guess for each header: its canonical column, a usual alias, or None
    (ignore). The GUI shows it for the user to correct."""
    guess: dict[str, str | None] = {}
    taken: set[str] = set()
    for header in headers:
        column = canonical_column(header) or header_guesses().get(_header_key(header))
        if column in taken:
            column = None
        guess[header] = column
        if column:
            taken.add(column)
    return guess


def needs_mapping(headers: Sequence[str]) -> bool:
    """Whether some named header is not a canonical column (the GUI then asks)."""
    return any(h.strip() and canonical_column(h) is None and h not in (REJECT_ROW, REJECT_PROBLEMS)
               for h in headers)


def load_column_map(path: Path) -> dict[str, str | None]:
    """A mapping file for `--map`: a JSON object from a file's header to a canonical
    column, or to null (or "") to leave that column out."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except OSError as error:
        raise InputError(translate("CasualtiesImport", "Cannot read the column map {path}: {reason}.")
                         .format(path=path, reason=error.strerror or error)) from None
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise InputError(translate(
            "CasualtiesImport", "The column map {path} is not JSON ({detail}). Write it as "
            "{{\"File header\": \"incident_date\", \"Other header\": null}}.").format(
            path=path, detail=error)) from None
    if not isinstance(data, dict) or not all(
            isinstance(k, str) and (v is None or isinstance(v, str)) for k, v in data.items()):
        raise InputError(translate(
            "CasualtiesImport", "The column map {path} must be one JSON object from a header to a "
            "column name or null, for example {{\"Date\": \"incident_date\"}}.").format(path=path))
    return {k: (v or None) for k, v in data.items()}


def resolve_columns(table: SourceTable, column_map: Mapping[str, str | None] | None = None
                    ) -> dict[int, str]:
    """cell index -> canonical column, from the headers and `column_map` (header ->
    column or None to ignore; it wins over the header's own name). Raises InputError
    naming every header that is unknown and not mapped, every mapping to an unknown
    column, every column given twice, and every unnamed column holding data."""
    column_map = dict(column_map or {})
    columns: dict[int, str] = {}
    unknown, bad_targets, repeated, unnamed = [], [], [], []
    seen: dict[str, str] = {}
    for n, header in enumerate(table.headers):
        if header in (REJECT_ROW, REJECT_PROBLEMS):
            continue
        if header in column_map:
            target = column_map[header]
            if target is None:
                continue
            if target not in COLUMNS:
                bad_targets.append(f"{header} -> {target}")
                continue
        elif not header.strip():
            if any(n < len(cells) and cells[n].strip() for _, cells in table.rows):
                unnamed.append(str(n + 1))
            continue
        else:
            target = canonical_column(header)
            if target is None:
                unknown.append(header)
                continue
        if target in seen:
            repeated.append(f"{seen[target]} / {header} -> {target}")
            continue
        seen[target] = header
        columns[n] = target
    found = []
    if unknown:
        found.append(translate("CasualtiesImport", "unknown column(s) {names}").format(
            names=", ".join(f"'{h}'" for h in unknown)))
    if bad_targets:
        found.append(translate("CasualtiesImport", "mapped to no CMDesk column: {names}").format(
            names=", ".join(bad_targets)))
    if repeated:
        found.append(translate("CasualtiesImport", "given twice: {names}").format(
            names=", ".join(repeated)))
    if unnamed:
        found.append(translate("CasualtiesImport", "column(s) {names} hold data but have no "
                               "header").format(names=", ".join(unnamed)))
    if found:
        raise InputError(translate(
            "CasualtiesImport", "{path}, row {row} (the header): {found}. Name the columns "
            "{columns}, or map the file's headers to them (--map, see "
            "docs/casualties-import.md).").format(
            path=table.path, row=table.header_row, found="; ".join(found),
            columns=", ".join(COLUMNS)))
    if "outcome" not in columns.values():
        raise InputError(translate(
            "CasualtiesImport", "{path}, row {row} (the header): no column gives the outcome "
            "(killed or injured), which every record needs.").format(
            path=table.path, row=table.header_row))
    return columns


# --- planning ----------------------------------------------------------------------------


class PlannedRow(NamedTuple):
    """A good row and what importing it does: "add", "update" (`record_id`'s
    `changes`, {field: new value}) or "duplicate" (already in the register).
    `values` is the checked record as a tuple in CASUALTY_FIELDS order: what the
    store inserts, and a third of a dict's memory. A plan holds its updates and
    duplicates as PlannedRow, and of the rows it adds only their values
    (`PlannedRows`)."""

    row: int
    values: tuple
    action: str
    record_id: str | None = None
    # Read-only, since every row without changes shares it.
    changes: Mapping[str, object] = MappingProxyType({})

    @property
    def record(self) -> dict:
        """The checked record, {field: value}."""
        return dict(zip(CASUALTY_FIELDS, self.values))


class CasualtyImportCounts(NamedTuple):
    added: int = 0
    updated: int = 0
    duplicates: int = 0
    rejected: int = 0


class PlannedRows:
    """A plan's good rows, held compactly: the rows it adds (most of a first import)
    a chunk at a time as columns, one tuple per field, not a PlannedRow and a tuple of
    values per row; updates and duplicates as PlannedRow. 65,000 added rows: ~9 MiB
    less (benchmarks/register.py). Built by the planner (`add_chunk`, `add_other`),
    then read only, as the applier and the counts read it: the added rows' values in
    row order (`added_values`), the others in row order (`others`)."""

    def __init__(self) -> None:
        self._added: list[tuple[tuple, ...]] = []  # a chunk's columns, one tuple per field
        self._others: list[PlannedRow] = []
        self._added_count = 0

    def add_chunk(self, values: Sequence[tuple]) -> None:
        """The values of rows to add, in row order, after those given before."""
        if values:
            self._added.append(tuple(zip(*values)))
            self._added_count += len(values)

    def add_other(self, step: PlannedRow) -> None:
        """An update or a duplicate, in row order after those given before."""
        self._others.append(step)

    @property
    def added(self) -> int:
        """How many rows it adds."""
        return self._added_count

    @property
    def others(self) -> Sequence[PlannedRow]:
        """The updates and duplicates, in row order."""
        return self._others

    def added_values(self, size: int) -> Iterator[list[tuple]]:
        """The values (in CASUALTY_FIELDS order) of the rows to add, in row order, in
        lists of `size` (the last may be shorter)."""
        pending: list[tuple] = []
        for columns in self._added:
            pending += zip(*columns)
            while len(pending) >= size:
                yield pending[:size]
                del pending[:size]
        if pending:
            yield pending

class CasualtyImport(NamedTuple):
    """What importing a file would do. `problems` are sorted by row; `rejected`
    are the rows (number, cells) that have any."""

    table: SourceTable
    columns: dict[int, str]
    planned: PlannedRows
    problems: tuple[Problem, ...]
    rejected: tuple[tuple[int, tuple[str, ...]], ...]

    @property
    def path(self) -> Path:
        return self.table.path

    @property
    def counts(self) -> CasualtyImportCounts:
        actions = Counter(p.action for p in self.planned.others)
        return CasualtyImportCounts(self.planned.added, actions["update"], actions["duplicate"],
                                    len(self.rejected))


CHECK_CHUNK = 1000  # rows checked together (and between two calls of `progress`)
_duplicate_key_of = itemgetter(*(CASUALTY_FIELDS.index(name) for name in DUPLICATE_KEY))
_source_id_of = itemgetter(CASUALTY_FIELDS.index("source_id"))
_cells_of = itemgetter(1)  # of a (row, cells) pair

# The store field each canonical column fills.
_FIELDS_OF = {"province": ("province_code",)}


def _fields_given(given: set[str], record: dict) -> set[str]:
    """The stored fields a row of the file decides: its columns', plus the age group
    its age gives and the "no" amputation of a killed person."""
    fields = set(given)
    if "age" in given and record["age"] is not None:
        fields.add("age_group")
    if "outcome" in given and record["outcome"] == "killed":
        fields.add("amputation")
    return fields


def _year_of(record: Mapping) -> int | None:
    date = record.get("incident_date")
    return int(date[:4]) if date else None  # a checked date is YYYY-MM[-DD]


class _FrozenYears:
    """The submitted years, whose records an import must not add or change: such a
    row is rejected with the reason (the rest of the file is imported)."""

    def __init__(self, store: "Store", column: str) -> None:
        self._store = store
        self._column = column
        self._years = store.years.frozen_years()
        self.any = bool(self._years)

    def problem(self, row: int, record: Mapping, years: Sequence[int | None]) -> Problem | None:
        year = next((y for y in years if y in self._years), None)
        if year is None:
            return None
        return Problem(row, self._column, record.get("incident_date") or "", translate(
            "CasualtiesImport", "this row would change the casualty records of {year}: {why}").format(
            year=year, why=self._store.years.frozen_message(year)))


class _Matcher:
    """Matches checked rows against the register: on the CMVIS number when the row
    has one (the same record: a duplicate; different in a field the file gives: an
    update), else on the duplicate key, counting; a row that would add or change a
    record of a submitted year is refused."""

    def __init__(self, store: "Store", given_fields: set[str], date_column: str) -> None:
        self._store = store
        self._given_fields = given_fields
        self._key_counts: Counter | None = None  # read when a row without a number needs it
        self._frozen = _FrozenYears(store, date_column)
        # The register does not change while planning: into an empty one (a first
        # import) no number is looked up.
        self._empty = store.casualties.is_empty()

    def plan(self, rows: Sequence[int], checked: Sequence[tuple]) -> list[PlannedRow | Problem] | None:
        """For each of `rows` and its record's values in CASUALTY_FIELDS order
        (`checked`; every CMVIS number given once in the file), in order: what
        importing it does, or the problem that refuses it. None when every one of
        them is added: each has a number that no stored record has, and no year is
        submitted (a first import), told without a PlannedRow per row."""
        ids = list(map(_source_id_of, checked))
        existing = {} if self._empty else self._store.casualties.by_source_ids(
            i for i in ids if i is not None)
        if not existing and not self._frozen.any and None not in ids:
            return None
        return list(self._steps(rows, checked, existing))

    def _steps(self, rows: Sequence[int], checked: Sequence[tuple], existing: Mapping[str, dict]
               ) -> Iterator[PlannedRow | Problem]:
        frozen = self._frozen
        for row, values in zip(rows, checked):
            stored = existing.get(values[0]) if values[0] is not None else None
            touched: tuple = ()
            if stored is not None:
                record = dict(zip(CASUALTY_FIELDS, values))
                fields = _fields_given(self._given_fields, record)
                changes = {name: record[name] for name in record
                           if name in fields and record[name] != stored[name]}
                step = PlannedRow(row, values, "update" if changes else "duplicate", stored["id"],
                                  changes)
                if changes:
                    touched = (stored["incident_year"], _year_of(record))
            elif values[0] is None and self._take_duplicate(_duplicate_key_of(values)):
                step = PlannedRow(row, values, "duplicate")
            else:
                step = PlannedRow(row, values, "add")
                if frozen.any:
                    touched = (_year_of({"incident_date": values[1]}),)
            refusal = frozen.problem(row, {"incident_date": values[1]}, touched) if touched else None
            yield step if refusal is None else refusal

    def _take_duplicate(self, key: tuple) -> bool:
        """Whether a stored record with duplicate key `key` is left unmatched: then
        it is matched (a file with two alike rows adds both the first time, none the
        second)."""
        if self._key_counts is None:  # the register does not change while planning
            self._key_counts = self._store.casualties.duplicate_key_counts()
        if self._key_counts[key] > 0:
            self._key_counts[key] -= 1
            return True
        return False


def plan_casualty_import(store: "Store", catalog: Catalog, table: SourceTable,
                         column_map: Mapping[str, str | None] | None = None,
                         today: dt.date | None = None,
                         progress: ProgressCallback | None = None) -> CasualtyImport:
    """Check every row of `table` and match the good ones against `store`; write
    nothing. Raises InputError for headers that cannot be mapped (see
    `resolve_columns`) and ImportCancelled when `progress` returns False."""
    with collector_paused():
        return _plan(store, catalog, table, column_map, today, progress)


def _plan(store: "Store", catalog: Catalog, table: SourceTable,
          column_map: Mapping[str, str | None] | None, today: dt.date | None,
          progress: ProgressCallback | None) -> CasualtyImport:
    columns = resolve_columns(table, column_map)
    provinces = ProvinceLookup(catalog.provinces)
    header_of = {column: table.headers[n] for n, column in columns.items()}
    given_fields = {f for column in columns.values() for f in _FIELDS_OF.get(column, (column,))}
    problems: list[Problem] = []
    rejected: list[tuple[int, tuple[str, ...]]] = []
    planned = PlannedRows()
    first_row_of: dict[str, int] = {}
    total = len(table.rows)
    width = len(table.headers)
    # One checker for the file: every row against the same day, and each distinct
    # text of a field read once.
    checker = RecordChecker(provinces, today)
    # The cells of the mapped columns, in one C call per row for a row as wide as the
    # header (the usual case); a shorter row's missing cells are empty.
    names = tuple(columns.values())
    indexes = tuple(columns)
    pick_cells = itemgetter(*indexes) if len(indexes) > 1 else (lambda cells: (cells[indexes[0]],))
    needed = max(indexes) + 1
    read_problems: dict[int, list[Problem]] = {}
    for problem in table.problems:  # what reading found in the cells: the row is rejected
        read_problems.setdefault(problem.line, []).append(problem)
    # Each chunk is checked, then its good rows matched and planned: the checked
    # records of the whole file are never held beside the plan (65,000 rows: ~5 MiB).
    # The register does not change while planning, so matching a chunk at a time
    # finds what matching the whole file at once finds.
    matcher = _Matcher(store, given_fields, header_of.get("incident_date", "incident_date"))
    for start in range(0, total, CHECK_CHUNK):
        if progress is not None and progress(start, total) is False:
            raise _cancelled()
        chunk = table.rows[start:start + CHECK_CHUNK]
        if min(map(len, map(_cells_of, chunk))) >= needed:  # every row as wide as the mapped columns
            picked = list(map(pick_cells, map(_cells_of, chunk)))
        else:
            picked = [pick_cells(cells) if len(cells) >= needed else
                      tuple(cells[n] if n < len(cells) else "" for n in indexes) for _, cells in chunk]
        results = checker.stored_rows(names, picked)
        lines = [row for row, _ in chunk]
        if _all_usual(lines, results, chunk, width, read_problems, first_row_of):
            # The usual chunk: every row checked well, nothing found in reading it,
            # no row wider than the header, each CMVIS number given once so far.
            good_rows, good = lines, cast("list[tuple]", results)  # every one a tuple
        else:
            good_rows, good = _sort_out(chunk, results, width, read_problems, first_row_of,
                                        header_of, problems, rejected)
        steps = matcher.plan(good_rows, good)
        if steps is None:  # every row added
            planned.add_chunk(good)
            continue
        cells_of: dict[int, tuple[str, ...]] = {}  # filled when a row is refused for its year
        added_values: list[tuple] = []
        for step in steps:
            if isinstance(step, Problem):
                problems.append(step)
                cells_of = cells_of or dict(chunk)
                rejected.append((step.line, cells_of[step.line]))
            elif step.action == "add":
                added_values.append(step.values)
            else:
                planned.add_other(step)
        planned.add_chunk(added_values)
    rejected.sort(key=lambda pair: pair[0])
    order = {header_of.get(c, c): n for n, c in enumerate(COLUMNS)}
    problems.sort(key=lambda p: (p.line, order.get(p.column, len(order))))
    if progress is not None:
        progress(total, total)
    return CasualtyImport(table, columns, planned, tuple(problems), tuple(rejected))


def _all_usual(lines: list[int], results: list, chunk: Sequence[tuple[int, tuple[str, ...]]],
               width: int, read_problems: Mapping[int, list[Problem]],
               first_row_of: dict[str, int]) -> bool:
    """Whether every row of a checked chunk is good as it is (see `_sort_out`): then
    their CMVIS numbers are taken (`first_row_of`). A few C calls over the chunk."""
    if set(map(type, results)) != {tuple} or max(map(len, map(_cells_of, chunk))) > width:
        return False
    if read_problems and not read_problems.keys().isdisjoint(lines):
        return False
    ids = list(map(_source_id_of, results))
    if None in ids:
        pairs = [(i, row) for i, row in zip(ids, lines) if i is not None]
        ids = [i for i, _ in pairs]
    else:
        pairs = list(zip(ids, lines))
    if len(set(ids)) != len(ids) or not first_row_of.keys().isdisjoint(ids):
        return False
    first_row_of.update(pairs)
    return True


def _sort_out(chunk: Sequence[tuple[int, tuple[str, ...]]], results: list, width: int,
              read_problems: Mapping[int, list[Problem]], first_row_of: dict[str, int],
              header_of: Mapping[str, str], problems: list[Problem],
              rejected: list[tuple[int, tuple[str, ...]]]) -> tuple[list[int], list[tuple]]:
    """The rows of a checked chunk that are good (rows, values), row by row; each
    other one's problems go to `problems` and the row to `rejected`: what reading
    found in its cells, a cell beyond the header, what checking found, a CMVIS
    number an earlier row gives (`first_row_of`: the first row that gives each
    number and was checked well). `_all_usual` is the same rule for a whole chunk at
    once."""
    good_rows: list[int] = []
    good: list[tuple] = []
    for (row, cells), result in zip(chunk, results):
        found = list(read_problems.get(row, ()))
        if len(cells) > width:
            found += [Problem(row, str(n + 1), text, translate(
                "CasualtiesImport", "this cell is under no column CMDesk reads. Move its "
                "text to the 'notes' column or delete it."))
                for n, text in enumerate(cells[width:], width) if text.strip()]
        if type(result) is not tuple:  # a CheckedRecord: what checking found
            found += [Problem(row, header_of.get(p.column, p.column), p.text, p.reason)
                      for p in result.problems]
        elif (source_id := result[0]) is not None:
            first = first_row_of.setdefault(source_id, row)
            if first != row:
                found.append(Problem(row, header_of["source_id"], source_id, translate(
                    "CasualtiesImport", "row {first} already gives CMVIS number {id}. Keep "
                    "one of the two rows, or correct the number.").format(first=first, id=source_id)))
        if found:
            problems += found
            rejected.append((row, cells))
        else:
            good_rows.append(row)
            good.append(result)
    return good_rows, good


# --- applying ----------------------------------------------------------------------------

BATCH = 2000


def iter_apply(store: "Store", plan: CasualtyImport
               ) -> Generator[tuple[int, int], None, CasualtyImportCounts]:
    """Apply `plan` in one transaction, yielding (done, total) after each batch; the
    generator's return value is the counts. Closing the generator before it is
    exhausted (or an error) rolls back everything: the register is as it was."""
    adds = plan.planned.added_values(BATCH)
    updates = [(p.record_id, p.changes) for p in plan.planned.others
               if p.action == "update" and p.record_id is not None]  # an update has its record's id
    total = plan.planned.added + len(updates)
    done = 0
    # The store checks the provinces of each batch once (`apply_import`), not SQLite
    # once per row.
    with store.db.bulk_cache(), store.db.foreign_keys_checked_by_caller(), store.db.atomic():
        yield done, total
        # The collector is paused while each batch is made and written (not across a
        # yield: the caller's code runs there): a batch's rows are freed with it,
        # and collecting while it is made walks the plan's rows for nothing (65,000
        # records: ~0.04 s of the write's ~1 s CPU; 130,000: ~0.08 s).
        with store.casualties.indexes_built_after(plan.planned.added):
            while True:
                with collector_paused():
                    batch = next(adds, None)
                    if batch is not None:
                        store.casualties.apply_import(batch, [])
                if batch is None:
                    break
                done += len(batch)
                yield done, total
        for start in range(0, len(updates), BATCH):
            changes = updates[start:start + BATCH]
            with collector_paused():
                store.casualties.apply_import([], changes)
            done += len(changes)
            yield done, total
    return plan.counts


def apply_casualty_import(store: "Store", plan: CasualtyImport,
                          progress: ProgressCallback | None = None) -> CasualtyImportCounts:
    """Apply `plan` (see `iter_apply`). When `progress` returns False the import is
    rolled back and ImportCancelled raised."""
    steps = iter_apply(store, plan)
    try:
        while True:
            done, total = next(steps)
            if progress is not None and progress(done, total) is False:
                steps.close()  # rolls the transaction back
                raise _cancelled()
    except StopIteration as finished:
        return finished.value


# --- rejected rows -----------------------------------------------------------------------


def rejects_path(source: Path) -> Path:
    """Where the rejected rows of `source` go by default: beside it."""
    source = Path(source)
    return source.with_name(f"{source.stem}-rejected.csv")


def write_rejects(plan: CasualtyImport, out_path: Path | None = None) -> Path | None:
    """Write the rejected rows, as they were in the file, with two more columns
    (their row number and their problems) to `out_path` (default: beside the
    file); None when no row was rejected. UTF-8 with a BOM, so that Excel shows
    Khmer; every cell made safe and guarded against formulas (`cmdesk.text.csv_cell`,
    which `read_table` undoes). Raises InputError when the file cannot be written."""
    if not plan.rejected:
        return None
    out_path = Path(out_path) if out_path else rejects_path(plan.path)
    reasons: dict[int, list[str]] = {}
    for problem in plan.problems:
        reasons.setdefault(problem.line, []).append(f"{problem.column}: {problem.reason}")
    headers = [h for h in plan.table.headers if h not in (REJECT_ROW, REJECT_PROBLEMS)]
    keep = [n for n, h in enumerate(plan.table.headers) if h not in (REJECT_ROW, REJECT_PROBLEMS)]
    width = max([len(plan.table.headers)] + [len(cells) for _, cells in plan.rejected])
    extra = list(range(len(plan.table.headers), width))
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([*(csv_cell(h) for h in headers), *("" for _ in extra), REJECT_ROW,
                     REJECT_PROBLEMS])
    for row, cells in plan.rejected:
        padded = list(cells) + [""] * (width - len(cells))
        writer.writerow([*(csv_cell(padded[n]) for n in keep), *(csv_cell(padded[n]) for n in extra),
                         row, csv_cell(" | ".join(reasons.get(row, [])))])
    try:
        out_path.write_text(buffer.getvalue(), encoding="utf-8-sig", newline="")
    except OSError as error:
        raise InputError(translate(
            "CasualtiesImport", "Cannot write the rejected rows to {path}: {reason}. If the file "
            "is open in Excel, close it; otherwise give another file.").format(
            path=out_path, reason=error.strerror or error)) from None
    return out_path
