"""Checks over a year's data, from the rules kept in the catalog (rules.toml).

One engine evaluates the catalog's rules and returns findings: severity, the rule, a
message with the numbers involved, and what a user can jump to (the cells (item,
part) of a source's values, the casualty records, the narratives).

- `check_values`: the value rules over one set of values (one source's values for
  one year, or the national view), with the previous year's for the change rule;
  what the entry grid shows as staff type.
- `check_records`: the casualty-record rules over some records.
- the year's review (every rule over a whole year from the store, with the
  acknowledgements staff gave) is a use case: `cmdesk.review`.
"""

from __future__ import annotations

from typing import Callable, Iterable, Mapping, NamedTuple

from cmdesk.catalog import TOTAL, Catalog, Item, Rule, value_cell
from cmdesk.catalog.compilation import NationalFigure
from cmdesk.catalog.expressions import Expression, format_message
from cmdesk.i18n import translate

Cell = tuple[str, str]  # (item code, part)


class Finding(NamedTuple):
    severity: str  # "error", "warning" or "question"
    rule: str  # the rule's code
    description: str  # the rule in words
    message: str  # what was found, with the numbers
    cells: tuple[Cell, ...]  # the cells involved, the first being the one to fix
    values: tuple[object, ...]  # the figures involved, as the message gives them
    # Year checks: the reporting source whose values the finding is about (None: the
    # national view), the casualty records involved and the narratives (indicators).
    source: str | None = None
    records: tuple[str, ...] = ()
    indicators: tuple[str, ...] = ()

    @property
    def items(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(item for item, _ in self.cells))

    @property
    def key(self) -> str:
        """What an acknowledgement is given to, short enough to type: a digest of the
        rule, where (source, cells, records, narratives) and the figures. A change
        to the figures makes a new finding, to be looked at again."""
        import hashlib  # only when findings are reviewed: keeps `import cmdesk` light

        where = ";".join([*(f"{item}/{part}" for item, part in self.cells),
                          *self.records, *self.indicators])
        figures = ";".join(str(value) for value in self.values)
        identity = f"{self.rule}|{self.source or '*'}|{where}|{figures}"
        return hashlib.sha1(identity.encode("utf-8")).hexdigest()[:12]


def _part_label(catalog: Catalog, part: str) -> str:
    return "total" if part == TOTAL else catalog.parts[part].lower()


def _part_within(rule: Rule, catalog: Catalog, values: Mapping[Cell, int]) -> Iterable[Finding]:
    wanted, within = rule.param("part"), rule.param("within")
    for item in catalog.items:
        if within != TOTAL and within not in item.parts:
            continue
        limit = values.get((item.code, within))
        if limit is None:
            continue
        parts = item.parts if wanted == "*" else (wanted,) if wanted in item.parts else ()
        for part in parts:
            value = values.get((item.code, part))
            if value is not None and part != within and value > limit:
                yield Finding(
                    rule.severity, rule.code, rule.description,
                    rule.message.format(
                        item=item.code, item_label=item.label,
                        part_label=_part_label(catalog, part), part_value=value,
                        within_label=_part_label(catalog, within), within_value=limit,
                    ),
                    ((item.code, part), (item.code, within)), (value, limit),
                )


def _named_cell(name: str, items: dict[str, Item]) -> Cell:
    cell = value_cell(name, items)
    assert cell is not None, name  # the catalog checked each name of its rules when it loaded
    return cell


def _expression(rule: Rule, catalog: Catalog, values: Mapping[Cell, int]) -> Iterable[Finding]:
    expression = parsed_when(rule)
    items = {item.code: item for item in catalog.items}
    cells = {name: _named_cell(name, items) for name in expression.names}
    named = {name: values.get(cell) for name, cell in cells.items()}
    if expression.evaluate(named):
        yield Finding(
            rule.severity, rule.code, rule.description, format_message(rule.message, named),
            tuple(cells.values()), tuple(named.values()),
        )


_PARSED_WHEN: dict[str, Expression] = {}


