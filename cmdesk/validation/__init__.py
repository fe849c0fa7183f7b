"""Checks over a year's values, from the rules kept in the catalog (rules.toml).

One engine evaluates every rule over a set of values (one source's values for one
year, or the national view) and returns findings: severity, the rule, a message with
the numbers involved, and the cells (item, part) a user can jump to.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Mapping

from cmdesk.catalog import TOTAL, Catalog, Rule

Cell = tuple[str, str]  # (item code, part)


@dataclass(frozen=True)
class Finding:
    severity: str  # "error", "warning" or "question"
    rule: str  # the rule's code
    description: str  # the rule in words
    message: str  # what was found, with the numbers
    cells: tuple[Cell, ...]  # the cells involved, the first being the one to fix
    values: tuple[int, ...]
    # Year checks only: the reporting source whose values the finding is about (None:
    # the national view), and the casualty records involved (their ids).
    source: str | None = None
    records: tuple[str, ...] = ()

    @property
    def items(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(item for item, _ in self.cells))


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


def _item_within(rule: Rule, catalog: Catalog, values: Mapping[Cell, int]) -> Iterable[Finding]:
    item, within = catalog.item(rule.param("item")), catalog.item(rule.param("within"))
    value, limit = values.get((item.code, TOTAL)), values.get((within.code, TOTAL))
    if value is not None and limit is not None and value > limit:
        yield Finding(
            rule.severity, rule.code, rule.description,
            rule.message.format(item_label=item.label, item_value=value,
                                within_label=within.label, within_value=limit),
            ((item.code, TOTAL), (within.code, TOTAL)), (value, limit),
        )


def _stated_total(rule: Rule, catalog: Catalog, values: Mapping[Cell, int]) -> Iterable[Finding]:
    for item in catalog.items:
        if not item.is_stated_total:
            continue
        stated = values.get((item.code, TOTAL))
        present = [values[(c, TOTAL)] for c in item.components if (c, TOTAL) in values]
        if stated is None or not present:
            continue
        summed = sum(present)
        if stated != summed:
            yield Finding(
                rule.severity, rule.code, rule.description,
                rule.message.format(item_label=item.label, stated=stated, summed=summed,
                                    difference=stated - summed),
                ((item.code, TOTAL),) + tuple((c, TOTAL) for c in item.components),
                (stated, summed),
            )


_ENGINES = {"part_within": _part_within, "item_within": _item_within, "stated_total": _stated_total}

SEVERITY_ORDER = {"error": 0, "warning": 1, "question": 2}


def check_values(catalog: Catalog, values: Mapping[Cell, int]) -> list[Finding]:
    """Every finding of every catalog rule over `values` ({(item, part): value}),
    errors first."""
    findings = [
        finding
        for rule in catalog.rules
        for finding in _ENGINES[rule.kind](rule, catalog, values)
    ]
    return sorted(findings, key=lambda f: SEVERITY_ORDER[f.severity])


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
