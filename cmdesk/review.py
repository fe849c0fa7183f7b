"""The year's review: every rule of the catalog over one reporting year, from the store.

- value rules over each reporting source's values (with the same source's previous
  year for the change rule) and over the national view;
- record rules over the casualty records counted in the year, and the register's
  possible duplicates;
- the casualty figures the year's narratives state, against the register, and the
  other figures they state, against today's data (a stale narrative is an error:
  the text would contradict the tables);
- a year with nothing entered (it cannot pass as "every check passed").

A finding can be acknowledged with a reason (kept in the audit log); an acknowledged
error no longer blocks the year's export or submission (`unacknowledged_errors`).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Callable, Iterable, NamedTuple

from cmdesk.catalog import Catalog, Rule
from cmdesk.catalog.expressions import format_message
from cmdesk.entry import national_figures, national_qualifiers
from cmdesk.errors import InputError
from cmdesk.figures import casualty_label
from cmdesk.i18n import translate
from cmdesk.narratives import out_of_date, states_casualty_figures
from cmdesk.store.casualties import CasualtyFilter
from cmdesk.validation import Cell, Finding, by_severity, check_national, check_values
from cmdesk.validation.records import check_records, record_label

if TYPE_CHECKING:
    from cmdesk.store import Store


class Acknowledgement(NamedTuple):
    reason: str
    who: str
    at: str  # UTC, ISO 8601


class YearReview(NamedTuple):
    """The findings of one year, errors first, and the acknowledgements given."""

    year: int
    findings: list[Finding]
    acknowledgements: dict[str, Acknowledgement]

    def acknowledgement(self, finding: Finding) -> Acknowledgement | None:
        return self.acknowledgements.get(finding.key)

    @property
    def blocking(self) -> list[Finding]:
        """The errors nobody has acknowledged: what blocks export and submission."""
        return [f for f in self.findings
                if f.severity == "error" and f.key not in self.acknowledgements]

    def counts(self) -> dict[str, int]:
        """{severity: findings not acknowledged}, every severity present."""
        counts = {"error": 0, "warning": 0, "question": 0}
        for finding in self.findings:
            if finding.key not in self.acknowledgements:
                counts[finding.severity] += 1
        return counts


def _duplicates(rule: Rule, store: "Store", catalog: Catalog, year: int) -> Iterable[Finding]:
    provinces = {p.code: p.name for p in catalog.provinces}
    for group in store.casualties.duplicate_groups(year):
        first = group[0]
        yield Finding(
            rule.severity, rule.code, rule.description,
            format_message(rule.message, {
                "count": len(group), "date": first["incident_date"],
                "province": provinces.get(first["province_code"],
                                          translate("Checks", "an unknown province")),
                "records": ", ".join(record_label(record) for record in group)}),
            (), (len(group),), records=tuple(record["id"] for record in group))


def _register_figures(rule: Rule, store: "Store", catalog: Catalog, year: int) -> Iterable[Finding]:
    # Today's figures are read only when a narrative of the year states casualty
    # figures; reading them costs more than every other check of a year.
    if not states_casualty_figures(store, year):
        return
    for indicator, changes in out_of_date(store, catalog, year).items():
        for change in changes:
            if not change.key.startswith("casualties:"):
                continue
            register = change.now or 0
            yield Finding(
                rule.severity, rule.code, rule.description,
                format_message(rule.message, {
                    "indicator": indicator, "figure": casualty_label(change.key.split(":", 1)[1]),
                    "stated": change.stated, "register": register}),
                (), (change.stated, register), indicators=(indicator,))


def _figure_label(key: str, catalog: Catalog) -> str:
    """A figure key ("value:dev.repair/total", "computed:dev.prosthesis",
    "funding:national") in words."""
    from cmdesk.figures import casualty_label

    kind, _, rest = key.partition(":")
    if kind == "value":
        item, _, part = rest.partition("/")
        label = catalog.item(item).label if catalog.has_item(item) else item
        return label if part == "total" else f"{label} ({catalog.parts.get(part, part).lower()})"
    if kind == "computed":
        found = next((c for c in catalog.computed if c.code == rest), None)
        return found.label.replace(" (computed)", "") if found else rest
    if kind == "funding":
        return translate("Checks", "funding ({what})").format(what=rest)
    return casualty_label(rest)


def _narrative_figures(rule: Rule, store: "Store", catalog: Catalog, year: int) -> Iterable[Finding]:
    from cmdesk.narratives import out_of_date
    from cmdesk.numbers import format_count

    def shown(value) -> str:
        if value is None:
            return translate("Checks", "nothing")
        return format_count(int(value)) if float(value).is_integer() else f"{value:,.2f}"

    for indicator, changes in out_of_date(store, catalog, year).items():
        for change in changes:
            if change.key.startswith("casualties:"):
                continue  # the register_figures rule says these, naming the register
            yield Finding(
                rule.severity, rule.code, rule.description,
                format_message(rule.message, {
                    "indicator": indicator, "figure": _figure_label(change.key, catalog),
                    "stated": shown(change.stated), "now": shown(change.now)}),
                (), (_figure_label(change.key, catalog), change.stated, change.now),
                indicators=(indicator,))


def _year_empty(rule: Rule, store: "Store", catalog: Catalog, year: int) -> Iterable[Finding]:
    from cmdesk.store.casualties import CasualtyFilter

    if (store.values.for_year(year) or store.funding.for_year(year)
            or store.casualties.count(CasualtyFilter(year=year))
            or any(row["narrative"].strip() or row["state_answer"].strip()
                   for row in store.narratives.for_year(year))):
        return
    yield Finding(rule.severity, rule.code, rule.description,
                  format_message(rule.message, {"year": year}), (), ())


def _funding_change(rule: Rule, store: "Store", catalog: Catalog, year: int) -> Iterable[Finding]:
    """The year's funding in US$ against the previous year's: a move by more than
    `ratio` times either way (a rate typed the other way round, an amount in the wrong
    currency) is a finding. Years without funding lines are not compared."""
    from cmdesk.funding import format_money, totals

    this, before = (totals(line for line in store.funding.for_year(y) if line["amount_usd"] is not None)
                    for y in (year, year - 1))
    if not this.lines or not before.lines or not this.total or not before.total:
        return
    ratio = float(rule.param("ratio"))
    times = this.total / before.total
    if 1 / ratio <= times <= ratio:
        return
    yield Finding(rule.severity, rule.code, rule.description, format_message(rule.message, {
        "year": year, "previous_year": year - 1, "total": format_money(this.total),
        "previous": format_money(before.total),
        "change": (translate("Checks", "{times:,.0f} times as much as").format(times=times) if times > 1
                   else translate("Checks", "1/{times:,.0f} of").format(times=1 / times))}),
        (), (round(this.total, 2), round(before.total, 2)))


_STORE_ENGINES: dict[str, Callable[[Rule, "Store", Catalog, int], Iterable[Finding]]] = {
    "record_duplicates": _duplicates,
    "register_figures": _register_figures,
    "narrative_figures": _narrative_figures,
    "year_empty": _year_empty,
    "funding_change": _funding_change,
}


def _per_source(by_source: dict) -> tuple[dict[str, dict[Cell, int]], dict[str, dict[Cell, str]]]:
    """({source: values}, {source: comments}) from `AggregateValues.by_source`."""
    values: dict[str, dict[Cell, int]] = {}
    comments: dict[str, dict[Cell, str]] = {}
    for cell, per_source in by_source.items():
        for source, (value, comment) in per_source.items():
            values.setdefault(source, {})[cell] = value
            if comment:
                comments.setdefault(source, {})[cell] = comment
    return values, comments


def year_findings(store: "Store", catalog: Catalog, year: int,
                  today: dt.date | None = None) -> list[Finding]:
    """Every finding of the year's checks, errors first. Value rules run over each
    reporting source's values, then over the national view; a finding found in
    several is listed once, under the source (where it can be corrected)."""
    by_source = store.values.by_source(year)
    values, comments = _per_source(by_source)
    previous, _ = _per_source(store.values.by_source(year - 1))
    how = national_figures(store, catalog, year)
    national = {cell: figure.value for cell, figure in how.items()}
    qualified = store.values.qualifiers(year)
    found: dict[tuple, Finding] = {}
    for source in sorted(values):
        qualifiers = {cell: per[source] for cell, per in qualified.items() if source in per}
        for finding in check_values(catalog, values[source], previous.get(source, {}),
                                    comments.get(source, {}), qualifiers):
            found.setdefault((finding.rule, finding.message), finding._replace(source=source))
    for finding in check_values(catalog, national, qualifiers=national_qualifiers(qualified, how)) \
            + check_national(catalog, how):
        found.setdefault((finding.rule, finding.message), finding)
    findings = list(found.values())
    findings += check_records(catalog, store.casualties.query(CasualtyFilter(year=year)), year, today)
    for rule in catalog.rules:
        if rule.kind in _STORE_ENGINES:
            findings += _STORE_ENGINES[rule.kind](rule, store, catalog, year)
    return by_severity(findings)


def review_year(store: "Store", catalog: Catalog, year: int,
                today: dt.date | None = None) -> YearReview:
    """The year's findings with the acknowledgements given to them."""
    acknowledgements = {
        key: Acknowledgement(row["reason"], row["who"], row["at"])
        for key, row in store.acknowledgements.for_year(year).items()
    }
    return YearReview(year, year_findings(store, catalog, year, today), acknowledgements)


def unacknowledged_errors(store: "Store", catalog: Catalog, year: int) -> list[Finding]:
    """The errors of the year that nobody has acknowledged: what blocks a final export
    and the year's submission."""
    return review_year(store, catalog, year).blocking


def acknowledge(store: "Store", year: int, finding: Finding, reason: str) -> None:
    """Accept `finding` with `reason` (audit-logged); an acknowledged error no longer
    blocks the year."""
    store.acknowledgements.give(year, finding.key, finding.rule, finding.message, reason)


def withdraw_acknowledgement(store: "Store", year: int, finding: Finding) -> None:
    if not store.acknowledgements.withdraw(year, finding.key):
        raise InputError(translate("Checks", "This finding was not acknowledged."))


def find(review: YearReview, key: str) -> Finding:
    """The finding with `key` in `review` (InputError naming the key if none)."""
    for finding in review.findings:
        if finding.key == key:
            return finding
    raise InputError(translate(
        "Checks", "{year} has no finding '{key}' today: its figures may have changed. Run the "
        "checks again and use a key they print.").format(year=review.year, key=key))
