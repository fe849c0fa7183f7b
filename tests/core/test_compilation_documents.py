"""The documents carry the national figure as the catalog compiles it: a year entered
by two overlapping sources (MoSVY and DAC both compile the PRCs' statistics) gives
the authoritative source's figure, never their sum. Read back from the files."""

from openpyxl import load_workbook

from cmdesk.catalog import TOTAL
from cmdesk.entry import Edit, apply_edits
from cmdesk.reports import export_document

from tests.core.test_reports import pdf_text, sheet_text

YEAR = 2025


def enter_overlapping_returns(store, catalog):
    apply_edits(store, catalog, YEAR, "mosvy", [Edit("svc.prc_clients", TOTAL, 26988),
                                                Edit("svc.prc_clients", "survivor", 8860)])
    apply_edits(store, catalog, YEAR, "dac", [Edit("svc.prc_clients", TOTAL, 26988)])
    apply_edits(store, catalog, YEAR, "prc.01", [Edit("svc.prc_clients", TOTAL, 2400)])


def test_the_va_update_of_overlapping_sources_carries_the_authoritative_figure(store, catalog, tmp_path):
    enter_overlapping_returns(store, catalog)
    workbook = export_document("va-update", store, catalog, YEAR, tmp_path / "va.xlsx").path
    ws = load_workbook(workbook).active
    rows = {ws.cell(r, 1).value: [ws.cell(r, c).value for c in range(2, ws.max_column + 1)]
            for r in range(1, ws.max_row + 1)}
    clients = next(values for label, values in rows.items()
                   if isinstance(label, str) and label.startswith("Persons with disabilities served by PRCs"))
    assert 26988 in clients and 8860 in clients
    text = sheet_text(ws)
    assert "53976" not in text and "29388" not in text and "56376" not in text
    pdf = pdf_text(export_document("va-update", store, catalog, YEAR, tmp_path / "va.pdf").path)
    assert "26,988" in pdf and "8,860" in pdf
    assert "53,976" not in pdf and "29,388" not in pdf


def test_form_j_carries_it_too(store, catalog, tmp_path):
    enter_overlapping_returns(store, catalog)
    ws = load_workbook(export_document("form-j", store, catalog, YEAR, tmp_path / "j.xlsx").path).active
    text = sheet_text(ws)
    assert "26988" in text and "53976" not in text
