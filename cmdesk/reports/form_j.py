"""Form J ("Other relevant matters") of the Article 7 report: the Article 7 header and
point of contact, numbered victim-assistance sections following the SRAAP actions,
international cooperation and assistance, and annex tables."""

from __future__ import annotations

from cmdesk.catalog import Catalog
from cmdesk.figures import YearFigures, year_figures
from cmdesk.funding import NATIONAL
from cmdesk.i18n import translate
from cmdesk.reports.model import Block, Document, Heading, KeyValues, Money, Paragraph, Table
from cmdesk.reports.sections import (
    action_figure_blocks,
    action_heading,
    contact_pairs,
    funding_table,
    period,
    state_name,
    submission_date,
)
from cmdesk.store import Store


def build_form_j(store: Store, catalog: Catalog, year: int,
                 figures: YearFigures | None = None) -> Document:
    f = figures or year_figures(store, catalog, year)
    details = store.submissions.get(year)
    narratives = {row["indicator"]: row for row in store.narratives.for_year(year)}
    state = state_name(store)
    doc = Document(kind="form-j", title=translate("Reports", "{state}: Article 7 report, Form J")
                   .format(state=state), year=year, sheet_name="Form J", demo=store.is_demo)
    doc.add(
        Heading(translate("Reports", "Form J: Other relevant matters")),
        Paragraph(translate(
            "Reports", "Updated information provided in accordance with Article 7, paragraph 2 of "
            "the Convention on the Prohibition of the Use, Stockpiling, Production and Transfer of "
            "Anti-Personnel Mines and on their Destruction, submitted {date}, covering the period "
            "{period}.").format(
            date=submission_date(details), period=period(year))),
        Heading(translate("Reports", "Point of contact"), 2),
        KeyValues(((translate("Reports", "State"), state), *contact_pairs(details))),
        Heading(translate("Reports", "1. Victim assistance")),
    )
    annex: list[Block] = []
    shown: set[str] = set()
    number = 0
    for action in catalog.actions:
        texts: list[Block] = []
        for indicator in action.indicators:
            row = narratives.get(indicator.code)
            if not row:
                continue
            if row["narrative"].strip():
                texts.append(Paragraph(row["narrative"].strip()))
            if row["committee_request"].strip() and row["state_answer"].strip():
                texts.append(Paragraph(translate(
                    "Reports", "In answer to the Committee's request (\"{request}\"): {answer}").format(
                    request=row["committee_request"].strip(), answer=row["state_answer"].strip())))
        # Funding has its own section (2), not an annex table.
        blocks = action_figure_blocks(action, f, catalog, shown, skip=("funding",))
        tables = [b for b in blocks if isinstance(b, Table)]
        first = sum(isinstance(b, Table) for b in annex) + 1
        for block in blocks:
            if isinstance(block, Table):
                n = sum(isinstance(b, Table) for b in annex) + 1
                block = Table(block.header, block.rows, block.widths,
                              caption=f"Table A.{n}: {block.caption}" if block.caption else f"Table A.{n}")
            annex.append(block)
        if tables:
            refs = ", ".join(f"A.{n}" for n in range(first, first + len(tables)))
            texts.append(Paragraph(translate("Reports", "Figures: annex, table(s) {refs}.").format(refs=refs),
                                   "note"))
        # An action with neither narrative nor figures has no section (no placeholder).
        if texts:
            number += 1
            doc.add(Heading(f"1.{number} " + action_heading(action), 2), *texts)

    doc.add(Heading(translate("Reports", "2. International cooperation and assistance")))
    international = [line for line in f.funding_lines if line["funder_kind"] != NATIONAL]
    national = [line for line in f.funding_lines if line["funder_kind"] == NATIONAL]
    if f.funding.lines:
        doc.add(KeyValues((
            (translate("Reports", "National budget for victim assistance (US$)"), Money(f.funding.national)),
            (translate("Reports", "International cooperation and assistance received (US$)"),
             Money(f.funding.international)),
            (translate("Reports", "of which earmarked (US$)"), Money(f.funding.earmarked)),
        )))
    if international:
        doc.add(funding_table(f, translate("Reports", "International cooperation and assistance "
                                           "received in {year}, by funder").format(year=year), international))
    if national:
        doc.add(funding_table(f, translate("Reports", "National resources in {year}").format(year=year),
                              national))
    if annex:
        doc.add(Heading(translate("Reports", "Annex: tables")))
        doc.add(*annex)
    return doc
