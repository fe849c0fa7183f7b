"""A year's figures as the documents and the narrative drafts use them, read once from
the store: the national view of the aggregate values (the same figure the entry grid
and the overview show), the casualty register's counts (never its records), and the
funding lines with their totals.

Each figure also has a stable key ("value:dev.repair/total", "casualties:killed",
"funding:national", ...): a narrative remembers the keys and values it was drafted
from, and `YearFigures.get` gives today's value of a key to compare.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import Callable, NamedTuple

from cmdesk.casualties.codes import code_labels
from cmdesk.casualty_summary import summarise
from cmdesk.catalog import TOTAL, Catalog, ComputedItem
from cmdesk.catalog.compilation import NATIONAL_SOURCE
from cmdesk.entry import national_figures, national_qualifiers
from cmdesk.errors import CMDeskError
from cmdesk.funding import FundingTotals, totals
from cmdesk.i18n import translate
from cmdesk.numbers import format_qualified
from cmdesk.store import Store
from cmdesk.validation import Cell

CASUALTY_OUTCOMES = ("killed", "injured", "lost_limb")
CASUALTY_PERSONS = ("men", "women", "boys", "girls", "unknown")


def casualty_labels() -> dict[str, str]:
    """Labels of the casualty categories the documents print (codes as stored): the
    published groups, then the register's own labels of device types and statuses."""
    return {
        "total": translate("Reports", "Casualties"),
        "killed": translate("Reports", "Killed"),
        "injured": translate("Reports", "Injured"),
        "lost_limb": translate("Reports", "Lost limbs"),
        "men": translate("Reports", "Men"),
        "women": translate("Reports", "Women"),
        "boys": translate("Reports", "Boys"),
        "girls": translate("Reports", "Girls"),
        "unknown": translate("Reports", "Unknown"),
        **{code: label for code, label in code_labels("device_type").items() if code != "unknown"},
        **{code: label for code, label in code_labels("status").items() if code != "unknown"},
    }


def casualty_label(code: str) -> str:
    return casualty_labels().get(code, code.replace("_", " ").capitalize())


class Casualties(NamedTuple):
    """One year's casualty counts: `outcome`, `person`, `device_type`, `status`
    ({category: count}, see `CasualtyRegister.breakdown`)."""

    year: int  # with `first_year`: the last year of the span
    outcome: dict[str, int]
    person: dict[str, int]
    device_type: dict[str, int]
    status: dict[str, int]
    first_year: int | None = None  # given for the totals since records began

    @property
    def total(self) -> int:
        return sum(self.outcome.values())

    @property
    def recorded(self) -> bool:
        """Whether the register holds any record for the year (or span). A year
        without records is "not recorded", never "no casualties"."""
        return self.total > 0


@dataclass
class YearFigures:
    year: int
    values: dict[Cell, int]  # national view: {(item, part): value}
    comments: dict[Cell, str]
    casualties: Casualties
    previous_casualties: Casualties
    funding_lines: list[dict]
    funding: FundingTotals
    computed: dict[str, int] = field(default_factory=dict)  # computed item -> sum
    # {cell: qualifier} of the national figures stated "more than", "about" or "at
    # least" (cmdesk.numbers); exact figures are left out.
    qualifiers: dict[Cell, str] = field(default_factory=dict)
    # Reads the totals since records began (below) when they are first asked for.
    read_since_records_began: Callable[[], Casualties | None] | None = field(
        default=None, repr=False, compare=False)

    @cached_property
    def since_records_began(self) -> Casualties | None:
        """Every record from the register's first year to `year` (domain.md 2.3: the
        reports quote the cumulative totals); None when the register holds nothing up
        to `year`. Read when first asked: it scans the whole register (~0.1 s at 130,000
        records), which only the documents print, not the year's review."""
        return self.read_since_records_began() if self.read_since_records_began else None

    def value(self, item: str, part: str = TOTAL) -> int | None:
        return self.values.get((item, part))

    def qualifier(self, item: str, part: str = TOTAL) -> str:
        return self.qualifiers.get((item, part), "")

    def stated(self, item: str, part: str = TOTAL) -> str:
        """The figure as the documents print it: "over 2,800", "26,280"; "" if none."""
        return format_qualified(self.value(item, part), self.qualifier(item, part))

    def summed(self, codes: tuple[str, ...]) -> int | None:
        present = [self.values[(c, TOTAL)] for c in codes if (c, TOTAL) in self.values]
        return sum(present) if present else None

    def keyed(self) -> dict[str, int | float]:
        """Every figure under its key (see the module's docstring)."""
        result: dict[str, int | float] = {
            f"value:{item}/{part}": value for (item, part), value in self.values.items()}
        result.update({f"computed:{code}": value for code, value in self.computed.items()})
        result["casualties:total"] = self.casualties.total
        for group in (self.casualties.outcome, self.casualties.person):
            result.update({f"casualties:{code}": count for code, count in group.items()})
        result["funding:national"] = self.funding.national
        result["funding:international"] = self.funding.international
        result["funding:earmarked"] = self.funding.earmarked
        result["funding:total"] = self.funding.total
        return result

    @cached_property
    def _keyed(self) -> dict[str, int | float]:
        # Built once (the figures are complete when `year_figures` returns them): the
        # year's review looks up each key its narratives state, ~120 on the demo.
        return self.keyed()

    def get(self, key: str) -> int | float | None:
        """Today's value of a figure key; None when there is none. A casualty or
        funding figure with no record is 0."""
        found = self._keyed.get(key)
        if found is None and key.startswith(("casualties:", "funding:")):
            return 0
        return found


