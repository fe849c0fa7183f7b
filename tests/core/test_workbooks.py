"""Collection workbooks (cmdesk/exchange/workbooks.py): written for a source and year,
filled with openpyxl as a partner would, and read back checked cell by cell."""

import json
import shutil
import subprocess
import zipfile
from datetime import date

import pytest
from openpyxl import load_workbook

from cmdesk.catalog import HEADQUARTERS
from cmdesk.completeness import completeness
from cmdesk.errors import InputError
from cmdesk.exchange import workbooks as wb
from cmdesk.store import Store
from tests.core.cli_helpers import run
from tests.core.conftest import USER

YEAR = 2025
TODAY = date(2026, 1, 20)


def write(store, source, folder, year=YEAR):
    plan = wb.plan_workbook(store, store.catalog, year, source)
    return wb.write_workbook(store, store.catalog, plan, folder / f"{source}.xlsx", today=TODAY).path


def cell_of(path, item, part):
    """(sheet, cell) of an item's part, from the identity sheet (as the reader maps it)."""
    book = load_workbook(path)
    for row in book[wb.IDENTITY_SHEET].iter_rows(min_row=12, values_only=True):
        if row[2] == item and row[3] == part:
            return row[0], row[1]
    raise KeyError((item, part))


def fill(path, entries, out=None):
    """Type `entries` {(item, part): value} into the workbook and save it (as `out`)."""
    book = load_workbook(path)
    for (item, part), value in entries.items():
        sheet, cell = cell_of(path, item, part)
        book[sheet][cell] = value
    book.save(out or path)
    return out or path


def stored(store, source, year=YEAR):
    return {(r["item"], r["part"]): r["value"] for r in store.values.for_year(year)
            if r["source"] == source}


def test_a_prc_workbook_holds_its_sections_protected_with_a_hidden_identity(store, tmp_path):
    path = write(store, "prc.02", tmp_path)
    book = load_workbook(path)
    assert book.sheetnames == [wb.COVER_SHEET, "Devices", "Rehabilitation", wb.IDENTITY_SHEET]
    assert book[wb.IDENTITY_SHEET].sheet_state == "hidden"
    assert book.security.lockStructure
    devices = book["Devices"]
    assert devices.protection.sheet and not devices.protection.password
    labels = [devices.cell(r, 1).value.split("\n")[0] for r in range(7, 7 + 13)]
    assert devices["A7"].value.split("\n")[1] != "", "each item is named in Khmer too"
    assert labels[0] == "Prostheses, lower limb" and labels[-1].startswith("Total produced")
    # The input cells are unlocked with a validation that shows its message; the rest locked.
    sheet, total = cell_of(path, "dev.prosthesis.lower", "total")
    assert devices[total].protection.locked is False
    assert devices["A7"].protection.locked and devices["C7"].protection.locked
    rules = [dv for dv in devices.data_validations.dataValidation if total in str(dv.sqref)]
    assert rules and rules[0].type == "whole" and rules[0].showErrorMessage
    assert rules[0].formula1 == "0" and rules[0].allow_blank
    # Parts where the item allows them, grey and locked where it does not.
    rehab = book["Rehabilitation"]
    header = [c.value.split("\n")[0] for c in rehab[6] if c.value]
    assert header[3:] == ["Total 2025", "Female", "Child", "Survivor", "Female survivor", "Comment"]
    _, female = cell_of(path, "svc.prc_clients", "female")
    assert rehab[female].protection.locked is False
    part_rules = [dv for dv in rehab.data_validations.dataValidation if female in dv.sqref]
    assert part_rules[0].type == "custom" and part_rules[0].showErrorMessage
    # The formula is relative to the first cell of its range, as Excel reads it.
    first = str(part_rules[0].sqref).split(":")[0]
    assert f"{first}<=$D{first[1:]}" in part_rules[0].formula1
    assert int(devices.page_setup.paperSize) == 9  # A4
    assert devices.print_title_rows == "$6:$6"
    cover = [c for row in book[wb.COVER_SHEET].iter_rows(values_only=True) for c in row if c]
    assert any(str(text).startswith("Physical rehabilitation centre 2 / ") for text in cover)
    assert "2026-01-31" in cover
    assert any("ប្រភព" in str(text) for text in cover), "the cover is in Khmer too"


def test_an_ngo_workbook_holds_only_what_the_ngo_returns_and_last_years_figures(store, tmp_path):
    store.values.set(2024, "hi", "svc.peer_counselling", "total", 412)
    path = write(store, "hi", tmp_path)
    book = load_workbook(path)
    assert book.sheetnames == [wb.COVER_SHEET, "Psychosocial", "Inclusion", wb.IDENTITY_SHEET]
    sheet = book["Psychosocial"]
    rows = {sheet.cell(r, 1).value: sheet.cell(r, 3).value for r in range(7, sheet.max_row + 1)}
    assert "2024 (last year)" in sheet["C6"].value
    assert 412 in rows.values(), "last year's figure of that source stands beside its row"


