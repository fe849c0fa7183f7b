"""The SRAAP country reporting tracker, as the Committee on Victim Assistance lays it
out (seed 000): title rows, then one row per indicator under its action, the year
columns 2025-2029 and the Committee's requests in the last column."""

from __future__ import annotations

from cmdesk.catalog import Catalog
from cmdesk.i18n import translate
from cmdesk.narratives import DEFAULT_STATUS, status_label
from cmdesk.reports.model import Document, Row, Table
from cmdesk.reports.sections import state_name
from cmdesk.store import Store

TRACKER_YEARS = tuple(range(2025, 2030))  # the Siem Reap-Angkor Action Plan's years
TRACKER_TITLE = "SRAAP country reporting tracker"
TRACKER_SUBTITLE = "Victim Assistance"
# The Committee's own column headings and band: kept as the Committee writes them
# (in English, untranslated), so that its spreadsheet and ours line up.
TRACKER_HEADER = ("Actions", "Indicators", *(str(y) for y in TRACKER_YEARS),
                  "Additional information or clarification requested by the Committee")
CROSS_CUTTING_BAND = "CROSS-CUTTING ACTIONS"


def year_cell(row: dict | None) -> str:
    """A year's cell: the status, then the narrative and the answer to the Committee
    (empty when the State entered nothing for that year)."""
    if row is None:
        return ""
    narrative, answer = row["narrative"].strip(), row["state_answer"].strip()
    if row["status"] == DEFAULT_STATUS and not narrative and not answer:
        return ""
    lines = [status_label(row["status"])]
    if narrative:
        lines.append(narrative)
    if answer:
        lines.append(translate("Reports", "Answer to the Committee: {answer}").format(answer=answer))
    return "\n".join(lines)


def build_sraap_tracker(store: Store, catalog: Catalog, year: int) -> Document:
    """The tracker as of reporting year `year`: every year column from that year's
    narratives, and the Committee's requests stored under `year` (those this year's
    report answers) in the last column."""
    stored = {y: {row["indicator"]: row for row in store.narratives.for_year(y)}
              for y in TRACKER_YEARS}
    requests = {row["indicator"]: row["committee_request"] for row in store.narratives.for_year(year)}
    rows: list[Row] = []
    in_cross_cutting = False
    for action in catalog.actions:
        if action.cross_cutting and not in_cross_cutting:
            rows.append(Row((CROSS_CUTTING_BAND,), "band"))
        in_cross_cutting = action.cross_cutting
        for n, indicator in enumerate(action.indicators):
            rows.append(Row(
                (str(action.number) if n == 0 else "", indicator.text,
                 *(year_cell(stored[y].get(indicator.code)) for y in TRACKER_YEARS),
                 requests.get(indicator.code, "")),
                group=str(action.number)))
    # A year column with something in it (and the reporting year's) is wide; the
    # empty future years are narrow, so that the text columns get the page.
    filled = {y for n, y in enumerate(TRACKER_YEARS, 2)
              if y == year or any(row.kind != "band" and row.cells[n] for row in rows)}
    widths = (1.2, 6.5, *[(4.2 if y in filled else 0.8) for y in TRACKER_YEARS], 4.6)
    return Document(
        kind="sraap", title=TRACKER_TITLE, year=year,
        subtitles=(TRACKER_SUBTITLE, state_name(store)),
        blocks=[Table(TRACKER_HEADER, tuple(rows), widths)],
        landscape=True, sheet_name="SRAAP tracker", demo=store.is_demo,
    )
