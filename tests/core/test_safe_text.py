"""Text that goes in can come out (cmdesk/text.py): every writer of CMDesk over text
holding each dangerous character, each file read back."""

import csv
import subprocess

import pytest
from openpyxl import load_workbook

from cmdesk.catalog import HEADQUARTERS, TOTAL
from cmdesk.exchange import apply_values_import, export_values_csv, plan_values_import
from cmdesk.exchange import casualties_import as importer
from cmdesk.reports import CONVENTION_KINDS, export_document
from cmdesk.store import Store
from cmdesk.text import (
    CONTROL,
    FORMULA_STARTS,
    control_character_problem,
    for_file,
    guard_formula,
    replace_control_characters,
    unguard_formula,
)
from tests.core.cli_helpers import run

# Each starts like a formula, or holds a character a file cannot (XML 1.0) or should
# not (a PDF, a CSV) hold. Word pastes a manual line break as a vertical tab.
DANGEROUS = ["=HYPERLINK(\"http://x\",\"y\")", "+855 12 345", "-2 since 2023", "@SUM(A1)",
             "\tindented", "\rreturn", "Word\x0bbreak", "nul\x00byte", "page\x0cfeed",
             "escape\x1bx", "delete\x7fx", "c1\x85next", "bell\x07x", "'quoted"]
INDICATORS = ["30.1", "30.2", "30.3", "30.4", "31.1", "31.2", "32.1", "32.2", "33.1", "33.2",
              "34.1", "34.2", "35.1", "35.2"]


def test_the_rules_of_text_in_and_out():
    assert control_character_problem("tab\tand\nnewline are text") is None
    reason = control_character_problem("Word\x0bbreak and a\x00")
    assert "vertical tab (Word's line break) (U+000B), at character 5 (and 1 more)" in reason
    assert replace_control_characters("a\x0bb\r\nc\rd\x0ce\x00f\tg") == "a\nb\nc\nd\nef\tg"
    for text in DANGEROUS + ["plain", "", "''twice", "'"]:
        assert unguard_formula(guard_formula(text)) == text
        assert CONTROL.search(for_file(text)) is None
    assert guard_formula("=1") == "'=1" and guard_formula("a=1") == "a=1"
    assert unguard_formula("'note") == "'note"  # a quote CMDesk did not add stays


@pytest.fixture
def empty_store(tmp_path, catalog):
    store = Store.create(tmp_path / "other.cmdesk", catalog, HEADQUARTERS, "bob")
    yield store
    store.close()


@pytest.fixture
def dangerous_store(demo_store):
    """The demo database with dangerous text where older data could hold it: stored
    before imports refused it, straight through the store."""
    for year in (2024, 2025):
        demo_store.narratives.set_many(year, {
            code: {"status": "reported", "narrative": text, "committee_request": text,
                   "state_answer": text}
            for code, text in zip(INDICATORS, DANGEROUS)})
    demo_store.values.set_many((2024, "hi", item, TOTAL, n, text) for n, (item, text) in enumerate(
        zip(["inc.sport", "inc.job_found", "inc.bicycle", "inc.awareness", "dev.repair",
             "dev.seating", "svc.cbr_provinces", "inc.small_business", "dev.tricycle",
             "dev.walking_aid", "svc.self_help_groups", "dc.officials_trained",
             "inc.referral_training", "inc.business_training"], DANGEROUS), 1))
    for text in DANGEROUS[:6]:
        demo_store.funding.add({"year": 2024, "funder": text, "funder_kind": "ngo", "amount": 5,
                                "currency": "USD"})
    return demo_store


def xlsx_texts(path):
    book = load_workbook(path)
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if cell.value is not None:
                    yield cell


@pytest.mark.parametrize("kind", CONVENTION_KINDS)  # a headquarters database (the provincial summary: below)
def test_every_document_holds_dangerous_text_safely(dangerous_store, catalog, tmp_path, kind):
    year = 2025 if kind in ("sraap", "va-update") else 2024
    path = export_document(kind, dangerous_store, catalog, year, tmp_path / f"{kind}.xlsx",
                           draft=True).path
    cells = list(xlsx_texts(path))
    assert all(cell.data_type != "f" for cell in cells)
    texts = [cell for cell in cells if isinstance(cell.value, str)]
    assert not [cell.coordinate for cell in texts if CONTROL.search(cell.value)]
    assert all(cell.quotePrefix for cell in texts if cell.value.startswith(FORMULA_STARTS))
    joined = "\n".join(cell.value for cell in texts)
    assert "Word\nbreak" in joined and "nulbyte" in joined  # the line break kept, the NUL gone
    pdf = export_document(kind, dangerous_store, catalog, year, tmp_path / f"{kind}.pdf",
                          draft=True).path
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert "Word" in text and "nulbyte" in text and CONTROL.search(text.replace("\f", "")) is None


def test_a_year_with_dangerous_text_can_be_submitted(dangerous_store, tmp_path, capsys):
    dangerous_store.close()
    db = dangerous_store.path
    code, out, err = run(capsys, "year", "submit", "--year", "2024", "--db", db, "--user", "T")
    assert code == 0, err
    assert "8 documents" in out


def test_the_values_csv_guards_formulas_and_comes_back(dangerous_store, empty_store, catalog,
                                                       tmp_path):
    out = tmp_path / "values.csv"
    export_values_csv(dangerous_store, 2024, out)
    data = out.read_bytes().decode("utf-8-sig")
    assert CONTROL.search(data.replace("\r\n", "")) is None
    comments = [row[5] for row in csv.reader(data.splitlines()[1:]) if row[1] == "hi"]
    assert all(unguard_formula(c) == c[1:] for c in comments if c[:1] == "'")
    assert not [c for c in comments if c.startswith(("=", "+", "-", "@", "\t"))]
    plan = plan_values_import(empty_store, catalog, out)
    assert plan.ok, plan.problems
    apply_values_import(empty_store, plan)
    back = {r["item"]: r["comment"] for r in empty_store.values.for_year(2024) if r["source"] == "hi"}
    stored = {r["item"]: r["comment"] for r in dangerous_store.values.for_year(2024)
              if r["source"] == "hi"}
    assert back == {item: for_file(text) for item, text in stored.items()}


def test_the_rejects_csv_guards_formulas_and_imports_back(store, catalog, tmp_path):
    path = tmp_path / "records.csv"
    rows = [["source_id", "incident_date", "province", "outcome", "age", "notes"]]
    formulas = [text for text in DANGEROUS if not CONTROL.search(text)]
    rows += [[f"R-{n}", "2024-03-01", "02", "injured", "300", text]  # age 300: rejected
             for n, text in enumerate(formulas)]
    rows += [["=1+1", "-2024-03-01", "@02", "+killed", "-5", "x"]]
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(rows)
    plan = importer.plan_casualty_import(store, catalog, importer.read_table(path))
    assert plan.counts.rejected == len(rows) - 1
    rejects = importer.write_rejects(plan, tmp_path / "rejects.csv")
    written = list(csv.reader(rejects.read_text(encoding="utf-8-sig").splitlines()))
    cells = [cell for row in written for cell in row]
    assert not [c for c in cells if c.startswith(("=", "+", "-", "@", "\t"))]
    assert "'=1+1" in cells and "'-5" in cells and "'+killed" in cells
    again = importer.read_table(rejects)
    assert [cells[:6] for _, cells in again.rows] == [tuple(row) for row in rows[1:]]