def _casualties(store: Store, year: int, *, since: int | None = None) -> Casualties:
    """The register's summary (cmdesk.casualty_summary) in the groups the published
    texts use: killed, injured without amputation and lost limbs as three disjoint
    groups; categories with no casualty left out. `since` (the register's first
    year): every year from it up to `year`."""
    found = summarise(store, through=year) if since is not None else summarise(store, year)
    outcome = {"killed": found.killed, "injured": found.injured_without_amputation,
               "lost_limb": found.amputations}
    person = {"men": found.men, "women": found.women, "boys": found.boys, "girls": found.girls,
              "unknown": found.sex_age_unknown}
    return Casualties(year, {k: n for k, n in outcome.items() if n}, {k: n for k, n in person.items() if n},
                      {k: n for k, n in found.device_type.items() if n},
                      {k: n for k, n in found.status.items() if n}, since)


def _since_records_began(store: Store, year: int) -> Casualties | None:
    first = store.casualties.first_year()
    if first is None or first > year:
        return None
    return _casualties(store, year, since=first)


def year_figures(store: Store, catalog: Catalog, year: int) -> YearFigures:
    """Everything the documents and drafts of `year` print, read from the store."""
    lines = store.funding.for_year(year)
    by_source = store.values.by_source(year)
    how = national_figures(store, catalog, year)
    # The national view sums the sources and has no comments of its own: the notes
    # printed are those entered with the national figures.
    comments = {cell: comment for cell, per_source in by_source.items()
                for source, (_, comment) in per_source.items()
                if source == NATIONAL_SOURCE and comment}
    figures = YearFigures(
        year=year,
        values={cell: figure.value for cell, figure in how.items()},
        comments=comments,
        casualties=_casualties(store, year),
        previous_casualties=_casualties(store, year - 1),
        read_since_records_began=lambda: _since_records_began(store, year),
        funding_lines=lines,
        funding=totals(line for line in lines if line["amount_usd"] is not None),
        qualifiers=national_qualifiers(store.values.qualifiers(year), how),
    )
    for computed in catalog.computed:
        total = figures.summed(computed.sum_of)
        if total is not None:
            figures.computed[computed.code] = total
    return figures


def computed_label(computed: ComputedItem) -> str:
    """A group total's label without the entry grid's " (computed)" marker."""
    return computed.label.replace(" (computed)", "")


def figure_label(key: str, catalog: Catalog) -> str:
    """A figure key (see the module's docstring) as the staff know it: the item's label
    (and part), the group total's, the casualty category's, the funding figure's; the
    key itself when the catalog no longer knows what it names."""
    kind, _, rest = key.partition(":")
    try:
        if kind == "value":
            code, _, part = rest.partition("/")
            label = catalog.item(code).label
            if part and part != TOTAL:
                label = translate("Figures", "{item}, of which {part}").format(
                    item=label, part=catalog.parts.get(part, part))
            return label
        if kind == "computed":
            found = next((c for c in catalog.computed if c.code == rest), None)
            return computed_label(found) if found else rest
        if kind == "casualties":
            return translate("Figures", "Casualties: {category}").format(category=casualty_label(rest))
        if kind == "funding":
            return {"national": translate("Figures", "National budget (US$)"),
                    "international": translate("Figures", "International funding (US$)"),
                    "earmarked": translate("Figures", "Earmarked funds (US$)"),
                    "total": translate("Figures", "Total funding (US$)")}.get(rest, key)
    except (KeyError, CMDeskError):
        pass
    return key