def parsed_when(rule: Rule) -> Expression:
    """The rule's `when`, parsed once (the catalog checked it when it was loaded)."""
    text = str(rule.param("when"))
    if text not in _PARSED_WHEN:
        _PARSED_WHEN[text] = Expression(text)
    return _PARSED_WHEN[text]


def _stated_total(rule: Rule, catalog: Catalog, values: Mapping[Cell, int],
                  qualifiers: Mapping[Cell, str] | None = None) -> Iterable[Finding]:
    """A stated total against the sum of its components. A total stated as "more
    than" or "at least" (cmdesk.numbers) is a floor: components summing above it
    agree with it (the published "over 2,800" against parts of 2,822)."""
    from cmdesk.numbers import AT_LEAST, MORE_THAN

    qualifiers = qualifiers or {}
    for item in catalog.items:
        if not item.is_stated_total:
            continue
        stated = values.get((item.code, TOTAL))
        present = [values[(c, TOTAL)] for c in item.components if (c, TOTAL) in values]
        if stated is None or not present:
            continue
        summed = sum(present)
        qualifier = qualifiers.get((item.code, TOTAL), "")
        if qualifier in (MORE_THAN, AT_LEAST) and summed >= stated:
            continue
        if stated != summed:
            yield Finding(
                rule.severity, rule.code, rule.description,
                rule.message.format(item_label=item.label, stated=stated, summed=summed,
                                    difference=stated - summed),
                ((item.code, TOTAL),) + tuple((c, TOTAL) for c in item.components),
                (stated, summed),
            )


def _change(value: int, previous: int) -> str:
    if previous == 0:
        return translate("Checks", "none the year before")
    return f"{(value - previous) / previous:+.0%}"


def _change_from_previous(rule: Rule, catalog: Catalog, values: Mapping[Cell, int],
                          previous: Mapping[Cell, int], comments: Mapping[Cell, str]
                          ) -> Iterable[Finding]:
    ratios = dict(rule.param("per_item") or ())
    minimum = int(rule.param("minimum"))
    labels = {item.code: item.label for item in catalog.items}
    for cell, value in values.items():
        before = previous.get(cell)
        if before is None or max(value, before) < minimum or comments.get(cell, "").strip():
            continue
        ratio = float(ratios.get(cell[0], rule.param("ratio")))
        if abs(value - before) > ratio * before:
            item, part = cell
            yield Finding(
                rule.severity, rule.code, rule.description,
                format_message(rule.message, {
                    "item_label": labels.get(item, item), "part_label": _part_label(catalog, part),
                    "value": value, "previous": before, "change": _change(value, before)}),
                (cell,), (value, before),
            )


def _same_value(rule: Rule, catalog: Catalog, values: Mapping[Cell, int]) -> Iterable[Finding]:
    minimum = int(rule.param("minimum"))
    labels = {item.code: item.label for item in catalog.items}
    units = {item.code: item.unit for item in catalog.items}
    # Only items counted in the same unit are compared: 1,058 repairs (devices) and
    # 1,058 persons trained are no copy of each other.
    by_value: dict[tuple[int, str], list[Cell]] = {}
    for cell, value in values.items():
        if value > minimum:
            by_value.setdefault((value, units.get(cell[0], "")), []).append(cell)
    order = {item.code: n for n, item in enumerate(catalog.items)}
    for (value, _), cells in sorted(by_value.items()):
        # One cell per item (its total before its parts), items in catalog order.
        cells.sort(key=lambda cell: (order.get(cell[0], len(order)), cell[1] != TOTAL, cell[1]))
        first_per_item: list[Cell] = []
        for cell in cells:
            if all(cell[0] != kept[0] for kept in first_per_item):
                first_per_item.append(cell)
        if len(first_per_item) < 2:
            continue
        yield Finding(
            rule.severity, rule.code, rule.description,
            format_message(rule.message, {
                "value": value, "count": len(first_per_item),
                "labels": "; ".join(labels.get(item, item) for item, _ in first_per_item)}),
            tuple(first_per_item), (value,),
        )


