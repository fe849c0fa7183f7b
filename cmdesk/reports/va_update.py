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
from cmdesk.store.submissions import UNANSWERED_IN_STATES_VOICE


def indicator_blocks(indicator, row: dict | None, unanswered: str = "") -> list[Block]:
    """An indicator's narrative, status, request and answer (nothing when empty).
    `unanswered`: the State's sentence for a request nobody answered, when the user
    chose at submit to say so; "" leaves such a request out."""
    if row is None:
        return []
    narrative, request, answer = (row["narrative"].strip(), row["committee_request"].strip(),
                                  row["state_answer"].strip())
    said = answer or (unanswered if request else "")
    if not (narrative or said):
        return []  # a status alone, or a request without an answer, says nothing
    blocks: list[Block] = [Paragraph(translate("Reports", "Indicator {code} ({status}): {text}").format(
        code=indicator.code, status=status_label(row["status"]).lower(), text=indicator.text), "note")]
    if narrative:
        blocks.append(Paragraph(narrative))
    # A request nobody answered is printed only with the State's sentence saying so:
    # submit lists it, and the State answers it, or decides how the update goes without.
    if request and said:
        blocks.append(Paragraph(translate("Reports", "The Committee's request: {request}").format(
            request=request), "quote"))
    if answer:
        blocks.append(Paragraph(translate("Reports", "Answer: {answer}").format(answer=answer)))
    elif said:
        blocks.append(Paragraph(said))
    return blocks


def unanswered_sentence(state: str, year: int) -> str:
    """What the VA update says, in the State's voice, under a request nobody answered."""
    return translate("Reports", "{state} has no further information to report on this request "
                     "for {year}.").format(state=state, year=year)


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
    unanswered = (unanswered_sentence(state, year)
                  if details.get("unanswered_requests") == UNANSWERED_IN_STATES_VOICE else "")
    shown: set[str] = set()
    doc.add(Heading(translate("Reports", "Victim assistance actions")))
    in_cross_cutting = False
    for action in catalog.actions:
        blocks = [b for ind in action.indicators
                  for b in indicator_blocks(ind, narratives.get(ind.code), unanswered)]
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
