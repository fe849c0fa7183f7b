"""The Committee's requests, read from its SRAAP country reporting tracker (.xlsx, the
layout `cmdesk export sraap` writes, seed 000).

The header row is found by its first two cells ("Actions", "Indicators"); the
requests are in the column whose heading starts "Additional information". Below it,
each row is an indicator: the action number in the first column (merged over the
action's rows, so only its first row holds it), the indicator's text in the second.
A row is matched to the catalog by its action and its text (ignoring case, spacing
and the final ";" or "."), else by its position under the action. Band rows
("CROSS-CUTTING ACTIONS") and blank rows are skipped.

The sheet is read through `cmdesk.exchange.reading` (to its last row; damaged XML, a
formula or a control character in a request cell are reported).

`plan_requests_import` reads and checks the whole file and writes nothing; it lists
every problem with its row and column. `apply_requests_import` writes the planned
requests of a year in one transaction. An empty request cell leaves the stored
request as it is (the Committee's sheet says nothing new there).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from cmdesk.catalog import Catalog
from cmdesk.errors import InputError
from cmdesk.exchange.reading import ERROR, SheetCell, open_sheet
from cmdesk.i18n import translate
from cmdesk.text import control_character_problem

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


class _Row(NamedTuple):
    number: int  # the sheet's row
    cells: dict[int, SheetCell]  # by column index from 0 (A)

    def value(self, column: int) -> object:
        cell = self.cells.get(column)
        return None if cell is None else cell.value


def _action_number(value: object) -> int | None:
    """The action number a cell of column A holds (3, 3.0 or "3"), or None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return int(value) if math.isfinite(value) and value.is_integer() else None
    text = _text(value)
    if re.fullmatch(r"[0-9]{1,3}(\.0*)?", text):
        return int(text.split(".")[0])
    return None


def plan_requests_import(store: "Store", catalog: Catalog, path: Path, year: int) -> RequestsImport:
    """What importing `path`'s requests into `year` would do (nothing is written)."""
    path = Path(path)
    plan = RequestsImport(path, year)
    # The tracker is a few dozen rows: read whole, to find the header by looking.
    with open_sheet(path) as sheet:
        rows = [_Row(row.row, {cell.column - 1: cell for cell in row.cells}) for row in sheet.rows()]

    header = next((row for row in rows if row.number <= HEADER_SEARCH_ROWS
                   and [_text(row.value(0)).casefold(), _text(row.value(1)).casefold()]
                   == ["actions", "indicators"]), None)
    if header is None:
        raise InputError(translate(
            "Exchange", "{path}: no header row with 'Actions' and 'Indicators' in its first two "
            "columns in the first {n} rows: this is not the Committee's SRAAP tracker.").format(
            path=path, n=HEADER_SEARCH_ROWS))
    request_column = next((n for n, cell in sorted(header.cells.items())
                           if _text(cell.value).casefold().startswith(REQUEST_HEADING)), None)
    if request_column is None:
        raise InputError(translate(
            "Exchange", "{path}, row {row}: no column headed 'Additional information or clarification "
            "requested by the Committee'.").format(path=path, row=header.number))
    from openpyxl.utils import get_column_letter

    letter = get_column_letter(request_column + 1)

    actions = {action.number: action for action in catalog.actions}
    stored = {row["indicator"]: row["committee_request"] for row in store.narratives.for_year(year)}
    seen: dict[str, int] = {}
    action = None
    position = 0
    for row in rows:
        number = row.number
        if number <= header.number:
            continue
        first, second = _text(row.value(0)), _text(row.value(1))
        request_cell = row.cells.get(request_column)
        if not any(_text(cell.value) for cell in row.cells.values()):
            continue
        if first and not second and _normal(first).startswith("cross"):
            continue  # the CROSS-CUTTING ACTIONS band
        if first:
            action = actions.get(_action_number(row.value(0)))  # type: ignore[arg-type]
            if action is None:
                plan.problems.append(RequestProblem(number, "A", first[:80], translate(
                    "Exchange", "not a SRAAP action CMDesk knows (known: {known}).").format(
                    known=", ".join(str(n) for n in actions))))
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
        if request_cell is not None and request_cell.kind == ERROR:
            plan.problems.append(RequestProblem(number, letter, str(request_cell.value)[:80], translate(
                "Exchange", "the cell holds the error {error}, not a request.").format(
                error=request_cell.value)))
            continue
        if request_cell is not None and request_cell.formula is not None:
            plan.problems.append(RequestProblem(number, letter, request_cell.formula[:80], translate(
                "Exchange", "the cell holds a formula; type the Committee's request as text.")))
            continue
        request = _text(request_cell.value if request_cell is not None else None)
        reason = control_character_problem(request)
        if reason is not None:
            plan.problems.append(RequestProblem(number, letter, request[:80], reason))
            continue
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
