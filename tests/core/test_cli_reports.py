"""`cmdesk export sraap|va-update|form-j` and `cmdesk import requests`."""

import subprocess

from openpyxl import load_workbook

from cmdesk.demo import create_demo
from tests.core.cli_helpers import run


def demo(tmp_path, catalog):
    db = tmp_path / "demo.cmdesk"
    create_demo(db, catalog, "t").close()
    return db


def test_export_each_document(tmp_path, catalog, capsys):
    db = demo(tmp_path, catalog)
    for kind in ("sraap", "va-update", "form-j"):
        for suffix in ("xlsx", "pdf"):
            out = tmp_path / f"{kind}.{suffix}"
            code, stdout, err = run(capsys, "export", kind, "--year", "2024", "--db", str(db), "--out", str(out))
            assert code == 0, err
            assert str(out) in stdout and out.stat().st_size > 1000
    text = subprocess.run(["pdftotext", str(tmp_path / "form-j.pdf"), "-"], capture_output=True,
                          text=True).stdout
    assert "Form J: Other relevant matters" in text


def test_export_refuses_a_year_with_errors_without_draft(tmp_path, catalog, capsys):
    db = demo(tmp_path, catalog)
    from cmdesk.store import Store
    store = Store.open(db, catalog, "t")
    store.values.set(2024, "national", "inc.sport", "female", 999)
    store.close()
    out = tmp_path / "va.xlsx"
    code, _, err = run(capsys, "export", "va-update", "--year", "2024", "--db", str(db), "--out", str(out))
    # The part larger than its total, and the narrative that stated the part (37.2).
    assert code != 0 and err.startswith("cmdesk: 2024 has 2 error(s)") and "--draft" in err
    assert not out.exists()
    code, stdout, _ = run(capsys, "export", "va-update", "--year", "2024", "--db", str(db), "--out",
                          str(out), "--draft")
    assert code == 0 and "(DRAFT)" in stdout
    assert "DRAFT" in load_workbook(out).active["A1"].value


def test_export_names_a_wrong_format(tmp_path, catalog, capsys):
    db = demo(tmp_path, catalog)
    code, _, err = run(capsys, "export", "form-j", "--year", "2024", "--db", str(db), "--out",
                       str(tmp_path / "f.odt"))
    assert code != 0 and "'.odt' is not a format CMDesk writes" in err
    code, _, err = run(capsys, "export", "sraap", "--year", "2024", "--db", str(db), "--out",
                       str(tmp_path / "tracker.docx"))
    assert code != 0 and "written as .xlsx or .pdf, not as .docx" in err
    assert not (tmp_path / "tracker.docx").exists()


def test_export_writes_the_va_update_as_a_word_document(tmp_path, catalog, capsys):
    import docx

    db = demo(tmp_path, catalog)
    code, _, _ = run(capsys, "export", "va-update", "--year", "2024", "--db", str(db), "--out",
                     str(tmp_path / "va.docx"))
    assert code == 0
    headings = [p.text for p in docx.Document(str(tmp_path / "va.docx")).paragraphs
                if p.style.name == "Heading 2"]
    assert "Action 35: Rehabilitation and assistive technology" in headings or any(
        h.startswith("Action 35") for h in headings)


def test_import_requests(tmp_path, catalog, capsys):
    db = demo(tmp_path, catalog)
    tracker = tmp_path / "t.xlsx"
    assert run(capsys, "export", "sraap", "--year", "2025", "--db", str(db), "--out", str(tracker))[0] == 0
    code, stdout, _ = run(capsys, "import", "requests", str(tracker), "--year", "2026", "--db", str(db))
    assert code == 0 and "11 added, 0 changed, 0 unchanged" in stdout
    wb = load_workbook(tracker)
    wb.active["A9"] = "77"
    wb.save(tracker)
    code, _, err = run(capsys, "import", "requests", str(tracker), "--year", "2026", "--db", str(db))
    assert code == 1 and "row 9, column A: '77'" in err and "nothing was imported" in err


def test_reading_commands_refuse_an_older_database_untouched_until_migrate_updates_it(
    tmp_path, catalog, capsys
):
    # A command documented as reading only never changes the file: it says the
    # database needs updating and which command (or the window) does it.
    from cmdesk.cli import main as cli_main
    from cmdesk.store import backups, probe
    from tests.core.conftest import make_old_database

    db = make_old_database(tmp_path / "old.cmdesk", catalog)
    data = db.read_bytes()
    out = tmp_path / "form-j-2023.pdf"
    export = ["export", "form-j", "--year", "2023", "--db", str(db), "--out", str(out), "--draft"]
    code = cli_main(export)
    _, err = capsys.readouterr()
    assert code == 2 and err.count("\n") == 1
    assert "made by an older CMDesk" in err and f"cmdesk migrate --db {db}" in err
    assert db.read_bytes() == data and not out.exists()
    assert backups.list_backups(db) == []

    assert cli_main(["migrate", "--db", str(db)]) == 0
    printed, _ = capsys.readouterr()
    assert "updated from schema version 1" in printed and "before-migration" in printed
    assert not probe(db).needs_migration
    assert [b.reason for b in backups.list_backups(db)] == ["before-migration"]
    assert cli_main(export) == 0 and out.exists()
    values = tmp_path / "values.csv"
    assert cli_main(["export", "values", "--year", "2023", "--db", str(db), "--out", str(values)]) == 0
    assert "dev.repair" in values.read_text(encoding="utf-8-sig")
    assert cli_main(["migrate", "--db", str(db)]) == 0
    assert "is up to date" in capsys.readouterr()[0]
