"""The submissions, read back: openpyxl for the workbooks, pdftotext for the PDFs."""

import re
import subprocess

import pytest
from openpyxl import load_workbook

from cmdesk.demo import DEMO_ACTIVITIES
from cmdesk.errors import InputError
from cmdesk.narratives import accept_draft, drafts
from cmdesk.reports import DraftRequired, build_document, export_document, unacknowledged_errors
from cmdesk.reports.model import Table
from cmdesk.reports.sraap import CROSS_CUTTING_BAND, TRACKER_HEADER

YEAR = 2024
KHMER = "ក្រុមប្រឹក្សា\u200bសកម្មភាព\u200bជនពិការ"


def pdf_text(path) -> str:
    result = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    return result.stdout


def pdf_fonts(path) -> str:
    return subprocess.run(["pdffonts", str(path)], capture_output=True, text=True).stdout


def sheet_text(ws) -> str:
    return "\n".join(" | ".join(str(v) for v in row if v is not None)
                     for row in ws.iter_rows(values_only=True))


def export(store, catalog, kind, path, year=YEAR, **kwargs):
    return export_document(kind, store, catalog, year, path, **kwargs)


# --- SRAAP tracker --------------------------------------------------------------------


def test_the_tracker_has_the_committees_layout(demo_store, catalog, tmp_path):
    demo_store.narratives.set_fields("30.1", 2025, status="partly", narrative="Work started.",
                                     state_answer="See the annex.")
    path = export(demo_store, catalog, "sraap", tmp_path / "tracker.xlsx", year=2025).path
    ws = load_workbook(path).active
    assert [ws[f"A{r}"].value for r in (1, 2, 3)] == [
        "SRAAP country reporting tracker", "Victim Assistance", "Cambodia"]
    assert tuple(c.value for c in ws[4]) == TRACKER_HEADER
    assert TRACKER_HEADER[-1] == "Additional information or clarification requested by the Committee"
    # One row per indicator, the action number on the first, merged over the rest.
    assert ws["A5"].value == "30"
    assert ws["B5"].value == catalog.actions[0].indicators[0].text
    assert "A5:A8" in {str(r) for r in ws.merged_cells.ranges}  # action 30: four indicators
    # The year cell: status, narrative, answer; the request of 2025 in the last column.
    assert ws["C5"].value == "Partly reported\nWork started.\nAnswer to the Committee: See the annex."
    assert ws["D5"].value is None
    assert ws["H7"].value.startswith("The Committee would welcome information on inclusion of mine")
    # The band sits before the first cross-cutting action (1), as in the Committee's sheet.
    band = next(r for r in range(5, ws.max_row + 1) if ws[f"A{r}"].value == CROSS_CUTTING_BAND)
    assert str(ws[f"A{band + 1}"].value) == "1"
    assert f"A{band}:H{band}" in {str(r) for r in ws.merged_cells.ranges}
    indicator_rows = [r for r in range(5, ws.max_row + 1) if ws[f"B{r}"].value]
    assert len(indicator_rows) == len(catalog.indicators())
    # Wrapped text, widths, frozen header, print set-up.
    assert ws["B5"].alignment.wrap_text and ws.column_dimensions["B"].width >= 50
    assert ws.freeze_panes == "C5"
    assert ws.print_title_rows == "$4:$4"
    assert ws.page_setup.orientation == "landscape" and int(ws.page_setup.paperSize) == int(ws.PAPERSIZE_A4)
    assert ws.sheet_properties.pageSetUpPr.fitToPage and ws.page_setup.fitToWidth == 1
    assert ws.page_setup.fitToHeight == 0
    assert "&P" in ws.oddFooter.center.text and "&N" in ws.oddFooter.center.text
    assert ws.row_dimensions[5].height > 15  # the long indicator text gets room


def test_the_tracker_pdf_repeats_its_header_and_numbers_pages(demo_store, catalog, tmp_path):
    path = export(demo_store, catalog, "sraap", tmp_path / "tracker.pdf", year=2025).path
    text = pdf_text(path)
    pages = text.split("\f")[:-1]
    assert len(pages) >= 2
    for number, page in enumerate(pages, 1):
        assert f"page {number} of {len(pages)}" in page
        assert "SRAAP country reporting tracker – 2025" in page
        assert "Indicators" in page and "2029" in page  # the header row on every page
    assert "CROSS-CUTTING ACTIONS" in text


# --- VA update ----------------------------------------------------------------------------


