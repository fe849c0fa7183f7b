"""The register's summary for a year or for all years, as the reports quote it.

Cambodia's reports give killed, injured and lost limbs as three disjoint groups
("49 casualties, including 12 killed, 29 injured and 8 lost limbs": 37 survivors, 8
of whom lost limbs; domain.md 2.3). Here `injured` counts every survivor, as the
store's `counts` and the Overview do; `injured_without_amputation` is the report's
"29 injured" and `amputations` its "8 lost limbs" (amputations are counted among
the injured only). Men, women, boys and girls: a child is under 18, from the age
when it is known, else from the recorded age group; anyone whose sex or age group
is unknown is in `sex_age_unknown`.
"""

from __future__ import annotations

from types import MappingProxyType
from typing import TYPE_CHECKING, Mapping, NamedTuple

from cmdesk.casualties.codes import CODES

if TYPE_CHECKING:
    from cmdesk.store import Store

UNKNOWN_PROVINCE = "unknown"
"""The `province` key of records whose province is not recorded."""


class YearCounts(NamedTuple):
    year: int
    total: int
    killed: int
    injured: int
    amputations: int


class CasualtySummary(NamedTuple):
    year: int | None  # None: all years
    total: int = 0
    killed: int = 0
    injured: int = 0
    amputations: int = 0
    injured_without_amputation: int = 0
    men: int = 0
    women: int = 0
    boys: int = 0
    girls: int = 0
    sex_age_unknown: int = 0
    # The defaults are one shared empty mapping, read-only so that no summary can
    # change another's (`summarise` always gives each its own dict).
    device_type: Mapping[str, int] = MappingProxyType({})
    status: Mapping[str, int] = MappingProxyType({})
    province: Mapping[str, int] = MappingProxyType({})
    previous_year_total: int | None = None  # None for all years
    per_year: tuple[YearCounts, ...] = ()  # all years only

    def as_json(self) -> dict:
        """The summary with the keys `cmdesk summary casualties --json` prints."""
        data: dict[str, object] = {
            "year": self.year,
            "total": self.total,
            "killed": self.killed,
            "injured": self.injured,
            "amputations": self.amputations,
            "injured_without_amputation": self.injured_without_amputation,
            "men": self.men,
            "women": self.women,
            "boys": self.boys,
            "girls": self.girls,
            "sex_age_unknown": self.sex_age_unknown,
            "device_type": dict(self.device_type),
            "status": dict(self.status),
            "province": dict(self.province),
            "previous_year_total": self.previous_year_total,
        }
        if self.year is None:
            data["per_year"] = [
                {"year": y.year, "total": y.total, "killed": y.killed, "injured": y.injured,
                 "amputations": y.amputations}
                for y in self.per_year
            ]
        return data


_PEOPLE = {("male", "adult"): "men", ("female", "adult"): "women",
           ("male", "child"): "boys", ("female", "child"): "girls"}


def summarise(store: "Store", year: int | None = None, *, through: int | None = None) -> CasualtySummary:
    """The summary of `year`'s records, or of all records (with the per-year series),
    or with `through` of every record up to that year (the totals since records
    began: `year` is then None and there is no per-year series)."""
    groups = store.casualties.breakdown(year, through=through, people=False)
    found, per_pair = store.casualties.people(year, through=through, pairs=list(_PEOPLE))
    counts = {"total": found.total, "killed": found.killed, "injured": found.injured,
              "amputations": found.amputations, **dict(zip(_PEOPLE.values(), per_pair))}
    # Any other sex or age group, or none recorded.
    counts["sex_age_unknown"] = found.total - sum(per_pair)

    def by_code(column: str) -> dict[str, int]:
        found = {value: n for value, n in groups[column]}
        ordered = {code: found.pop(code, 0) for code in CODES[column]}
        return {**ordered, **found}  # codes CMDesk does not know (older data) last

    provinces = {(code or UNKNOWN_PROVINCE): n for code, n in groups["province_code"]}
    province = dict(sorted(provinces.items(), key=lambda item: (item[0] == UNKNOWN_PROVINCE, item[0])))
    previous = store.casualties.counts(year - 1).total if year is not None else None
    per_year = () if year is not None or through is not None else per_year_counts(store)
    return CasualtySummary(
        year=year, **counts,
        injured_without_amputation=counts["injured"] - counts["amputations"],
        device_type=by_code("device_type"), status=by_code("status"), province=province,
        previous_year_total=previous, per_year=per_year,
    )


def per_year_counts(store: "Store") -> tuple[YearCounts, ...]:
    """The counts of each year with records, ascending (records without a date are in
    none): the per-year series of `summarise()`, alone (one GROUP BY, for a chart
    that needs nothing else of the whole register's summary)."""
    return tuple(YearCounts(*(int(v or 0) for v in row)) for row in store.casualties.per_year())


GROUPS = ("men", "women", "boys", "girls", "sex_age_unknown")


def by_sex_and_age(store: "Store", year: int | None = None) -> dict[str, dict[str, int]]:
    """For each group of GROUPS: killed, injured_without_amputation and amputations
    (the report's three disjoint groups), for the chart of a year's breakdown."""
    table = {group: {"killed": 0, "injured_without_amputation": 0, "amputations": 0}
             for group in GROUPS}
    for outcome, amputation, sex, age_group, n in store.casualties.breakdown(year)["people"]:
        group = _PEOPLE.get((sex, age_group), "sex_age_unknown")
        if outcome == "killed":
            table[group]["killed"] += n
        elif amputation == "yes":
            table[group]["amputations"] += n
        else:
            table[group]["injured_without_amputation"] += n
    return table