def test_a_year_change_to_what_is_expected_changes_the_workbook(store, tmp_path):
    from cmdesk.completeness import set_expectation

    set_expectation(store, store.catalog, YEAR, "prc.02", "rehabilitation", expected=False, due=None)
    book = load_workbook(write(store, "prc.02", tmp_path))
    assert book.sheetnames == [wb.COVER_SHEET, "Devices", wb.IDENTITY_SHEET]


def test_a_filled_workbook_reads_back_into_the_source_and_the_return_is_received(store, tmp_path):
    store.values.set(YEAR, "prc.02", "dev.repair", "total", 77, "entered at HQ")
    path = write(store, "prc.02", tmp_path)
    filled = fill(path, {
        ("dev.prosthesis.lower", "total"): 300,
        ("dev.prosthesis.upper", "total"): "1,200",
        ("dev.orthosis.lower", "total"): "២៥",
        ("svc.prc_clients", "total"): 2698,
        ("svc.prc_clients", "survivor"): 886,
        ("dev.prosthesis.lower", "comment"): "from the monthly reports",
    })
    before = store.counts()["audit_log"]
    plan = wb.plan_workbook_read(store, store.catalog, filled)
    assert plan.ok and (plan.source, plan.year) == ("prc.02", YEAR)
    assert plan.counts == wb.WorkbookCounts(added=5, changed=0, unchanged=0)
    applied = wb.apply_workbook_read(store, store.catalog, plan, today=TODAY)
    assert applied.received == ("devices", "rehabilitation")
    assert stored(store, "prc.02") == {
        ("dev.prosthesis.lower", "total"): 300, ("dev.prosthesis.upper", "total"): 1200,
        ("dev.orthosis.lower", "total"): 25, ("svc.prc_clients", "total"): 2698,
        ("svc.prc_clients", "survivor"): 886,
        ("dev.repair", "total"): 77,  # a blank cell changes nothing stored
    }
    comments = {(r["item"], r["part"]): r["comment"] for r in store.values.for_year(YEAR)
                if r["source"] == "prc.02"}
    assert comments[("dev.prosthesis.lower", "total")] == "from the monthly reports"
    assert comments[("dev.repair", "total")] == "entered at HQ"
    log = store.db.execute("SELECT table_name, new_value FROM audit_log WHERE id > ? ORDER BY id",
                           [before]).fetchall()
    assert log[0] == ("workbooks", f"{filled.name} (prc.02, {YEAR})")
    statuses = {s.key: s for s in completeness(store, store.catalog, YEAR, TODAY)}
    assert statuses[("prc.02", "devices")].received_on == TODAY
    assert not statuses[("prc.02", "devices")].received_from_data

    # The same file again changes nothing and says so (no audit row either).
    audit = store.counts()["audit_log"]
    again = wb.plan_workbook_read(store, store.catalog, filled)
    assert again.counts == wb.WorkbookCounts(0, 0, 5) and not again.changes
    assert wb.apply_workbook_read(store, store.catalog, again).received == ()
    assert store.counts()["audit_log"] == audit


def test_a_corrected_workbook_changes_only_what_differs(store, tmp_path):
    path = write(store, "prc.02", tmp_path)
    fill(path, {("dev.repair", "total"): 10, ("dev.seating", "total"): 4})
    wb.apply_workbook_read(store, store.catalog, wb.plan_workbook_read(store, store.catalog, path))
    fill(path, {("dev.repair", "total"): 12})
    plan = wb.plan_workbook_read(store, store.catalog, path)
    assert [(c.place, c.old_value, c.value) for c in plan.changes] == [
        (f"Devices!{cell_of(path, 'dev.repair', 'total')[1]}", 10, 12)]


@pytest.mark.parametrize("typed, reason", [
    ("about 300", "'about 300' is not a number"),
    (-3, "negative"),
    (2.5, "not a whole number"),
    ("12.5", "not a whole number"),
    (10**12, "too large"),
    (True, "not a number"),
])
def test_a_cell_that_is_not_a_count_is_listed_by_sheet_and_cell_and_nothing_is_written(
        store, tmp_path, typed, reason):
    path = fill(write(store, "prc.02", tmp_path), {
        ("dev.seating", "total"): 5, ("dev.tricycle", "total"): typed})
    plan = wb.plan_workbook_read(store, store.catalog, path)
    sheet, cell = cell_of(path, "dev.tricycle", "total")
    assert [p.place for p in plan.problems] == [f"{sheet}!{cell}"]
    assert reason in plan.problems[0].reason
    before = store.counts()
    with pytest.raises(InputError, match="1 problem"):
        wb.apply_workbook_read(store, store.catalog, plan)
    assert store.counts() == before and stored(store, "prc.02") == {}


