"""A year's aggregate values as CSV, in long format: one value per line.

    year,source,item,part,value,comment
    2024,national,inc.sport,total,58,
    2024,national,inc.sport,female,33,

Reading (`plan_values_import`, then `apply_values_import`), through
`cmdesk.exchange.reading` (encodings, delimiter, strict quoting, limits):
- UTF-8 with or without a BOM (Excel's "CSV UTF-8"), or UTF-16; a legacy encoding
  is refused with the line where it fails and how to save the file from Excel;
- comma-, semicolon- or tab-separated, whichever the header line holds most (Excel
  writes `;` where the decimal mark is a comma);
- the header names the six columns `COLUMNS`, in any order, in any case, and may add
  `qualifier` (more_than, about, at_least, or empty: "over 2,800" is 2800 more_than;
  a file without it keeps the stored qualifiers); a column with an empty name is
  allowed only when its cells are empty; blank lines are skipped;
- `part` empty or `total` means the total; codes are matched ignoring case;
- values as staff type or paste them (`cmdesk.numbers.parse_count`, its one rule
  for separators, with the comma as the decimal mark in a `;` file): "26,280",
  "26 280", Khmer digits, at most `cmdesk.numbers.MAX_COUNT`;
- a line of a submitted (frozen) year is a problem of its `year` column;
- line numbers are the file's lines, the header being line 1; a record whose comment
  spans several lines counts them all, as a text editor does.

Writing (`export_values_csv`): UTF-8 with a BOM (so that Excel shows Khmer comments),
comma-separated, CRLF line ends, part `total` for totals, rows sorted by source, item
and part (the total first), the `qualifier` column when a value of the year has one.
Export then import is lossless.

Text in and out (`cmdesk.text`): a cell holding a control character other than tab
and newline is a problem of its line and column. Spreadsheets run a cell that starts
with `=`, `+`, `-` or `@` (or a tab or carriage return) as a formula: export puts one
`'` in front of a comment that starts with one of those, or with `'` itself, and
import removes that one `'` again (`cmdesk.text.guard_formula`, `unguard_formula`). A
comment thus comes back exactly as it was exported (line breaks as newlines).
"""

from __future__ import annotations

import csv
import difflib
import io
import re
from collections import Counter, defaultdict
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from cmdesk.catalog import TOTAL, Catalog
from cmdesk.errors import InputError
from cmdesk.exchange.reading import open_text_table
from cmdesk.i18n import translate
from cmdesk.numbers import KHMER_DIGITS, QUALIFIERS, parse_count, qualifier_labels
from cmdesk.text import control_character_problem, csv_cell, unguard_formula
from cmdesk.validation import errors_caused_by

if TYPE_CHECKING:
    from cmdesk.store import Store

COLUMNS = ("year", "source", "item", "part", "value", "comment")
# An optional seventh column: a value's qualifier (cmdesk.numbers: more_than, about,
# at_least; empty for an exact value). Written only when a value of the year has one.
QUALIFIER = "qualifier"
OPTIONAL_COLUMNS = (QUALIFIER,)
FIRST_YEAR, LAST_YEAR = 1979, 2100

Key = tuple[int, str, str, str]  # (year, source, item, part)


class Problem(NamedTuple):
    """One thing wrong in the file: its line (the header is line 1), its column
    (a column name, or a column number for a cell under no named column), the text
    as written, and the reason, which says what to do."""

    line: int
    column: str
    text: str
    reason: str


class ValueRow(NamedTuple):
    """One line of the file, checked: codes as stored, `part` TOTAL for the total."""

    line: int
    year: int
    source: str
    item: str
    part: str
    value: int
    comment: str
    qualifier: str = ""

    @property
    def key(self) -> Key:
        return (self.year, self.source, self.item, self.part)


class PlannedValue(NamedTuple):
    """A row of the file and what the database holds for it (None: nothing)."""

    row: ValueRow
    old_value: int | None
    old_comment: str | None
    old_qualifier: str | None = None

    @property
    def kind(self) -> str:
        """"added", "changed" (value, comment or qualifier) or "unchanged"."""
        if self.old_value is None:
            return "added"
        if ((self.old_value, self.old_comment, self.old_qualifier or "")
                == (self.row.value, self.row.comment, self.row.qualifier)):
            return "unchanged"
        return "changed"


class ImportCounts(NamedTuple):
    added: int = 0
    changed: int = 0
    unchanged: int = 0

    @classmethod
    def of(cls, planned: list[PlannedValue] | tuple[PlannedValue, ...]) -> "ImportCounts":
        counts = Counter(p.kind for p in planned)
        return cls(counts["added"], counts["changed"], counts["unchanged"])


