"""The provincial summary in the reader's language (cmdesk/reports/provincial.py,
cmdesk/reports/export.py): in Khmer, its texts translated, its labels the catalog's
Khmer, the office named in Khmer, set in the Khmer font, with Khmer digits when the
reader chose them; read back from the PDF (pdftotext) and the workbook (openpyxl)."""

from __future__ import annotations

import re
import subprocess

import pytest
from openpyxl import load_workbook

from cmdesk import i18n
from cmdesk.catalog import Office
from cmdesk.catalog.khmer import in_khmer
from cmdesk.reports import build_document, export_document
from cmdesk.reports.export import written_in_khmer
from cmdesk.store import Store

YEAR = 2024
BATTAMBANG = Office("province:02", "Battambang provincial office")
LATIN_WORD = re.compile(r"[A-Za-z]{2,}")


@pytest.fixture
def battambang(tmp_path, catalog):
    store = Store.create(tmp_path / "battambang.cmdesk", catalog, BATTAMBANG, "tester")
    store.values.set(YEAR, "national", "svc.medical_care", "total", 1203)
    store.values.set(YEAR, "national", "dev.prosthesis.lower", "total", 318)
    store.values.set(YEAR, "national", "dev.repair", "total", 2800)
    store.casualties.add_many([
        {"incident_date": "2024-03-01", "outcome": "killed", "sex": "male", "age": 40, "province_code": "02"},
        {"incident_date": "2024-05-01", "outcome": "injured", "sex": "female", "age": 12, "province_code": "02"},
    ])
    yield store
    store.close()


