"""Every document read back as the Committee would read it (python-docx for .docx,
pdftotext for PDF, openpyxl for xlsx): no placeholder text, no Latin ligature code
points, "not recorded" rather than 0 for a year without records, the totals since
records began, and table cells never split inside a number or a word."""

from __future__ import annotations

import re
import subprocess

import docx
import pytest
from docx.oxml.ns import qn
from openpyxl import load_workbook

from cmdesk.narratives import save_narrative
from cmdesk.reports import export_document
from cmdesk.reports.model import Table

YEAR = 2024
PLACEHOLDERS = ("No answer entered yet", "Nothing reported under this action", "no figures entered",
                "No funding line entered", "No international funding line entered", "add up to",
                "differs from the sum")
LIGATURES = re.compile("[\ufb00-\ufb06]")


def pdf_text(path, layout: bool = False) -> str:
    args = ["pdftotext", *(["-layout"] if layout else []), str(path), "-"]
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def docx_text(path) -> str:
    word = docx.Document(str(path))
    lines = [p.text for p in word.paragraphs]
    for table in word.tables:
        for row in table.rows:
            lines.append(" | ".join(cell.text for cell in row.cells))
    section = word.sections[0]
    lines += [p.text for p in section.header.paragraphs] + [p.text for p in section.footer.paragraphs]
    return "\n".join(lines)


def xlsx_text(path) -> str:
    ws = load_workbook(path).active
    return "\n".join(" | ".join("" if c.value is None else str(c.value) for c in row)
                     for row in ws.iter_rows())


READERS = {"pdf": pdf_text, "docx": docx_text, "xlsx": xlsx_text}
DOCUMENTS = [("va-update", "pdf"), ("va-update", "docx"), ("va-update", "xlsx"),
             ("form-j", "pdf"), ("form-j", "docx"), ("form-j", "xlsx"),
             ("sraap", "pdf"), ("sraap", "xlsx")]


@pytest.mark.parametrize("kind,fmt", DOCUMENTS)
def test_the_demo_documents_hold_no_placeholder_and_no_ligature(demo_store, catalog, tmp_path, kind, fmt):
    # Khmer beside English in a narrative: the paragraph is shaped, its English not.
    save_narrative(demo_store, "36.1", YEAR, narrative="Assistance efforts ការផ្តល់ជំនួយ "
                   "reached the affected communities.")
    path = export_document(kind, demo_store, catalog, YEAR, tmp_path / f"{kind}.{fmt}", draft=True).path
    text = READERS[fmt](path)
    for placeholder in PLACEHOLDERS:
        assert placeholder not in text, (kind, fmt, placeholder)
    assert not LIGATURES.search(text), LIGATURES.findall(text)
    if kind != "sraap":
        assert "Assistance efforts" in text


@pytest.mark.parametrize("fmt", ["pdf", "docx", "xlsx"])
def test_a_year_without_records_is_not_recorded_never_zero(demo_store, catalog, tmp_path, fmt):
    path = export_document("va-update", demo_store, catalog, YEAR, tmp_path / f"va.{fmt}",
                           draft=True).path
    text = READERS[fmt](path)
    # The demo's register holds 2024 only: 2023 is "not recorded", the cumulative
    # column starts at the register's first year.
    assert "not recorded" in text
    assert "Since records began (2024-2024)" in re.sub(r"\s+", " ", text)
    rows = [line for line in text.split("\n") if line.split("|")[0].strip() == "Casualties"]
    assert rows and all(" 0 " not in f" {row} " for row in rows)


def test_the_totals_since_records_began_count_every_earlier_year(demo_store, catalog, tmp_path):
    demo_store.casualties.add_many([
        {"incident_date": "1995-03-02", "outcome": "killed", "sex": "male", "age": 30},
        {"incident_date": "2010-06-01", "outcome": "injured", "amputation": "yes", "sex": "female",
         "age": 12},
        {"incident_date": "2025-01-05", "outcome": "killed"},  # after the reporting year: not counted
    ])
    path = export_document("va-update", demo_store, catalog, YEAR, tmp_path / "va.docx", draft=True).path
    table = next(t for t in docx.Document(str(path)).tables
                 if t.rows[0].cells[0].text.startswith("Casualties of mines"))
    assert table.rows[0].cells[3].text == "Since records began (1995-2024)"
    rows = {row.cells[0].text: [c.text for c in row.cells[1:]] for row in table.rows}
    assert rows["Casualties"] == ["49", "not recorded", "51"]
    assert rows["Killed"] == ["12", "–", "13"] and rows["Lost limbs"] == ["8", "–", "9"]
    assert rows["Men"][2] == "31" and rows["Girls"][2] == "6"


def test_a_new_database_prints_no_casualty_table_and_no_placeholder(store, catalog, tmp_path):
    path = export_document("va-update", store, catalog, YEAR, tmp_path / "va.pdf", draft=True).path
    text = pdf_text(path)
    assert "Casualties of mines" not in text
    for placeholder in PLACEHOLDERS:
        assert placeholder not in text