def test_the_va_update_states_the_figures_in_the_committees_order(demo_store, catalog, tmp_path):
    doc = build_document("va-update", demo_store, catalog, YEAR)
    text = doc.text()
    assert "1 January 2024 to 31 December 2024" in text and "30 April 2025" in text
    assert "Cambodian Mine Action and Victim Assistance Authority (CMAA)" in text
    headings = [line for line in text.split("\n") if line.startswith("Action ")]
    # Every action the demo reports on (seed 000: all but 38 and 41, where the Committee
    # only asks), in the Committee's order; an action with nothing is left out.
    assert [h.split(":")[0] for h in headings] == [
        f"Action {a.number}" for a in catalog.actions if a.number not in (38, 41)]
    casualties = next(t for t in doc.tables() if "Casualties" in t.header[0])
    assert casualties.header[1:] == ("2024", "2023", "Since records began (2024-2024)")
    rows = {row.cells[0]: row.cells[1:] for row in casualties.rows}
    # The demo's register holds nothing for 2023: "not recorded", never 0.
    assert rows["Casualties"] == (49, "not recorded", 49) and rows["Killed"] == (12, "–", 12)
    assert rows["Injured"] == (29, "–", 29) and rows["Lost limbs"] == (8, "–", 8)
    assert ((rows["Men"], rows["Women"], rows["Boys"], rows["Girls"])
            == ((30, "–", 30), (3, "–", 3), (11, "–", 11), (5, "–", 5)))
    devices = next(t for t in doc.tables() if t.header[0] == "Type")
    device_rows = {row.cells[0]: row.cells for row in devices.rows}
    assert device_rows["Prostheses"][1:3] == (3608, 220) and device_rows["Prostheses"][-1] == 3828
    assert device_rows["Total of the types above"][-1] == 25848
    assert device_rows["Total as stated by the source"][-1] == 26280
    # The disagreement shows as the two total rows; the note about it is the checks'.
    assert "differs from the sum" not in text and "add up to" not in text
    # Every item entered is printed once.
    for item, part in demo_store.values.by_source(YEAR):
        if part == "total":
            assert sum(f"{catalog.item(item).label} |" in line for line in text.split("\n")) <= 1


def test_the_va_update_workbook_holds_numbers_and_text(demo_store, catalog, tmp_path):
    path = export(demo_store, catalog, "va-update", tmp_path / "va.xlsx").path
    ws = load_workbook(path).active
    text = sheet_text(ws)
    assert "Victim assistance update: Cambodia" in text
    cells = {ws.cell(r, 1).value: [ws.cell(r, c).value for c in range(2, 8)]
             for r in range(1, ws.max_row + 1)}
    assert cells["Casualties"][:3] == [49, "not recorded", 49]
    assert cells["Total as stated by the source"][-1] == 26280
    assert cells["Total of the types above"][-1] == 25848
    numbers = [c for row in ws.iter_rows() for c in row if c.value == 26280]
    assert numbers and numbers[0].number_format == "#,##0"
    assert int(ws.page_setup.paperSize) == int(ws.PAPERSIZE_A4) and ws.page_setup.fitToWidth == 1
    assert ws.oddHeader.left.text.startswith("Cambodia: victim assistance update")


def test_the_va_update_pdf(demo_store, catalog, tmp_path):
    for draft in drafts(demo_store, catalog, YEAR):
        accept_draft(demo_store, draft.indicators[0], YEAR, draft)
    path = export(demo_store, catalog, "va-update", tmp_path / "va.pdf").path
    text = pdf_text(path)
    flat = re.sub(r"\s+", " ", text)
    assert "Victim assistance update: Cambodia" in text
    assert "Action 35: Rehabilitation and assistive technology" in text
    assert "page 1 of" in text and "Cambodia: victim assistance update – 2024" in text
    assert "In 2024, Cambodia recorded 49 casualties, including 12 killed, 29 injured and 8 lost limbs." in flat
    assert "26,280" in text and "25,848" in text and "DRAFT" not in text
    assert "DejaVuSansCondensed" in pdf_fonts(path)  # embedded, the same everywhere


# --- Form J --------------------------------------------------------------------------------


