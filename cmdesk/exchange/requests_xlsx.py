"""The Committee's requests, read from its SRAAP country reporting tracker (.xlsx, the
layout `cmdesk export sraap` writes, seed 000).

The header row is found by its first two cells ("Actions", "Indicators"); the
requests are in the column whose heading starts "Additional information". Below it,
each row is an indicator: the action number in the first column (merged over the
action's rows, so only its first row holds it), the indicator's text in the second.
A row is matched to the catalog by its action and its text (ignoring case, spacing
and the final ";" or "."), else by its position under the action. Band rows
("CROSS-CUTTING ACTIONS") and blank rows are skipped.

`plan_requests_import` reads and checks the whole file and writes nothing; it lists
every problem with its row and column. `apply_requests_import` writes the planned
requests of a year in one transaction. An empty request cell leaves the stored
request as it is (the Committee's sheet says nothing new there).
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from cmdesk.catalog import Catalog
from cmdesk.errors import InputError
from cmdesk.i18n import translate

if TYPE_CHECKING:
    from cmdesk.store import Store

HEADER_SEARCH_ROWS = 30
REQUEST_HEADING = "additional information"


class RequestProblem(NamedTuple):
    row: int  # the spreadsheet's row number
    column: str  # the column letter
    text: str
    reason: str


class PlannedRequest(NamedTuple):
    row: int
    indicator: str
    request: str
    old_request: str

    @property
    def kind(self) -> str:
        if self.request == self.old_request:
            return "unchanged"
        return "added" if not self.old_request else "changed"


@dataclass
class RequestsImport:
    path: Path
    year: int
    planned: list[PlannedRequest] = field(default_factory=list)
    problems: list[RequestProblem] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        result = {"added": 0, "changed": 0, "unchanged": 0}
        for item in self.planned:
            result[item.kind] += 1
        return result


def _normal(text: str) -> str:
    return re.sub(r"\s+", " ", str(text)).strip().rstrip(";.").strip().casefold()


def _text(value) -> str:
    return "" if value is None else str(value).strip()


def plan_requests_import(store: "Store", catalog: Catalog, path: Path, year: int) -> RequestsImport:
    """What importing `path`'s requests into `year` would do (nothing is written)."""
    from openpyxl import load_workbook
    from openpyxl.utils import get_column_letter

    path = Path(path)
    plan = RequestsImport(path, year)
    try:
        workbook = load_workbook(path, read_only=True, data_only=False)
    except FileNotFoundError:
        raise InputError(translate("Exchange", "{path}: no such file.").format(path=path)) from None
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as error:
        raise InputError(translate(
            "Exchange", "{path} is not an Excel workbook (.xlsx) that CMDesk can read ({error}). Save "
            "the Committee's tracker from Excel as an .xlsx workbook and import it again.").format(
            path=path, error=error)) from None
    try:
        sheet = workbook.worksheets[0]
        rows = [list(row) for row in sheet.iter_rows()]
    finally:
        workbook.close()

    header_index = None
    for index, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        values = [_text(cell.value).casefold() for cell in row[:2]]
        if values == ["actions", "indicators"]:
            header_index = index
            break
    if header_index is None:
        raise InputError(translate(
            "Exchange", "{path}: no header row with 'Actions' and 'Indicators' in its first two "
            "columns in the first {n} rows: this is not the Committee's SRAAP tracker.").format(
            path=path, n=HEADER_SEARCH_ROWS))
    header = [_text(cell.value).casefold() for cell in rows[header_index]]
    request_column = next((n for n, text in enumerate(header) if text.startswith(REQUEST_HEADING)), None)
    if request_column is None:
        raise InputError(translate(
            "Exchange", "{path}, row {row}: no column headed 'Additional information or clarification "
            "requested by the Committee'.").format(path=path, row=header_index + 1))
    letter = get_column_letter(request_column + 1)

    actions = {action.number: action for action in catalog.actions}
    stored = {row["indicator"]: row["committee_request"] for row in store.narratives.for_year(year)}
    seen: dict[str, int] = {}
    action = None
    position = 0
    for index in range(header_index + 1, len(rows)):
        row = rows[index]
        number = index + 1
        cells = [cell.value for cell in row]
        first, second = (_text(cells[0]) if cells else ""), (_text(cells[1]) if len(cells) > 1 else "")
        request_cell = row[request_column] if request_column < len(row) else None
        request_value = request_cell.value if request_cell is not None else None
        if not any(_text(v) for v in cells):
            continue
        if first and not second and _normal(first).startswith("cross"):
            continue  # the CROSS-CUTTING ACTIONS band
        if first:
            try:
                action = actions[int(float(first))]
            except (ValueError, KeyError):
                plan.problems.append(RequestProblem(number, "A", first, translate(
                    "Exchange", "not a SRAAP action CMDesk knows (known: {known}).").format(
                    known=", ".join(str(n) for n in actions))))
                action = None
                continue
            position = 0
        elif action is None:
            plan.problems.append(RequestProblem(number, "A", "", translate(
                "Exchange", "an indicator row with no action above it: type the action number in "
                "column A.")))
            continue
        wanted = _normal(second)
        match = next((ind for ind in action.indicators if _normal(ind.text) == wanted), None)
        if match is None and not second and position < len(action.indicators):
            match = action.indicators[position]
        if match is None:
            plan.problems.append(RequestProblem(number, "B", second[:80], translate(
                "Exchange", "this text is none of action {action}'s indicators: keep the indicator "
                "texts as the Committee wrote them.").format(action=action.number)))
            position += 1
            continue
        position += 1
        if match.code in seen:
            plan.problems.append(RequestProblem(number, "B", second[:80], translate(
                "Exchange", "indicator {code} appears twice (also on row {other}).").format(
                code=match.code, other=seen[match.code])))
            continue
        seen[match.code] = number
        if request_cell is not None and request_cell.data_type == "f":
            plan.problems.append(RequestProblem(number, letter, _text(request_value)[:80], translate(
                "Exchange", "the cell holds a formula; type the Committee's request as text.")))
            continue
        request = _text(request_value)
        if request:
            plan.planned.append(PlannedRequest(number, match.code, request, stored.get(match.code, "")))
    return plan


def apply_requests_import(store: "Store", plan: RequestsImport) -> dict[str, int]:
    """Write the planned requests in one transaction; refused when the plan has
    problems. Returns the counts (added, changed, unchanged)."""
    if plan.problems:
        raise InputError(translate("Exchange", "{path}: {n} problem(s); nothing was imported.").format(
            path=plan.path, n=len(plan.problems)))
    changes = {item.indicator: {"committee_request": item.request}
               for item in plan.planned if item.kind != "unchanged"}
    store.narratives.set_many(plan.year, changes)
    return plan.counts()