def test_an_unanswered_request_is_left_out_and_an_answer_printed(demo_store, catalog, tmp_path):
    request = "The Committee would welcome news of the national services guide."
    save_narrative(demo_store, "34.2", YEAR, committee_request=request)
    text = pdf_text(export_document("va-update", demo_store, catalog, YEAR, tmp_path / "a.pdf",
                                    draft=True).path)
    assert "national services guide" not in text
    save_narrative(demo_store, "34.2", YEAR, state_answer="A directory is published by the DAC.")
    text = pdf_text(export_document("va-update", demo_store, catalog, YEAR, tmp_path / "b.pdf",
                                    draft=True).path)
    assert "national services guide" in text and "A directory is published by the DAC." in text


def test_the_word_document_has_headings_repeated_header_rows_page_fields_and_draft(demo_store, catalog,
                                                                                  tmp_path):
    path = export_document("va-update", demo_store, catalog, YEAR, tmp_path / "va.docx", draft=True).path
    word = docx.Document(str(path))
    headings = [(p.style.name, p.text) for p in word.paragraphs if p.style.name.startswith("Heading")]
    # The navigation pane lists the actions: they are Word's own Heading 2.
    actions = [text for style, text in headings if style == "Heading 2"]
    assert actions[0].startswith("Action 30") and any(a.startswith("Action 35") for a in actions)
    assert ("Heading 1", "Victim assistance actions") in headings
    tables = [t for t in word.tables if t.style.name == "Table Grid"]  # not the cover's label/values
    assert len(tables) >= 5
    for table in tables:
        header = table.rows[0]._tr.trPr
        assert header is not None and header.find(qn("w:tblHeader")) is not None
    footer = word.sections[0].footer._element.xml
    assert "PAGE" in footer and "NUMPAGES" in footer
    header_text = "".join(p.text for p in word.sections[0].header.paragraphs)
    assert "DRAFT" in header_text and "victim assistance update" in header_text
    final = export_document("va-update", demo_store, catalog, YEAR, tmp_path / "final.docx", draft=True,
                            blocking=lambda *_: []).path
    assert "DRAFT" in "".join(p.text for p in docx.Document(str(final)).sections[0].header.paragraphs)
    unmarked = docx.Document(str(export_document(
        "form-j", demo_store, catalog, YEAR, tmp_path / "fj.docx", blocking=lambda *_: []).path))
    assert "DRAFT" not in "".join(p.text for p in unmarked.sections[0].header.paragraphs)


def test_khmer_in_the_word_document_is_set_in_the_khmer_font(demo_store, catalog, tmp_path):
    save_narrative(demo_store, "36.1", YEAR, narrative="Support ការគាំទ្រផ្លូវចិត្ត for survivors.")
    path = export_document("va-update", demo_store, catalog, YEAR, tmp_path / "va.docx", draft=True).path
    runs = [run for p in docx.Document(str(path)).paragraphs for run in p.runs]
    khmer = [run for run in runs if "ការគាំទ្រ" in run.text]
    assert khmer
    fonts = khmer[0]._element.rPr.find(qn("w:rFonts"))
    assert fonts.get(qn("w:cs")) == "Khmer OS"
    english = next(run for run in runs if run.text.startswith("Support"))
    assert english._element.rPr is None or english._element.rPr.find(qn("w:rFonts")) is None


def _numbers(table: Table) -> set[str]:
    from cmdesk.reports.model import Money, cell_text

    return {cell_text(value) for row in table.rows for value in row.cells
            if isinstance(value, (int, Money)) and not isinstance(value, bool) and len(cell_text(value)) > 3}


def test_table_cells_never_split_inside_a_number_or_a_word(demo_store, catalog, tmp_path):
    from cmdesk.reports import build_document

    demo_store.funding.add({"year": YEAR, "funder": "Government of Japan", "funder_kind": "donor_government",
                            "purpose": "Physical rehabilitation", "amount": 410000000, "currency": "KHR",
                            "rate_to_usd": 0.000245, "earmarked": 1, "note": ""})
    for kind in ("form-j", "va-update"):
        path = export_document(kind, demo_store, catalog, YEAR, tmp_path / f"{kind}.pdf", draft=True).path
        words = set(pdf_text(path).split())
        document = build_document(kind, demo_store, catalog, YEAR)
        for table in document.tables():
            for number in _numbers(table):
                assert number in words, (kind, number)
        assert "government" in words or "Donor government" in pdf_text(path)
        assert "gove" not in words and "rnment" not in words


@pytest.mark.parametrize("kind,fmt", [(k, f) for k, f in DOCUMENTS if k != "sraap"])
def test_a_qualified_figure_is_printed_as_the_committee_quotes_it(demo_store, catalog, tmp_path, kind, fmt):
    path = export_document(kind, demo_store, catalog, YEAR, tmp_path / f"{kind}.{fmt}", draft=True).path
    text = re.sub(r"\s+", " ", READERS[fmt](path))
    assert "over 2,800" in text
    if kind == "va-update":  # the State's sentence (37.3), drafted from the figure
        assert "In 2024, over 2,800 persons with disabilities" in text