def test_form_j_has_the_article_7_header_contact_funding_and_annexes(demo_store, catalog, tmp_path):
    path = export(demo_store, catalog, "form-j", tmp_path / "form-j.pdf").path
    flat = re.sub(r"\s+", " ", pdf_text(path))
    assert "Updated information provided in accordance with Article 7, paragraph 2" in flat
    assert "covering the period 1 January 2024 to 31 December 2024" in flat
    assert "Point of contact" in flat and "Victim Assistance Department" in flat
    assert "1. Victim assistance" in flat and "1.1 Action 30" in flat
    assert "2. International cooperation and assistance" in flat
    assert "United Nations" in flat and "(UNDP)" in flat and "130,000" in flat
    assert "Annex: tables" in flat and "Table A.1" in flat
    ws = load_workbook(export(demo_store, catalog, "form-j", tmp_path / "form-j.xlsx").path).active
    rows = {ws.cell(r, 1).value: [ws.cell(r, c).value for c in range(2, 9)] for r in range(1, ws.max_row + 1)}
    undp = rows["United Nations Development Programme (UNDP)"]
    assert undp[2] == 130000 and undp[3] == "USD" and undp[5] == 130000 and undp[6] == "yes"


# --- drafts, safety -------------------------------------------------------------------------


def test_a_year_with_errors_is_exported_only_as_a_draft(demo_store, catalog, tmp_path):
    demo_store.values.set(YEAR, "national", "svc.prc_clients", "survivor", 99999)
    assert unacknowledged_errors(demo_store, catalog, YEAR)
    with pytest.raises(DraftRequired) as info:
        export(demo_store, catalog, "va-update", tmp_path / "va.pdf")
    assert "--draft" in str(info.value) and info.value.findings
    assert [p.name for p in tmp_path.iterdir() if "va.pdf" in p.name] == []  # not even a partial file
    text = pdf_text(export(demo_store, catalog, "va-update", tmp_path / "va.pdf", draft=True).path)
    pages = text.split("\f")[:-1]
    assert pages and all("DRAFT" in page for page in pages)
    ws = load_workbook(export(demo_store, catalog, "form-j", tmp_path / "j.xlsx", draft=True).path).active
    assert ws.oddHeader.center.text == "DRAFT" and "DRAFT" in ws["A1"].value
    tracker = load_workbook(export(demo_store, catalog, "sraap", tmp_path / "t.xlsx", draft=True).path).active
    assert tracker.oddHeader.center.text == "DRAFT" and tracker["C1"].value == "DRAFT"


def test_a_blocking_check_can_be_swapped(demo_store, catalog, tmp_path):
    demo_store.values.set(YEAR, "national", "svc.prc_clients", "survivor", 99999)
    result = export(demo_store, catalog, "va-update", tmp_path / "va.xlsx",
                    blocking=lambda store, catalog, year: [])
    assert not result.draft and "DRAFT" not in sheet_text(load_workbook(result.path).active)


def test_an_unknown_format_is_refused_with_the_reason(demo_store, catalog, tmp_path):
    with pytest.raises(InputError, match=r"\.xlsx \(Excel\), \.pdf or \.docx \(Word\)"):
        export(demo_store, catalog, "form-j", tmp_path / "form-j.odt")
    with pytest.raises(InputError, match=r"written as \.xlsx or \.pdf, not as \.docx"):
        export(demo_store, catalog, "sraap", tmp_path / "tracker.docx")


def test_user_text_is_never_a_formula(demo_store, catalog, tmp_path):
    for code, text in (("30.1", "=HYPERLINK(\"http://x\")"), ("30.2", "+1+1"), ("30.3", "-2"),
                       ("30.4", "@SUM(A1)")):
        demo_store.narratives.set_fields(code, 2025, status="reported", narrative=text)
    demo_store.narratives.set_fields("31.1", 2025, committee_request="=1+2")
    demo_store.funding.add({"year": YEAR, "funder": "=cmd|' /C calc'!A0", "funder_kind": "ngo",
                            "amount": 5, "currency": "USD"})
    for kind, year in (("sraap", 2025), ("va-update", 2025), ("form-j", YEAR)):
        wb = load_workbook(export(demo_store, catalog, kind, tmp_path / f"{kind}.xlsx", year=year).path)
        cells = [c for row in wb.active.iter_rows() for c in row if c.value is not None]
        assert all(c.data_type != "f" for c in cells), kind
        guarded = [c for c in cells if isinstance(c.value, str) and c.value[:1] in "=+-@"]
        assert guarded and all(c.quotePrefix for c in guarded), kind
    tracker = load_workbook(tmp_path / "sraap.xlsx").active
    assert tracker["C5"].value == 'Reported\n=HYPERLINK("http://x")'


