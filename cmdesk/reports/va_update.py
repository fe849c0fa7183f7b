"""The VA update to the Committee on Victim Assistance: a cover block, then a section
per SRAAP action in the Committee's order (the catalog's), each with the State's
narratives, the Committee's requests with the State's answers, and the figures that
belong to the action."""

from __future__ import annotations

from cmdesk.catalog import Catalog
from cmdesk.figures import YearFigures, year_figures
from cmdesk.i18n import translate
from cmdesk.narratives import status_label
from cmdesk.reports.model import Block, Document, Heading, KeyValues, Paragraph
from cmdesk.reports.sections import (
    action_figure_blocks,
    action_heading,
    contact_pairs,
    period,
    state_name,
    submission_date,
)
from cmdesk.store import Store


def indicator_blocks(indicator, row: dict | None) -> list[Block]:
    """An indicator's narrative, status, request and answer (nothing when empty)."""
    if row is None:
        return []
    narrative, request, answer = (row["narrative"].strip(), row["committee_request"].strip(),
                                  row["state_answer"].strip())
    if not (narrative or answer):
        return []  # a status alone, or a request without an answer, says nothing
    blocks: list[Block] = [Paragraph(translate("Reports", "Indicator {code} ({status}): {text}").format(
        code=indicator.code, status=status_label(row["status"]).lower(), text=indicator.text), "note")]
    if narrative:
        blocks.append(Paragraph(narrative))
    # A request nobody answered is not printed: submit lists it, and the State
    # answers it, or decides to send the update without an answer.
    if request and answer:
        blocks.append(Paragraph(translate("Reports", "The Committee's request: {request}").format(
            request=request), "quote"))
    if answer:
        blocks.append(Paragraph(translate("Reports", "Answer: {answer}").format(answer=answer)))
    return blocks


def build_va_update(store: Store, catalog: Catalog, year: int,
                    figures: YearFigures | None = None) -> Document:
    f = figures or year_figures(store, catalog, year)
    details = store.submissions.get(year)
    narratives = {row["indicator"]: row for row in store.narratives.for_year(year)}
    state = state_name(store)
    doc = Document(kind="va-update", title=translate("Reports", "{state}: victim assistance update")
                   .format(state=state), year=year, sheet_name="VA update", demo=store.is_demo)
    doc.add(
        Heading(translate("Reports", "Victim assistance update: {state}").format(state=state)),
        Paragraph(translate("Reports", "Progress in implementing the victim assistance actions of the "
                            "Siem Reap-Angkor Action Plan, for the Committee on Victim Assistance."), "note"),
        KeyValues((
            (translate("Reports", "State"), state),
            (translate("Reports", "Period covered"), period(year)),
            (translate("Reports", "Date"), submission_date(details)),
            *contact_pairs(details),
        )),
    )
    shown: set[str] = set()
    doc.add(Heading(translate("Reports", "Victim assistance actions")))
    in_cross_cutting = False
    for action in catalog.actions:
        blocks = [b for ind in action.indicators for b in indicator_blocks(ind, narratives.get(ind.code))]
        blocks += action_figure_blocks(action, f, catalog, shown)
        # An action with neither narrative nor figures is left out: the document
        # never says "nothing reported" on the State's behalf.
        if not blocks:
            continue
        if action.cross_cutting and not in_cross_cutting:
            doc.add(Heading(translate("Reports", "Cross-cutting actions")))
            in_cross_cutting = True
        doc.add(Heading(action_heading(action), 2), *blocks)
    return doc