def test_a_part_larger_than_its_total_is_a_problem_of_both_cells(store, tmp_path):
    path = fill(write(store, "prc.02", tmp_path), {
        ("svc.prc_clients", "total"): 100, ("svc.prc_clients", "survivor"): 150})
    plan = wb.plan_workbook_read(store, store.catalog, path)
    places = {p.place for p in plan.problems}
    assert {f"Rehabilitation!{cell_of(path, 'svc.prc_clients', p)[1]}" for p in ("total", "survivor")} == places
    assert all("150" in p.reason or "survivor" in p.reason.lower() for p in plan.problems)


def test_a_formula_without_a_saved_result_is_reported_as_such(store, tmp_path):
    path = write(store, "prc.02", tmp_path)
    sheet, cell = cell_of(path, "dev.repair", "total")
    book = load_workbook(path)
    book[sheet][cell] = "=2+3"  # openpyxl saves no computed value, as a script would
    book.save(path)
    plan = wb.plan_workbook_read(store, store.catalog, path)
    assert [(p.place, "formula" in p.reason) for p in plan.problems] == [(f"{sheet}!{cell}", True)]


def test_a_comment_without_a_figure_is_a_note_not_a_silent_loss(store, tmp_path):
    path = fill(write(store, "prc.02", tmp_path), {("dev.seating", "comment"): "not counted this year"})
    plan = wb.plan_workbook_read(store, store.catalog, path)
    assert plan.ok and not plan.planned
    assert [n.text for n in plan.notes] == ["not counted this year"]


def test_a_workbook_of_another_database_is_refused(store, catalog, tmp_path):
    other = Store.create(tmp_path / "other.cmdesk", catalog, HEADQUARTERS, USER)
    try:
        path = fill(write(other, "prc.02", tmp_path), {("dev.repair", "total"): 3})
    finally:
        other.close()
    with pytest.raises(InputError, match="another CMDesk database"):
        wb.plan_workbook_read(store, store.catalog, path)


def test_a_workbook_for_a_submitted_year_is_refused(store, tmp_path):
    path = fill(write(store, "prc.02", tmp_path), {("dev.repair", "total"): 3})
    store.years.set_status(YEAR, "submitted")
    with pytest.raises(InputError, match="submitted"):
        wb.plan_workbook_read(store, store.catalog, path)
    with pytest.raises(InputError, match="submitted"):
        wb.plan_workbook(store, store.catalog, YEAR, "prc.02")


def test_a_workbook_without_its_identity_or_with_it_edited_is_refused(store, tmp_path):
    path = fill(write(store, "prc.02", tmp_path), {("dev.repair", "total"): 3})
    book = load_workbook(path)
    del book[wb.IDENTITY_SHEET]
    book.save(tmp_path / "no-identity.xlsx")
    with pytest.raises(InputError, match="not a CMDesk collection workbook"):
        wb.plan_workbook_read(store, store.catalog, tmp_path / "no-identity.xlsx")
    book = load_workbook(path)
    book[wb.IDENTITY_SHEET]["C20"] = "dev.tricycle"  # a cell now mapped to another item
    book.save(tmp_path / "edited.xlsx")
    with pytest.raises(InputError, match="was changed"):
        wb.plan_workbook_read(store, store.catalog, tmp_path / "edited.xlsx")


def test_moved_rows_are_refused_rather_than_read_into_the_wrong_items(store, tmp_path):
    path = fill(write(store, "prc.02", tmp_path), {("dev.repair", "total"): 3})
    book = load_workbook(path)
    book["Devices"].insert_rows(8)
    book.save(path)
    with pytest.raises(InputError, match=r"Devices!A8 should hold 'Prostheses, upper limb / ") as refusal:
        wb.plan_workbook_read(store, store.catalog, path)
    assert "\n" not in str(refusal.value)