class ValuesImport(NamedTuple):
    """What importing a file would do: the rows that passed their checks, each with
    the value it replaces, and every problem, sorted by line. The file can be
    imported only when `problems` is empty."""

    path: Path
    planned: tuple[PlannedValue, ...]
    problems: tuple[Problem, ...]
    columns: tuple[str, ...] = COLUMNS  # the columns the file has (the qualifier is optional)

    @property
    def counts(self) -> ImportCounts:
        return ImportCounts.of(self.planned)

    @property
    def ok(self) -> bool:
        return not self.problems


# --- reading -----------------------------------------------------------------------------


def _header(path: Path, line: int, cells: list[str]) -> dict[str, int]:
    """Column name -> cell index. Raises InputError naming every missing, unknown
    or repeated column."""
    index: dict[str, int] = {}
    unknown, repeated = [], []
    for n, cell in enumerate(cells):
        name = cell.strip().lower()
        if not name:
            continue  # a column without a name: its cells must be empty (see _Checker)
        if name not in COLUMNS + OPTIONAL_COLUMNS:
            unknown.append(cell.strip())
        elif name in index:
            repeated.append(name)
        else:
            index[name] = n
    missing = [name for name in COLUMNS if name not in index]
    if not (missing or unknown or repeated):
        return index
    found = []
    if missing:
        found.append(translate("ValuesCSV", "missing column(s) {names}").format(names=", ".join(missing)))
    if unknown:
        found.append(translate("ValuesCSV", "unknown column(s) {names}").format(names=", ".join(unknown)))
    if repeated:
        found.append(translate("ValuesCSV", "column(s) {names} given twice").format(names=", ".join(repeated)))
    raise InputError(
        translate("ValuesCSV", "{path}, line {line} (the header): {found}. The header must name "
                  "the columns {columns}, in any order.").format(
            path=path, line=line, found="; ".join(found), columns=",".join(COLUMNS))
    )


def _lookup(text: str, codes: dict[str, str]) -> str | None:
    """The code `text` names, ignoring case and surrounding spaces."""
    return codes.get(text.strip().casefold())


def _suggestion(text: str, codes: dict[str, str]) -> str:
    close = difflib.get_close_matches(text.strip().casefold(), list(codes), n=1)
    return translate("ValuesCSV", " Did you mean '{code}'?").format(code=codes[close[0]]) if close else ""


