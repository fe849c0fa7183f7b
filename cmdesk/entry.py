"""Entering a year's aggregate values: the grid's layout, its data, and edits.

The layout comes from the catalog (a section per group, a row per item, the computed
group totals after their items). The data is one reporting source's values, or the
national view: per cell, the national figure as the catalog defines it
(compilation.toml: the national entry, else the authoritative source, else the sum of
the sources that do not overlap), the same figure Overview, the documents and the
checks use.

Edits are checked before they are written: an edit that would add an error (a part
larger than its total, ...) is refused with the rule's message; warnings are kept.
"""

from __future__ import annotations

import datetime as dt
from typing import Collection, NamedTuple

from cmdesk.catalog import TOTAL, Catalog
from cmdesk.catalog.compilation import NationalFigure
from cmdesk.errors import InputError
from cmdesk.i18n import translate
from cmdesk.store import Store
from cmdesk.store.values import ValueChange
from cmdesk.validation import (
    Cell,
    Finding,
    by_severity,
    check_national,
    check_values,
    errors_caused_by,
)
from cmdesk.years import entered_late

NATIONAL_VIEW = None  # the `source` of the read-only national view


class GridRow(NamedTuple):
    kind: str  # "group", "item" or "computed"
    code: str  # group code or item code
    label: str
    unit: str = ""
    parts: tuple[str, ...] = ()  # the parts this item allows (items only)
    sum_of: tuple[str, ...] = ()  # computed rows only
    retired: bool = False  # items only: see grid_rows

    @property
    def editable(self) -> bool:
        return self.kind == "item"


def grid_rows(catalog: Catalog, page: str, keep: Collection[str] = ()) -> list[GridRow]:
    """The rows of an entry page ("services" or "devices"), in catalog order. A
    retired item has a row only when its code is in `keep` (the items the years
    shown have values for), so that retiring one never hides stored values."""
    rows = []
    for group in catalog.groups_on_page(page):
        rows.append(GridRow("group", group.code, group.label))
        for item in catalog.items_in_group(group.code):
            if item.retired and item.code not in keep:
                continue
            rows.append(GridRow("item", item.code, item.label, catalog.units[item.unit], item.parts,
                                retired=item.retired))
        for total in (c for c in catalog.computed if c.group == group.code):
            rows.append(GridRow("computed", total.code, total.label, catalog.units[total.unit],
                                sum_of=total.sum_of))
    return rows


def grid_parts(catalog: Catalog, page: str) -> list[str]:
    """The part columns a page needs: every part one of its items allows."""
    used = {part for row in grid_rows(catalog, page) for part in row.parts}
    return [part for part in catalog.parts if part in used]


class GridData(NamedTuple):
    """What an entry grid shows for one year and one source (or the national view).
    (A NamedTuple, not a dataclass: Overview's key figures import this module at
    start-up for `national_values`, and start-up imports no `dataclasses`.)"""

    year: int
    source: str | None
    values: dict[Cell, int]
    comments: dict[Cell, str]
    previous: dict[Cell, int]
    # National view only: {cell: how its national figure was made}.
    how: dict[Cell, NationalFigure]
    findings: list[Finding]
    # A source only: {cell: the day it was entered} of the values entered late
    # (cmdesk/years.py: after the end of the year in which `year` was reported).
    late: dict[Cell, str]
    # {cell: qualifier} of the values stated "more than", "about" or "at least"
    # (cmdesk.numbers); exact values are left out.
    qualifiers: dict[Cell, str]

    def items_with_values(self) -> set[str]:
        """The items this year or the previous one has a value for (see grid_rows)."""
        return {item for item, _ in self.values} | {item for item, _ in self.previous}

    def computed(self, row: GridRow, values: dict[Cell, int] | None = None) -> int | None:
        """A computed row's total: the sum of its items' totals (None if none entered)."""
        values = self.values if values is None else values
        present = [values[(code, TOTAL)] for code in row.sum_of if (code, TOTAL) in values]
        return sum(present) if present else None


def source_view(catalog: Catalog, by_source: dict[Cell, dict[str, tuple[int, str]]],
                source: str | None):
    """(values, comments, how) of `source` (NATIONAL_VIEW: the national view) from
    the per-source values the store gives (`AggregateValues.by_source`). For the
    national view, `how` is {cell: NationalFigure}: the catalog's one definition of a
    national figure (cmdesk/catalog/compilation.py) and how each was made."""
    values: dict[Cell, int] = {}
    comments: dict[Cell, str] = {}
    if source is not NATIONAL_VIEW:
        for cell, per_source in by_source.items():
            if source in per_source:
                values[cell], comment = per_source[source]
                if comment:
                    comments[cell] = comment
        return values, comments, {}
    how = catalog.national_figures(
        {cell: {code: value for code, (value, _) in per_source.items()}
         for cell, per_source in by_source.items()})
    return {cell: figure.value for cell, figure in how.items()}, comments, how