def test_files_that_are_not_xlsx_get_a_one_line_message(store, tmp_path):
    xls = tmp_path / "old.xls"
    xls.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 500)
    ods = tmp_path / "calc.ods"
    with zipfile.ZipFile(ods, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
    text = tmp_path / "notes.xlsx"
    text.write_text("hello")
    damaged = tmp_path / "damaged.xlsx"
    good = write(store, "prc.02", tmp_path)
    damaged.write_bytes(good.read_bytes()[:3000])
    for path, words in ((xls, "(.xls)"), (ods, "(.ods)"), (text, "not an Excel workbook"),
                        (damaged, "Excel workbook")):
        with pytest.raises(InputError) as refusal:
            wb.plan_workbook_read(store, store.catalog, path)
        message = str(refusal.value)
        assert words in message and "\n" not in message and path.name in message
        assert "save" in message.lower()  # says how to save it as .xlsx


def test_text_from_the_database_is_written_as_text_never_as_a_formula(store, tmp_path):
    store.reference.rename_source("prc.02", "=HYPERLINK(\"http://x\")\x0b centre")
    book = load_workbook(write(store, "prc.02", tmp_path))
    cell = book["Devices"]["A3"]
    assert cell.data_type == "s" and cell.value.startswith('=HYPERLINK("http://x") centre')


def test_a_source_contact_is_checked_and_offered_with_the_workbook(store):
    with pytest.raises(InputError, match="not an e-mail address"):
        store.reference.set_source_contact("hi", "hi at example")
    store.reference.set_source_contact("hi", " data@hi.example.org ")
    assert wb.plan_workbook(store, store.catalog, YEAR, "hi").contact == "data@hi.example.org"
    store.reference.set_source_contact("hi", "")
    assert wb.plan_workbook(store, store.catalog, YEAR, "hi").contact == ""


def test_a_source_expected_to_send_no_figures_gets_no_workbook(store, tmp_path):
    with pytest.raises(InputError, match="expected to send no figures"):
        wb.plan_workbook(store, store.catalog, YEAR, "icrc")
    written = wb.write_workbooks(store, store.catalog, YEAR, tmp_path)
    names = {w.plan.source.code for w in written}
    assert "icrc" not in names and {"prc.01", "prc.11", "hi", "mosvy", "cmaa"} <= names
    assert len({w.path.name for w in written}) == len(written)
    with pytest.raises(InputError, match="already holds"):
        wb.write_workbooks(store, store.catalog, YEAR, tmp_path)


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_a_workbook_saved_by_libreoffice_calc_reads_back_the_same(store, tmp_path):
    path = fill(write(store, "prc.02", tmp_path), {
        ("dev.repair", "total"): 13305, ("svc.prc_clients", "total"): 2698,
        ("svc.prc_clients", "female"): 900, ("dev.repair", "comment"): "ជួសជុល repairs"})
    expected = wb.plan_workbook_read(store, store.catalog, path)
    out = tmp_path / "calc"
    out.mkdir()
    # Calc opens the xlsx and saves it again as xlsx, as a partner using it would.
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/lo",
                    "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", str(out), str(path)],
                   check=True, capture_output=True, timeout=180)
    saved = wb.plan_workbook_read(store, store.catalog, out / path.name)
    assert saved.ok
    assert [(p.place, p.value, p.comment) for p in saved.planned] == \
        [(p.place, p.value, p.comment) for p in expected.planned]


def test_cli_writes_every_workbook_and_reads_two_back(tmp_path, capsys, catalog):
    db = tmp_path / "hq.cmdesk"
    Store.create(db, catalog, HEADQUARTERS, USER).close()
    folder = tmp_path / "returns"
    folder.mkdir()
    code, out, err = run(capsys, "workbook", "write", "--year", YEAR, "--db", db, "--all", "--out", folder)
    assert code == 0, err
    files = sorted(folder.glob("*.xlsx"))
    assert len(files) == len(out.splitlines()) and len(files) >= 15
    prc = folder / "CMDesk return 2025 - Physical rehabilitation centre 2.xlsx"
    hi = folder / "CMDesk return 2025 - Humanity & Inclusion.xlsx"
    fill(prc, {("dev.repair", "total"): 50})
    fill(hi, {("svc.peer_counselling", "total"): "about ten"})
    code, out, err = run(capsys, "workbook", "read", prc, hi, "--db", db, "--json")
    assert code == 1
    report = json.loads(out)
    assert [r["added"] for r in report] == [1, 0]
    assert report[0]["applied"] and report[0]["received"] == ["devices", "rehabilitation"]
    assert report[1]["problems"][0]["place"].startswith("Psychosocial!")
    fill(hi, {("svc.peer_counselling", "total"): 10})
    code, out, err = run(capsys, "workbook", "read", hi, "--db", db, "--dry-run")
    assert code == 0 and "dry run" in out
    code, out, err = run(capsys, "workbook", "read", hi, "--db", db)
    assert code == 0 and "1 added" in out
    code, out, err = run(capsys, "workbook", "read", hi, "--db", db)
    assert code == 0 and "nothing changed" in out
    code, out, err = run(capsys, "workbook", "write", "--year", YEAR, "--db", db, "--source", "hi",
                         "--out", hi)
    assert code == 2 and "--replace" in err


def test_text_typed_outside_the_cells_to_fill_is_shown_not_dropped(store, tmp_path):
    path = write(store, "prc.02", tmp_path)
    book = load_workbook(path)
    book["Devices"]["G9"] = 41  # right of the comment column, where nothing is read
    book.save(path)
    plan = wb.plan_workbook_read(store, store.catalog, path)
    assert plan.ok and [(n.place, n.text) for n in plan.notes] == [("Devices!G9", "41")]
