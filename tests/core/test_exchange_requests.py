"""Importing the Committee's requests from its SRAAP tracker spreadsheet."""

import pytest
from openpyxl import Workbook, load_workbook

from cmdesk.errors import InputError
from cmdesk.exchange import apply_requests_import, plan_requests_import
from cmdesk.reports import export_document


def requests(store, year):
    return {r["indicator"]: r["committee_request"] for r in store.narratives.for_year(year)
            if r["committee_request"]}


def test_an_exported_tracker_imports_back_into_another_year(demo_store, catalog, tmp_path):
    path = export_document("sraap", demo_store, catalog, 2025, tmp_path / "t.xlsx").path
    plan = plan_requests_import(demo_store, catalog, path, 2026)
    assert plan.problems == [] and plan.counts() == {"added": 11, "changed": 0, "unchanged": 0}
    assert apply_requests_import(demo_store, plan)["added"] == 11
    assert requests(demo_store, 2026) == requests(demo_store, 2025)
    again = plan_requests_import(demo_store, catalog, path, 2026)
    assert again.counts() == {"added": 0, "changed": 0, "unchanged": 11}


def test_the_committees_edits_are_planned_by_row(demo_store, catalog, tmp_path):
    path = export_document("sraap", demo_store, catalog, 2025, tmp_path / "t.xlsx").path
    wb = load_workbook(path)
    ws = wb.active
    ws["H5"] = "Please describe the focal point's mandate."
    ws["H7"] = "Updated request."
    wb.save(path)
    plan = plan_requests_import(demo_store, catalog, path, 2025)
    assert {p.indicator: (p.row, p.kind) for p in plan.planned if p.kind != "unchanged"} == {
        "30.1": (5, "added"), "30.3": (7, "changed")}


def committee_sheet(path, rows):
    wb = Workbook()
    ws = wb.active
    ws.append(["SRAAP country reporting tracker"])
    ws.append(["Victim Assistance"])
    ws.append(["Cambodia"])
    ws.append(["Actions", "Indicators", "2025", "2026", "2027", "2028", "2029",
               "Additional information or clarification requested by the Committee"])
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def test_problems_are_listed_by_row_and_nothing_is_written(demo_store, catalog, tmp_path):
    a30 = [i.text for i in catalog.actions[0].indicators]
    path = committee_sheet(tmp_path / "c.xlsx", [
        [30, a30[0].rstrip(";"), None, None, None, None, None, "Request one."],
        [None, "  " + a30[1].upper(), None, None, None, None, None, "Request two."],
        [None, "An indicator nobody wrote", None, None, None, None, None, "Lost?"],
        ["CROSS-CUTTING ACTIONS"],
        [99, "Unknown action", None, None, None, None, None, "x"],
        [1, catalog.actions[10].indicators[0].text, None, None, None, None, None, "=1+2"],
    ])
    plan = plan_requests_import(demo_store, catalog, path, 2027)
    assert [(p.row, p.column) for p in plan.problems] == [(7, "B"), (9, "A"), (10, "H")]
    assert "none of action 30's indicators" in plan.problems[0].reason
    assert "formula" in plan.problems[2].reason
    assert [p.indicator for p in plan.planned] == ["30.1", "30.2"]  # matched despite case/spacing
    with pytest.raises(InputError, match="nothing was imported"):
        apply_requests_import(demo_store, plan)
    assert requests(demo_store, 2027) == {}


def test_a_file_that_is_not_a_tracker_is_refused(demo_store, catalog, tmp_path):
    wb = Workbook()
    wb.active.append(["year", "source"])
    wb.save(tmp_path / "other.xlsx")
    with pytest.raises(InputError, match="not the Committee's SRAAP tracker"):
        plan_requests_import(demo_store, catalog, tmp_path / "other.xlsx", 2025)
    (tmp_path / "bad.xlsx").write_text("not a workbook")
    with pytest.raises(InputError, match="not an Excel workbook"):
        plan_requests_import(demo_store, catalog, tmp_path / "bad.xlsx", 2025)