def check_national(catalog: Catalog, how: Mapping[Cell, NationalFigure]) -> list[Finding]:
    """The findings of the catalog's `national_compilation` rules over the national
    figures of a year and how they were made (`Catalog.national_figures`): one per
    item whose figure leaves out a source's value (its total, else its first part),
    naming the sources not added and why."""
    findings: list[Finding] = []
    names = {source.code: source.name for source in catalog.sources}
    order = {item.code: n for n, item in enumerate(catalog.items)}
    for rule in (r for r in catalog.rules if r.kind == "national_compilation"):
        seen: set[str] = set()
        cells = sorted((cell for cell, figure in how.items() if figure.not_added),
                       key=lambda cell: (order.get(cell[0], len(order)), cell[1] != TOTAL, cell[1]))
        for cell in cells:
            if cell[0] in seen:
                continue
            seen.add(cell[0])
            figure = how[cell]
            label = catalog.item(cell[0]).label if catalog.has_item(cell[0]) else cell[0]
            findings.append(Finding(
                rule.severity, rule.code, rule.description,
                format_message(rule.message, {
                    "item_label": label, "part_label": _part_label(catalog, cell[1]),
                    "value": figure.value,
                    "added": "; ".join(f"{names.get(code, code)} {value:,}" for code, value in figure.added),
                    "not_added": "; ".join(f"{names.get(n.source, n.source)} {n.value:,}"
                                           for n in figure.not_added),
                    "reason": "; ".join(dict.fromkeys(n.reason for n in figure.not_added))}),
                (cell,), (figure.value, *(n.value for n in figure.not_added))))
    return findings


ValueEngine = Callable[[Rule, Catalog, Mapping[Cell, int]], Iterable[Finding]]
_VALUE_ENGINES: dict[str, ValueEngine] = {
    "part_within": _part_within,
    "expression": _expression,
    "stated_total": _stated_total,
    "same_value": _same_value,
}
VALUE_KINDS = (*_VALUE_ENGINES, "change_from_previous")

SEVERITY_ORDER = {"error": 0, "warning": 1, "question": 2}


def by_severity(findings: Iterable[Finding]) -> list[Finding]:
    """Errors first, then warnings, then questions (stable within each)."""
    return sorted(findings, key=lambda f: SEVERITY_ORDER[f.severity])


def check_values(catalog: Catalog, values: Mapping[Cell, int],
                 previous: Mapping[Cell, int] | None = None,
                 comments: Mapping[Cell, str] | None = None,
                 qualifiers: Mapping[Cell, str] | None = None) -> list[Finding]:
    """Every finding of the catalog's value rules over `values` ({(item, part):
    value}), errors first. The change-from-previous-year rule runs only when the
    previous year's values of the same source are given (`previous`); a value with
    a comment in `comments` is taken as explained; `qualifiers` ({cell: qualifier})
    says which values are stated "more than", "about" or "at least"."""
    findings: list[Finding] = []
    for rule in catalog.rules:
        if rule.kind == "stated_total":
            findings.extend(_stated_total(rule, catalog, values, qualifiers))
        elif rule.kind in _VALUE_ENGINES:
            findings.extend(_VALUE_ENGINES[rule.kind](rule, catalog, values))
        elif rule.kind == "change_from_previous" and previous is not None:
            findings.extend(_change_from_previous(rule, catalog, values, previous, comments or {}))
    return by_severity(findings)


def errors_caused_by(
    catalog: Catalog, before: Mapping[Cell, int], after: Mapping[Cell, int]
) -> list[Finding]:
    """The errors in `after` that were not already in `before`: what a change would
    break, and so the reason to refuse it. Errors already present stay visible as
    findings but do not block unrelated edits."""
    known = {(f.rule, f.cells) for f in check_values(catalog, before) if f.severity == "error"}
    return [
        f for f in check_values(catalog, after)
        if f.severity == "error" and (f.rule, f.cells) not in known
    ]