class _Checker:
    """Checks one line's cells against the reference data stored in the database."""

    def __init__(self, store: "Store", catalog: Catalog, columns: dict[str, int],
                 decimal_mark: str | None = None) -> None:
        self.columns = columns
        self.decimal_mark = decimal_mark  # "," in a ";" file (cmdesk.numbers)
        self.sources = {code.casefold(): code for code in store.reference.source_codes()}
        self.parts = store.reference.item_parts()
        self.items = {code.casefold(): code for code in self.parts}
        self.computed = {c.code.casefold(): c for c in catalog.computed}
        self.years = store.years
        self.frozen = store.years.frozen_years()

    def cell(self, cells: list[str], name: str) -> str:
        n = self.columns.get(name)  # an optional column may be absent
        return cells[n] if n is not None and n < len(cells) else ""

    def check(self, line: int, cells: list[str]) -> tuple[ValueRow | None, list[Problem]]:
        problems: list[Problem] = []

        def problem(column: str, reason: str) -> None:
            text = self.cell(cells, column) if column in self.columns else cells[int(column) - 1]
            problems.append(Problem(line, column, text, reason))

        named = set(self.columns.values())
        for n, text in enumerate(cells):
            if n not in named and text.strip():
                problem(str(n + 1), translate(
                    "ValuesCSV", "this cell is under no named column. Move its text to the "
                    "'comment' column or delete it."))
        for name in COLUMNS:
            reason = control_character_problem(self.cell(cells, name))
            if reason is not None:
                problem(name, reason)
        if problems:
            return None, problems

        year = None
        text = self.cell(cells, "year").strip().translate(KHMER_DIGITS)
        if not text:
            problem("year", translate("ValuesCSV", "year is empty. Write the year in full, for example 2024."))
        elif not re.fullmatch(r"[0-9]{1,4}", text) or not FIRST_YEAR <= int(text) <= LAST_YEAR:
            problem("year", translate("ValuesCSV", "not a year from {first} to {last}. Write the "
                                      "year in full, for example 2024.").format(first=FIRST_YEAR, last=LAST_YEAR))
        elif int(text) in self.frozen:
            problem("year", self.years.frozen_message(int(text)) or "")
        else:
            year = int(text)

        text = self.cell(cells, "source")
        source = _lookup(text, self.sources)
        if not text.strip():
            problem("source", translate("ValuesCSV", "source is empty. Write a reporting-source "
                                        "code, for example 'national' (see docs/values-csv.md)."))
        elif source is None:
            problem("source", translate("ValuesCSV", "unknown reporting source.{hint} The codes "
                                        "are listed in docs/values-csv.md.").format(
                hint=_suggestion(text, self.sources)))

        text = self.cell(cells, "item")
        item = _lookup(text, self.items)
        if not text.strip():
            # The example is the catalog's first item: code never names one.
            problem("item", translate("ValuesCSV", "item is empty. Write an item code, for "
                                      "example '{example}' (see docs/values-csv.md).").format(
                                          example=next(iter(self.items.values()), "")))
        elif text.strip().casefold() in self.computed:
            computed = self.computed[text.strip().casefold()]
            problem("item", translate("ValuesCSV", "this total is computed from {items}, never "
                                      "typed. Give those items instead.").format(
                items=", ".join(computed.sum_of)))
        elif item is None:
            problem("item", translate("ValuesCSV", "unknown item.{hint} The codes are listed in "
                                      "docs/values-csv.md.").format(hint=_suggestion(text, self.items)))

        part = None
        if item is not None:
            text = self.cell(cells, "part")
            allowed = {p.casefold(): p for p in self.parts[item]}
            part = TOTAL if not text.strip() else _lookup(text, allowed)
            if part is None:
                names = [TOTAL] + sorted(p for p in self.parts[item] if p != TOTAL)
                problem("part", translate("ValuesCSV", "item {item} has no such part. Allowed: "
                                          "{parts} (empty means total).").format(
                    item=item, parts=", ".join(names)))

        value = None
        try:
            value = parse_count(self.cell(cells, "value"), self.decimal_mark)
        except InputError as error:
            problem("value", str(error))
        else:
            if value is None:
                problem("value", translate("ValuesCSV", "value is empty. Write the figure (0 "
                                           "for none), or delete the line."))

        comment = unguard_formula(self.cell(cells, "comment"))

        written = self.cell(cells, QUALIFIER).strip().casefold().replace(" ", "_")
        by_label = {label.casefold().replace(" ", "_"): code for code, label in qualifier_labels().items()}
        qualifier = written if written in QUALIFIERS else by_label.get(written)
        if qualifier is None:
            problem(QUALIFIER, translate("ValuesCSV", "'{text}' is not a qualifier. Write more_than, "
                                         "about or at_least, or leave it empty for an exact "
                                         "value.").format(text=self.cell(cells, QUALIFIER).strip()))

        if problems or year is None or source is None or item is None or part is None or value is None:
            return None, problems
        return ValueRow(line, year, source, item, part, value, comment, qualifier or ""), []


def _stored(store: "Store", years: set[int]) -> dict[Key, tuple[int, str, str]]:
    """(value, comment, qualifier) of every stored value of `years`."""
    qualifiers = {year: store.values.qualifiers(year) for year in years}
    return {
        (year, r["source"], r["item"], r["part"]): (
            r["value"], r["comment"] or "",
            qualifiers[year].get((r["item"], r["part"]), {}).get(r["source"], ""))
        for year in years
        for r in store.values.for_year(year)
    }


def _rule_problems(
    catalog: Catalog, rows: list[ValueRow], stored: dict[Key, tuple[int, str, str]],
    written: dict[int, str],
) -> list[Problem]:
    """The errors the file's values would cause, per (year, source), each reported
    on the line of every file cell involved."""
    sheets: dict[tuple[int, str], dict[tuple[str, str], ValueRow]] = defaultdict(dict)
    for row in rows:
        sheets[(row.year, row.source)][(row.item, row.part)] = row
    problems = []
    for (year, source), in_file in sheets.items():
        before = {
            (item, part): value
            for (y, s, item, part), (value, *_) in stored.items()
            if (y, s) == (year, source)
        }
        after = {**before, **{cell: row.value for cell, row in in_file.items()}}
        for finding in errors_caused_by(catalog, before, after):
            cells = list(dict.fromkeys(finding.cells))
            lines = [in_file[cell].line for cell in cells if cell in in_file]
            from_database = [cell for cell in cells if cell not in in_file and cell in before]
            for line in lines:
                reason = finding.message
                others = [str(other) for other in lines if other != line]
                if others:
                    reason += " " + translate("ValuesCSV", "See also line(s) {lines}.").format(
                        lines=", ".join(others))
                if from_database:
                    reason += " " + translate(
                        "ValuesCSV", "Already in the database for {year}, {source}: {cells}."
                    ).format(year=year, source=source, cells=", ".join(
                        f"{item} {part} {before[(item, part)]:,}" for item, part in from_database))
                problems.append(Problem(line, "value", written[line], reason))
    return problems


