"""The provincial summary: what a provincial office's database produces for its year,
instead of the Convention documents (only headquarters signs off a year and produces
those; domain.md 4). An internal CMAA document, so written in the user's language
(`export.written_in_khmer`): built in Khmer, its texts come through `translate` and
its labels from the Khmer catalog (cmdesk.catalog.khmer). One page: the province's
casualties, the services and the assistive devices entered in its database, from the
same figures and blocks as the VA update (counts only, never a casualty record)."""

from __future__ import annotations

from cmdesk.catalog import Catalog
from cmdesk.figures import YearFigures, year_figures
from cmdesk.i18n import ZWSP, translate
from cmdesk.reports.model import Block, Document, Heading, KeyValues, Paragraph
from cmdesk.reports.sections import figure_blocks, period
from cmdesk.store import Store


def build_provincial_summary(store: Store, catalog: Catalog, year: int,
                             figures: YearFigures | None = None) -> Document:
    f = figures or year_figures(store, catalog, year)
    office = catalog.office_name(store.office)  # in Khmer from a Khmer catalog
    doc = Document(kind="provincial-summary",
                   title=translate("Reports", "{office}: provincial summary").format(office=office),
                   year=year, sheet_name=translate("Reports", "Provincial summary").replace(ZWSP, ""),
                   demo=store.is_demo)
    doc.add(
        Heading(translate("Reports", "{office}: summary of {year}").format(office=office, year=year)),
        KeyValues((
            (translate("Reports", "Office"), office),
            (translate("Reports", "Period covered"), period(year)),
        )),
        Paragraph(translate("Reports", "The figures entered in this office's database, for "
                            "headquarters, which compiles the national figures and the reports "
                            "to the Convention."), "note"),
    )
    shown: set[str] = set()
    sections: list[tuple[str, list[Block]]] = [
        (translate("Reports", "Casualties"), figure_blocks("casualties", f, catalog, shown)),
    ]
    services = [block for group in catalog.groups if group.page == "services"
                for block in figure_blocks(f"group:{group.code}", f, catalog, shown)]
    sections.append((translate("Reports", "Services"), services))
    devices = [block for group in catalog.groups if group.page == "devices"
               for block in figure_blocks(f"group:{group.code}", f, catalog, shown)]
    sections.append((translate("Reports", "Assistive devices"), devices))
    for title, blocks in sections:
        if blocks:
            doc.add(Heading(title, 2), *blocks)
    if not any(blocks for _, blocks in sections):
        doc.add(Paragraph(translate("Reports", "Nothing is entered for {year} in this database yet.")
                          .format(year=year)))
    return doc
