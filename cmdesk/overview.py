"""The year's key figures for the Overview page, read from the store."""

from __future__ import annotations

from typing import NamedTuple

from cmdesk.catalog import TOTAL, Catalog
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
    """The figures a CMAA officer looks at first for `year`."""
    counts = store.casualties.counts(year)
    previous = store.casualties.counts(year - 1)
    figures = [
        KeyFigure(
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
    ]
    # The national figures as the catalog compiles them (compilation.toml), the same
    # the national view and the documents show.
    national = national_values(store, catalog, year)
    stated = national.get(("dev.total_reported", TOTAL))
    summed = _sum_items(national, catalog.item("dev.total_reported").components)
    detail = ""
    if stated is not None and summed is not None and stated != summed:
        detail = translate("Overview", "stated {stated:,}; the types add up to {summed:,} (difference {diff:+,})").format(
            stated=stated, summed=summed, diff=stated - summed
        )
    figures.append(
        KeyFigure("devices", translate("Overview", "Assistive devices produced or repaired"),
                  stated if stated is not None else summed, translate("Overview", "devices"), detail)
    )
    clients = national.get(("svc.prc_clients", TOTAL))
    survivors = national.get(("svc.prc_clients", "survivor"))
    figures.append(
        KeyFigure("prc_clients", translate("Overview", "Persons served by rehabilitation centres"), clients,
                  translate("Overview", "persons"),
                  translate("Overview", "of whom {n:,} mine/ERW survivors").format(n=survivors) if survivors else "")
    )
    figures.append(
        KeyFigure("medical_care", translate("Overview", "Persons with disabilities given medical care"),
                  national.get(("svc.medical_care", TOTAL)), translate("Overview", "persons"))
    )
    lines = store.funding.for_year(year)
    funding = totals(lines)
    figures.append(
        KeyFigure("funding", translate("Overview", "Funding for victim assistance"),
                  funding.total if lines else None, "US$",
                  translate("Overview", "national US${national:,.0f}; international US${international:,.0f}; "
                     "earmarked US${earmarked:,.0f}").format(
                      national=funding.national, international=funding.international,
                      earmarked=funding.earmarked)
                  if lines else "")
    )
    entered = len(store.values.for_year(year))
    figures.append(
        KeyFigure("values_entered", translate("Overview", "Values entered"), entered or None, translate("Overview", "values"),
                  translate("Overview", "{n} funding lines").format(n=len(lines)))
    )
    return figures
