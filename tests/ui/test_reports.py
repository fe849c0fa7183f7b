"""The Reports page: the three documents as xlsx and PDF, the draft confirmation for a
year with errors, and the submission details printed on the documents."""

import subprocess

from openpyxl import load_workbook

YEAR = 2024


def page_for(window, year=YEAR):
    window.set_year(year)
    window.show_page("reports")
    return window.page("reports")


def pdf_text(path):
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def cells(path):
    return [str(c.value) for ws in load_workbook(path).worksheets for row in ws.iter_rows()
            for c in row if c.value is not None]


def never(findings):
    raise AssertionError("a year without errors needs no confirmation")


def test_the_demo_year_exports_to_xlsx_and_pdf(window, tmp_path):
    page = page_for(window)
    xlsx = page.export("va-update", tmp_path / "va.xlsx", confirm_draft=never)
    assert xlsx.format == "xlsx" and not xlsx.draft
    assert any("26,280" in text or text == "26280" for text in cells(xlsx.path))
    pdf = page.export("form-j", tmp_path / "j.pdf", confirm_draft=never)
    text = pdf_text(pdf.path)
    assert "26,280" in text and "DRAFT" not in text
    assert str(pdf.path) in page.result_label.text() and not page.open_folder_button.isHidden()


def test_a_year_with_errors_asks_for_a_draft_and_refusing_writes_nothing(window, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    page = page_for(window)
    window.context.store.values.set(YEAR, "national", "svc.prc_clients", "survivor", 99999)
    asked = []
    assert page.export("va-update", out / "va.pdf", confirm_draft=lambda f: asked.append(f) or False) is None
    assert asked and asked[0]  # the findings were shown
    assert list(out.iterdir()) == []
    assert "Not exported" in page.result_label.text()
    result = page.export("va-update", out / "va.pdf", confirm_draft=lambda f: True)
    assert result.draft and "DRAFT" in pdf_text(result.path)
    assert "DRAFT" in page.result_label.text()


def test_submission_details_are_saved_and_printed_on_the_cover(window, tmp_path):
    page = page_for(window)
    store = window.context.store
    page.detail_edits["contact_name"].setText("Ms Sok Dara")
    page.detail_edits["contact_name"].textEdited.emit("Ms Sok Dara")
    page.detail_edits["submission_date"].setText("2025-04-30")
    page.detail_edits["submission_date"].textEdited.emit("2025-04-30")
    result = page.export("form-j", tmp_path / "j.pdf", confirm_draft=never)  # saves the form first
    assert store.submissions.get(YEAR)["contact_name"] == "Ms Sok Dara"
    assert "Ms Sok Dara" in pdf_text(result.path)


def test_a_wrong_submission_date_is_refused_and_nothing_exported(window, tmp_path, errors_shown):
    out = tmp_path / "out"
    out.mkdir()
    page = page_for(window)
    before = window.context.store.submissions.get(YEAR)
    page.detail_edits["submission_date"].setText("31/04/2025")
    page.detail_edits["submission_date"].textEdited.emit("31/04/2025")
    assert page.export("form-j", out / "j.pdf", confirm_draft=never) is None
    assert errors_shown and list(out.iterdir()) == []
    assert window.context.store.submissions.get(YEAR) == before
    assert "The submission date '31/04/2025': there is no day 31 in month 4 of 2025." in errors_shown[0][1]


def test_a_submission_date_typed_as_dd_mm_yyyy_is_accepted(window, tmp_path, errors_shown):
    page = page_for(window)
    page.detail_edits["submission_date"].setText("30/04/2025")
    page.detail_edits["submission_date"].textEdited.emit("30/04/2025")
    assert page.export("form-j", tmp_path / "j.xlsx", confirm_draft=never) is not None
    assert errors_shown == []
    assert window.context.store.submissions.get(YEAR)["submission_date"] == "2025-04-30"


def test_the_va_update_in_khmer_for_national_use(window, tmp_path):
    page = page_for(window)
    page.kind_box.setCurrentIndex(page.kind_box.findData("form-j"))
    assert page.khmer_box.isHidden()  # only the VA update has a Khmer version
    page.kind_box.setCurrentIndex(page.kind_box.findData("va-update"))
    assert not page.khmer_box.isHidden()
    page.khmer_box.setChecked(True)
    pdf = page.export("va-update", tmp_path / "va-km.pdf", confirm_draft=never)
    fonts = subprocess.run(["pdffonts", str(pdf.path)], capture_output=True, text=True).stdout
    assert "KhmerOS" in fonts and "ទំព័រ 1" in pdf_text(pdf.path)
    page.khmer_box.setChecked(False)
    pdf = page.export("va-update", tmp_path / "va.pdf", confirm_draft=never)
    assert "KhmerOS" not in subprocess.run(["pdffonts", str(pdf.path)], capture_output=True, text=True).stdout
