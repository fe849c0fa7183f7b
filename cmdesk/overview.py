"""The year's key figures for the Overview page, read from the store."""

from __future__ import annotations

from dataclasses import dataclass

from cmdesk.catalog import Catalog
from cmdesk.i18n import translate
from cmdesk.store import Store


def _t(text: str) -> str:
    return translate("Overview", text)


@dataclass(frozen=True)
class KeyFigure:
    key: str
    label: str
    value: int | float | None  # None: nothing entered for the year
    unit: str
    detail: str = ""


def _sum_items(store: Store, year: int, codes: tuple[str, ...]) -> int | None:
    values = [store.values.figure(year, code) for code in codes]
    present = [v for v in values if v is not None]
    return sum(present) if present else None


def key_figures(store: Store, catalog: Catalog, year: int) -> list[KeyFigure]:
    """The figures a CMAA officer looks at first for `year`."""
    counts = store.casualties.counts(year)
    previous = store.casualties.counts(year - 1)
    figures = [
        KeyFigure(
            "casualties", _t("Casualties recorded"), counts.total if counts.total else None,
            _t("persons"),
            # Cambodia reports killed, injured and lost limbs as three disjoint groups.
            _t("{killed} killed, {injured} injured and {amputations} lost limbs")
            .format(killed=counts.killed, injured=counts.injured - counts.amputations,
                    amputations=counts.amputations)
            + "; "
            + (_t("{previous} in {prev_year}").format(previous=previous.total, prev_year=year - 1)
               if previous.total else _t("none recorded in {prev_year}").format(prev_year=year - 1))
            if counts.total else "",
        )
    ]
    stated = store.values.figure(year, "dev.total_reported")
    summed = _sum_items(store, year, catalog.item("dev.total_reported").components)
    detail = ""
    if stated is not None and summed is not None and stated != summed:
        detail = _t("stated {stated:,}; the types add up to {summed:,} (difference {diff:+,})").format(
            stated=stated, summed=summed, diff=stated - summed
        )
    figures.append(
        KeyFigure("devices", _t("Assistive devices produced or repaired"),
                  stated if stated is not None else summed, _t("devices"), detail)
    )
    clients = store.values.figure(year, "svc.prc_clients")
    survivors = store.values.figure(year, "svc.prc_clients", "survivor")
    figures.append(
        KeyFigure("prc_clients", _t("Persons served by rehabilitation centres"), clients,
                  _t("persons"),
                  _t("of whom {n:,} mine/ERW survivors").format(n=survivors) if survivors else "")
    )
    figures.append(
        KeyFigure("medical_care", _t("Persons with disabilities given medical care"),
                  store.values.figure(year, "svc.medical_care"), _t("persons"))
    )
    lines = store.funding.for_year(year)
    national = sum(line["amount_usd"] for line in lines if line["funder_kind"] == "national_budget")
    international = sum(line["amount_usd"] for line in lines if line["funder_kind"] != "national_budget")
    earmarked = sum(line["amount_usd"] for line in lines if line["earmarked"])
    figures.append(
        KeyFigure("funding", _t("Funding for victim assistance"),
                  national + international if lines else None, "US$",
                  _t("national US${national:,.0f}; international US${international:,.0f}; "
                     "earmarked US${earmarked:,.0f}").format(
                      national=national, international=international, earmarked=earmarked)
                  if lines else "")
    )
    entered = len(store.values.for_year(year))
    figures.append(
        KeyFigure("values_entered", _t("Values entered"), entered or None, _t("values"),
                  _t("{n} funding lines").format(n=len(lines)))
    )
    return figures