def national_figures(store: Store, catalog: Catalog, year: int) -> dict[Cell, NationalFigure]:
    """The year's national figures, each with how it was made (`source_view`'s `how`).
    Computed once while the data are unchanged (`Store.remembered`), so that the
    parts of one screen that quote them (Overview's key figures, the review, the
    documents' figures) share one computation. Shared: do not change the result."""
    def compute() -> tuple[Catalog, dict[Cell, NationalFigure]]:
        return catalog, source_view(catalog, store.values.by_source(year), NATIONAL_VIEW)[2]

    # Keyed by the catalog's identity (a Catalog is not hashable); kept with it, so that
    # another catalog given the id of a freed one is never handed its figures.
    kept, how = store.remembered(("national_figures", year, id(catalog)), compute)
    return how if kept is catalog else compute()[1]


def national_values(store: Store, catalog: Catalog, year: int) -> dict[Cell, int]:
    """The year's national figures {(item, part): value}, by the catalog's rules."""
    return {cell: figure.value for cell, figure in national_figures(store, catalog, year).items()}


def national_qualifiers(qualifiers: dict[Cell, dict[str, str]],
                        how: dict[Cell, NationalFigure]) -> dict[Cell, str]:
    """The qualifier of each national figure, from the per-source ones
    (`AggregateValues.qualifiers`) and how each figure was made (`source_view`): the
    qualifier of its one source (the national entry, the authoritative source, or a
    sum of one); a sum over several sources is not qualified (it would be another
    statement)."""
    result = {}
    for cell, per_source in qualifiers.items():
        figure = how.get(cell)
        if figure is None or len(figure.added) != 1:
            continue
        qualifier = per_source.get(figure.added[0][0])
        if qualifier:
            result[cell] = qualifier
    return result


def load_grid(store: Store, catalog: Catalog, year: int, source: str | None) -> GridData:
    """The grid's data: `source`'s values for `year` (NATIONAL_VIEW for the national
    view), the same for the previous year, and the findings of every value rule (the
    change from the previous year only for a source: its comments explain changes;
    in the national view, the sources not added to a national figure)."""
    values, comments, how = source_view(catalog, store.values.by_source(year), source)
    previous, _, _ = source_view(catalog, store.values.by_source(year - 1), source)
    qualified = store.values.qualifiers(year)
    if source is NATIONAL_VIEW:
        qualifiers = national_qualifiers(qualified, how)
    else:
        qualifiers = {cell: per[source] for cell, per in qualified.items() if source in per}
    findings = check_values(catalog, values, None if source is NATIONAL_VIEW else previous, comments,
                            qualifiers)
    late: dict[Cell, str] = {}
    if source is NATIONAL_VIEW:
        findings = by_severity(findings + check_national(catalog, how))
    else:
        for cell, at in store.values.entered_on(year, source).items():
            day = dt.datetime.fromisoformat(at).astimezone().date()
            if entered_late(year, day):
                late[cell] = day.isoformat()
    return GridData(year, source, values, comments, previous, how, findings, late, qualifiers)


class Edit(NamedTuple):
    item: str
    part: str
    value: int | None  # None clears the cell
    comment: str | None = None  # None keeps the comment
    qualifier: str | None = None  # "more_than", "about", "at_least", "" exact; None keeps it


class EditResult(NamedTuple):
    """What `apply_edits` did, and the edits that undo it (the values and comments
    the cells had before), so that no caller reads the store to build an undo."""

    changes: list[ValueChange]
    undo: list[Edit]


def apply_edits(
    store: Store, catalog: Catalog, year: int, source: str, edits: list[Edit]
) -> EditResult:
    """Write `edits` to `source`'s values for `year` in one transaction, after
    checking them: an edit that would add an error is refused (InputError with the
    rule's messages) and nothing is written. Returns what changed and its inverse."""
    if source is NATIONAL_VIEW:
        raise InputError(translate(
            "Entry", "The national view is compiled from the sources and cannot be edited. "
            "Choose a reporting source (or 'National total') to enter figures."))
    store.years.require_editable(year)  # before the rules: a frozen year's reason comes first
    stored = {cell: per_source[source] for cell, per_source in store.values.by_source(year).items()
              if source in per_source}
    qualified = store.values.qualifiers(year)  # to undo: the qualifiers the edits replace
    before = {cell: value for cell, (value, _) in stored.items()}
    after = dict(before)
    for edit in edits:
        if edit.value is None:
            after.pop((edit.item, edit.part), None)
            if edit.comment:
                raise InputError(translate(
                    "Entry", "{item}: a comment belongs to a value; enter the value first.")
                    .format(item=catalog.item(edit.item).label))
        else:
            after[(edit.item, edit.part)] = edit.value
    errors = errors_caused_by(catalog, before, after)
    if errors:
        raise InputError("\n".join(finding.message for finding in errors))
    changes = store.values.set_many(
        (year, source, edit.item, edit.part, edit.value, edit.comment, edit.qualifier)
        for edit in edits
    )
    cells = dict.fromkeys((edit.item, edit.part) for edit in edits)
    undo = [Edit(item, part, *stored[(item, part)], qualified.get((item, part), {}).get(source, ""))
            if (item, part) in stored else Edit(item, part, None) for item, part in cells]
    return EditResult(changes, undo)
