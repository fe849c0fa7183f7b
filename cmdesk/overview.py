"""The year's key figures for the Overview page, read from the store: which, in which
order and over which items, resources/catalog/key_figures.toml says."""

from __future__ import annotations

from typing import Callable, NamedTuple

from cmdesk.catalog import TOTAL, Catalog
from cmdesk.catalog.key_figures import KeyFigureSpec, load_key_figures
from cmdesk.entry import national_values
from cmdesk.funding import totals
from cmdesk.i18n import translate
from cmdesk.store import Store


class KeyFigure(NamedTuple):
    key: str
    label: str
    value: int | float | None  # None: nothing entered for the year
    unit: str
    detail: str = ""


def _sum_items(national: dict, codes: tuple[str, ...]) -> int | None:
    values = [national.get((code, TOTAL)) for code in codes]
    present = [v for v in values if v is not None]
    return sum(present) if present else None


def key_figures(store: Store, catalog: Catalog, year: int) -> list[KeyFigure]:
    """The figures a CMAA officer looks at first for `year`, as key_figures.toml
    lists them."""
    return [_FIGURES[spec.key](store, catalog, year, spec) for spec in load_key_figures(catalog)]


def _casualties(store: Store, catalog: Catalog, year: int, spec: KeyFigureSpec) -> KeyFigure:
    counts = store.casualties.counts(year)
    previous = store.casualties.counts(year - 1)
    return KeyFigure(
        "casualties", translate("Overview", "Casualties recorded"), counts.total if counts.total else None,
        translate("Overview", "persons"),
        # Cambodia reports killed, injured and lost limbs as three disjoint groups.
        translate("Overview", "{killed} killed, {injured} injured and {amputations} lost limbs")
        .format(killed=counts.killed, injured=counts.injured - counts.amputations,
                amputations=counts.amputations)
        + "; "
        + (translate("Overview", "{previous} in {prev_year}").format(previous=previous.total, prev_year=year - 1)
           if previous.total else translate("Overview", "{prev_year} not recorded").format(prev_year=year - 1))
        if counts.total else "",
    )


def _devices(store: Store, catalog: Catalog, year: int, spec: KeyFigureSpec) -> KeyFigure:
    # The national figures as the catalog compiles them (compilation.toml), the same
    # the national view and the documents show.
    national = national_values(store, catalog, year)
    item = catalog.item(str(spec.item))
    stated = national.get((item.code, TOTAL))
    summed = _sum_items(national, item.components)
    detail = ""
    if stated is not None and summed is not None and stated != summed:
        detail = translate("Overview", "stated {stated:,}; the types add up to {summed:,} (difference {diff:+,})").format(
            stated=stated, summed=summed, diff=stated - summed
        )
    return KeyFigure("devices", translate("Overview", "Assistive devices produced or repaired"),
                     stated if stated is not None else summed, translate("Overview", "devices"), detail)


def _prc_clients(store: Store, catalog: Catalog, year: int, spec: KeyFigureSpec) -> KeyFigure:
    national = national_values(store, catalog, year)
    clients = national.get((str(spec.item), TOTAL))
    survivors = national.get((str(spec.item), spec.detail_part)) if spec.detail_part else None
    return KeyFigure("prc_clients", translate("Overview", "Persons served by rehabilitation centres"), clients,
                     translate("Overview", "persons"),
                     translate("Overview", "of whom {n:,} mine/ERW survivors").format(n=survivors) if survivors else "")


def _medical_care(store: Store, catalog: Catalog, year: int, spec: KeyFigureSpec) -> KeyFigure:
    return KeyFigure("medical_care", translate("Overview", "Persons with disabilities given medical care"),
                     national_values(store, catalog, year).get((str(spec.item), TOTAL)),
                     translate("Overview", "persons"))


def _funding(store: Store, catalog: Catalog, year: int, spec: KeyFigureSpec) -> KeyFigure:
    lines = store.funding.for_year(year)
    funding = totals(lines)
    return KeyFigure(
        "funding", translate("Overview", "Funding for victim assistance"),
        funding.total if lines else None, "US$",
        translate("Overview", "national US${national:,.0f}; international US${international:,.0f}; "
                  "earmarked US${earmarked:,.0f}").format(
            national=funding.national, international=funding.international,
            earmarked=funding.earmarked)
        if lines else "")


def _values_entered(store: Store, catalog: Catalog, year: int, spec: KeyFigureSpec) -> KeyFigure:
    entered = len(store.values.for_year(year))
    return KeyFigure("values_entered", translate("Overview", "Values entered"), entered or None,
                     translate("Overview", "values"),
                     translate("Overview", "{n} funding lines").format(n=len(store.funding.for_year(year))))


_FIGURES: dict[str, Callable[[Store, Catalog, int, KeyFigureSpec], KeyFigure]] = {
    "casualties": _casualties, "devices": _devices, "prc_clients": _prc_clients,
    "medical_care": _medical_care, "funding": _funding, "values_entered": _values_entered,
}