def pdf_text(path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout


def test_which_documents_are_written_in_khmer():
    assert written_in_khmer("provincial-summary", "km") and not written_in_khmer("provincial-summary", "en")
    assert not written_in_khmer("provincial-summary", "en", asked=True)  # it follows the language
    assert written_in_khmer("va-update", "en", asked=True) and not written_in_khmer("va-update", "km")
    assert not written_in_khmer("form-j", "km", asked=True) and not written_in_khmer("sraap", "km", asked=True)


def test_built_in_khmer_no_english_is_left(battambang, catalog):
    with i18n.in_language("km"):
        model = build_document("provincial-summary", battambang, in_khmer(catalog), YEAR)
    text = model.text().replace(i18n.ZWSP, "")
    assert LATIN_WORD.findall(text) == []  # headings, labels, units, columns, the office
    assert text.startswith("ការិយាល័យខេត្តបាត់ដំបង៖ សេចក្ដីសង្ខេបខេត្ត")
    assert "អវយវៈក្រោម" in text  # the devices' "Lower limb" column, from the catalog's columns_km
    assert model.sheet_name == "សេចក្ដីសង្ខេបខេត្ត"


def test_the_khmer_pdf_is_in_the_khmer_font_without_english_headings(battambang, catalog, tmp_path):
    path = export_document("provincial-summary", battambang, catalog, YEAR, tmp_path / "km.pdf",
                           khmer=True).path
    text = pdf_text(path)  # shaped Khmer extracts poorly: look for words that come out whole
    assert "ឧបករណ៍ជំនួយ" in text and "របួស" in text and "ទំព័រ 1" in text and "2,800" in text
    for english in ("Casualties", "Services", "Assistive devices", "provincial", "summary", "Office",
                    "Lower limb", "Total"):
        assert english not in text
    assert "\u25cc" not in text  # no dotted circle: every mark sits on its consonant
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    assert "KhmerOS" in fonts
    pages = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    assert re.search(r"^Pages:\s+1$", pages, re.M)
    # The English summary is unchanged by it.
    english = pdf_text(export_document("provincial-summary", battambang, catalog, YEAR,
                                       tmp_path / "en.pdf").path)
    assert "Battambang provincial office: summary of 2024" in english and "Lower limb" in english
    assert not re.search("[\u1780-\u17ff]", english)


def test_khmer_digits_in_the_pdf_figures_page_numbers_and_years(battambang, catalog, tmp_path):
    path = export_document("provincial-summary", battambang, catalog, YEAR, tmp_path / "km.pdf",
                           khmer=True, khmer_digits=True).path
    text = pdf_text(path)
    assert "២,៨០០" in text and "១,២០៣" in text and "៣,១១៨" in text  # each figure whole, not split
    assert "ទំព័រ ១" in text and "២០២៤" in text
    assert not re.search("[0-9]", text)  # no Latin digit is left anywhere on the page
    # Without the choice, the Khmer summary keeps 0-9.
    plain = pdf_text(export_document("provincial-summary", battambang, catalog, YEAR, tmp_path / "p.pdf",
                                     khmer=True).path)
    assert "2,800" in plain and "២,៨០០" not in plain and "ទំព័រ 1" in plain


def test_the_khmer_workbook_read_back(battambang, catalog, tmp_path):
    path = export_document("provincial-summary", battambang, catalog, YEAR, tmp_path / "km.xlsx",
                           khmer=True, khmer_digits=True).path
    ws = load_workbook(path).worksheets[0]
    assert ws.title == "សេចក្ដីសង្ខេបខេត្ត"
    values = [c.value for row in ws.iter_rows() for c in row if c.value is not None]
    texts = [v.replace(i18n.ZWSP, "") for v in values if isinstance(v, str)]
    assert "ជនរងគ្រោះ" in texts and "សេវា" in texts and "ឧបករណ៍ជំនួយ" in texts
    assert not any(LATIN_WORD.search(t) for t in texts)
    assert "២០២៤" in texts  # the texts in Khmer digits...
    assert 2800 in values and 1203 in values  # ...the figures stay numbers Excel can add
    khmer_cells = [c for row in ws.iter_rows() for c in row
                   if isinstance(c.value, str) and re.search("[\u1780-\u17ff]", c.value)]
    assert khmer_cells and {c.font.name for c in khmer_cells} == {"Khmer OS"}
    heading = next(c for c in khmer_cells if c.value == "សេវា")
    assert heading.font.bold  # the font changed, its weight kept


def test_the_command_line_writes_it_in_its_language(battambang, tmp_path, capsys, monkeypatch):
    from tests.core.cli_helpers import run

    monkeypatch.setattr(i18n, "settings_file", lambda: tmp_path / "cmdesk.ini")
    try:
        code, _, _ = run(capsys, "--lang", "km", "export", "provincial-summary", "--year", "2024",
                         "--out", tmp_path / "km.pdf", "--db", battambang.path)
        assert code == 0
        text = pdf_text(tmp_path / "km.pdf")
        assert "ឧបករណ៍ជំនួយ" in text and "Casualties" not in text and "2,800" in text
        (tmp_path / "cmdesk.ini").write_text("[ui]\nkhmer_digits=true\n", encoding="utf-8")
        code, _, _ = run(capsys, "--lang", "km", "export", "provincial-summary", "--year", "2024",
                         "--out", tmp_path / "km-digits.pdf", "--db", battambang.path)
        assert "២,៨០០" in pdf_text(tmp_path / "km-digits.pdf")
        code, _, _ = run(capsys, "--lang", "en", "export", "provincial-summary", "--year", "2024",
                         "--out", tmp_path / "en.pdf", "--db", battambang.path)
        text = pdf_text(tmp_path / "en.pdf")
        assert "Casualties" in text and "2,800" in text  # English, and its digits with it
    finally:
        i18n.use_language("en")


def test_the_saved_khmer_digits(tmp_path):
    ini = tmp_path / "cmdesk.ini"
    assert not i18n.saved_khmer_digits(ini)  # no settings file
    ini.write_text("[ui]\nlanguage=km\nkhmer_digits=true\n", encoding="utf-8")
    assert i18n.saved_khmer_digits(ini) and i18n.saved_language(ini) == "km"
    ini.write_text("[ui]\nkhmer_digits=false\n[other]\nkhmer_digits=true\n", encoding="utf-8")
    assert not i18n.saved_khmer_digits(ini)