def plan_values_import(store: "Store", catalog: Catalog, path: Path) -> ValuesImport:
    """Read and check the CSV file at `path` against `store`; write nothing.

    Every line is checked (year, codes, part, value, repeated keys), then each
    (year, source)'s stored values overlaid with the file's are checked with the
    catalog's rules: an error the file would cause is a problem on each file line
    involved. Raises InputError when the file cannot be read at all (missing, not
    UTF-8, not CSV, malformed quotes, empty, or a wrong header: a FileReadError or
    InputError naming the line); every other problem is in the plan.
    """
    path = Path(path)
    table = open_text_table(path)
    records = iter(table.records())
    header = next(records, None)
    if header is None:
        raise InputError(
            translate("ValuesCSV", "{path} is empty. Its first line must be the header "
                      "{columns}.").format(path=path, columns=",".join(COLUMNS))
        )
    columns = _header(path, *header)
    checker = _Checker(store, catalog, columns, table.decimal_mark)
    rows: list[ValueRow] = []
    problems: list[Problem] = []
    first_line: dict[Key, int] = {}
    written: dict[int, str] = {}
    for line, cells in records:
        row, found = checker.check(line, cells)
        problems += found
        if row is None:
            continue
        written[line] = checker.cell(cells, "value")
        if row.key in first_line:
            problems.append(Problem(line, "value", written[line], translate(
                "ValuesCSV", "line {first} already gives {year}, {source}, {item}, {part}. Keep "
                "one of the two lines.").format(first=first_line[row.key], year=row.year,
                                                source=row.source, item=row.item, part=row.part)))
            continue
        first_line[row.key] = line
        rows.append(row)
    stored = _stored(store, {row.year for row in rows})
    problems += _rule_problems(catalog, rows, stored, written)
    order = {name: n for n, name in enumerate(COLUMNS)}
    problems.sort(key=lambda p: (p.line, order.get(p.column, len(order)), p.column))
    planned = tuple(PlannedValue(row, *stored.get(row.key, (None, None, None))) for row in rows)
    return ValuesImport(path, planned, tuple(problems), tuple(columns))


def apply_values_import(store: "Store", plan: ValuesImport) -> ImportCounts:
    """Write every planned row in one transaction (`store.values.set_many`): all are
    written or none. Refuses, with InputError and nothing written, a plan that has
    problems. The counts compare with the database as it is when writing; the rules
    were checked when planning, so plan again if the database may have changed since.
    """
    if plan.problems:
        raise InputError(
            translate("ValuesCSV", "{path} has {n} problem(s); nothing was imported. Correct "
                      "the file and import it again.").format(path=plan.path, n=len(plan.problems))
        )
    rows = [planned.row for planned in plan.planned]
    with store.db.atomic():
        stored = _stored(store, {row.year for row in rows})
        counts = ImportCounts.of([PlannedValue(row, *stored.get(row.key, (None, None, None)))
                                  for row in rows])
        # A file without the qualifier column keeps the stored qualifiers.
        keep = QUALIFIER not in plan.columns
        store.values.set_many(
            (row.year, row.source, row.item, row.part, row.value, row.comment,
             None if keep else row.qualifier) for row in rows
        )
    return counts


# --- writing -----------------------------------------------------------------------------


def export_values_csv(store: "Store", year: int, out_path: Path) -> int:
    """Write `year`'s stored values to `out_path` in the import format (see the
    module's docstring); return how many values were written. Raises InputError
    when the file cannot be written."""
    rows = sorted(
        store.values.for_year(year),
        key=lambda r: (r["source"], r["item"], r["part"] != TOTAL, r["part"]),
    )
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    qualifiers = store.values.qualifiers(year)

    def qualifier(r) -> str:
        return qualifiers.get((r["item"], r["part"]), {}).get(r["source"], "")

    qualified = bool(qualifiers)
    writer.writerow(COLUMNS + ((QUALIFIER,) if qualified else ()))
    for r in rows:
        writer.writerow([year, r["source"], r["item"], r["part"], r["value"], csv_cell(r["comment"] or ""),
                         *((qualifier(r),) if qualified else ())])
    out_path = Path(out_path)
    try:
        out_path.write_text(buffer.getvalue(), encoding="utf-8-sig", newline="")
    except OSError as error:
        raise InputError(
            translate("ValuesCSV", "Cannot write {path}: {reason}. If the file is open in Excel, "
                      "close it; otherwise choose another folder.").format(
                path=out_path, reason=error.strerror or error)
        ) from None
    return len(rows)