def test_no_personal_data_in_any_document(demo_store, catalog, tmp_path):
    demo_store.casualties.add_many([{
        "source_id": "CMVIS-SECRET-77", "incident_date": "2024-03-02", "province_code": "02",
        "village": "Phum Secretvillage", "commune": "Khum Hidden", "latitude": 13.0987,
        "longitude": 103.2011, "outcome": "injured", "amputation": "yes", "sex": "female",
        "age": 23, "age_group": "adult", "activity": "Gathering firewood", "name": "Sok Secretname",
        "notes": "Private note on the family",
    }])
    forbidden = ["CMVIS-SECRET-77", "Secretvillage", "Hidden", "13.0987", "103.2011",
                 "firewood", "Secretname", "Private note", "DEMO-2024-0", *DEMO_ACTIVITIES]
    for kind, year in (("sraap", 2025), ("va-update", YEAR), ("form-j", YEAR)):
        for suffix in ("xlsx", "pdf"):
            path = export(demo_store, catalog, kind, tmp_path / f"{kind}.{suffix}", year=year).path
            text = pdf_text(path) if suffix == "pdf" else sheet_text(load_workbook(path).active)
            found = [word for word in forbidden if word in text]
            assert not found, (kind, suffix, found)
    # ...while the count includes that casualty.
    assert "50" in sheet_text(load_workbook(tmp_path / "va-update.xlsx").active)


def test_khmer_narratives_are_embedded_in_the_khmer_font(demo_store, catalog, tmp_path):
    demo_store.narratives.set_fields("30.1", YEAR, status="reported", narrative="CMAA " + KHMER * 3)
    path = export(demo_store, catalog, "va-update", tmp_path / "va.pdf").path
    fonts = pdf_fonts(path)
    assert "KhmerOS" in fonts and "DejaVuSansCondensed" in fonts
    ws = load_workbook(export(demo_store, catalog, "va-update", tmp_path / "va.xlsx").path).active
    row = next(c for r in ws.iter_rows() for c in r if isinstance(c.value, str) and KHMER in c.value)
    assert ws.row_dimensions[row.row].height >= 24  # room for Khmer's stacked marks


def test_a_tracker_row_taller_than_a_page_is_split_not_lost(demo_store, catalog, tmp_path):
    demo_store.narratives.set_fields("32.1", 2025, status="reported",
                                     narrative=" ".join(f"Sentence {n} of a long narrative." for n in range(400)))
    text = pdf_text(export(demo_store, catalog, "sraap", tmp_path / "t.pdf", year=2025).path)
    flat = re.sub(r"\s+", " ", text)
    assert "Sentence 0 of" in flat and "Sentence 399 of" in flat


def test_progress_is_reported_until_done(demo_store, catalog, tmp_path):
    seen = []
    export(demo_store, catalog, "va-update", tmp_path / "va.pdf",
           progress=lambda done, total, what: seen.append((done, total)))
    assert seen[0][0] == 0 and seen[-1][0] == seen[-1][1] and len(seen) > 10
    writing = [done for done, _ in seen[1:]]
    assert writing == sorted(writing)


def test_every_document_model_has_a_title_year_and_consistent_tables(demo_store, catalog):
    for kind in ("sraap", "va-update", "form-j"):
        doc = build_document(kind, demo_store, catalog, YEAR, draft=True)
        assert doc.draft and doc.year == YEAR and doc.title
        assert all(isinstance(t, Table) for t in doc.tables())


def test_every_item_has_a_place_in_the_reports(catalog):
    placed = set()
    for action in catalog.actions:
        for figure in action.figures:
            kind, _, code = figure.partition(":")
            if kind == "group":
                placed.update(i.code for i in catalog.items_in_group(code))
            elif kind == "item":
                placed.add(code)
    missing = [item.code for item in catalog.items if item.code not in placed]
    assert not missing, f"items with no place in the VA update / Form J: {missing}"


def test_renaming_an_item_changes_no_documents_columns(demo_store, catalog):
    """The devices table's columns are named by the catalog (items.toml `columns`),
    never cut out of the items' labels: Tools > Items renaming an item renames its row,
    not a column."""
    def devices_header(store):
        doc = build_document("va-update", store, store.catalog, YEAR)
        return next(t for t in doc.tables() if t.header[0] == "Type").header

    before = devices_header(demo_store)
    assert before == ("Type", "Lower limb", "Upper limb", "Spinal", "Adult", "Child", "Total")
    demo_store.reference.update_item("dev.prosthesis.lower", label="Lower-limb prostheses")
    demo_store.reference.update_item("dev.wheelchair.child", label="Wheelchairs for children")
    demo_store.catalog = demo_store.reference.catalog(catalog)  # as the window reloads it
    assert demo_store.catalog.item("dev.prosthesis.lower").label == "Lower-limb prostheses"
    assert devices_header(demo_store) == before
