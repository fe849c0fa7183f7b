"""`cmdesk import values` and `cmdesk export values`, driven as a user would."""

import re

import pytest

from cmdesk.catalog import load_catalog
from cmdesk.cli import main
from cmdesk.store import Store

from tests.core.cli_helpers import run

HEADER = "year,source,item,part,value,comment"


@pytest.fixture
def demo_db(tmp_path, capsys):
    db = tmp_path / "demo.cmdesk"
    assert run(capsys, "demo", "--db", db)[0] == 0
    return db


def stored(db):
    """Every value of every year with its comment, and the number of audit rows."""
    store = Store.open(db, load_catalog(), "reader", read_only=True)
    try:
        years = store.years.with_data()
        return {year: store.values.for_year(year) for year in years}, store.counts()["audit_log"]
    finally:
        store.close()


def test_export_then_import_into_a_new_database_then_again_into_the_same(demo_db, tmp_path, capsys):
    out = tmp_path / "values-2024.csv"
    code, text, _ = run(capsys, "export", "values", "--year", 2024, "--db", demo_db, "--out", out)
    assert code == 0 and f"48 value(s) of 2024 written to {out}" in text
    other = tmp_path / "other.cmdesk"
    run(capsys, "init", "--db", other)
    code, text, err = run(capsys, "import", "values", out, "--db", other, "--user", "sokha")
    assert (code, text, err) == (0, "48 added, 0 changed, 0 unchanged\n", "")
    assert stored(other)[0] == stored(demo_db)[0]
    code, text, _ = run(capsys, "import", "values", out, "--db", other)
    assert (code, text) == (0, "0 added, 0 changed, 48 unchanged\n")


def test_the_import_is_audited_under_the_user_given(demo_db, tmp_path, capsys):
    path = tmp_path / "one.csv"
    path.write_text(HEADER + "\n2024,national,inc.sport,,60,\n", encoding="utf-8")
    assert run(capsys, "import", "values", path, "--db", demo_db, "--user", "sokha")[:2] == (
        0, "0 added, 1 changed, 0 unchanged\n")
    store = Store.open(demo_db, load_catalog(), "reader", read_only=True)
    try:
        history = store.audit.history("aggregate_values", "2024/national/inc.sport/total")
    finally:
        store.close()
    assert (history[-1]["old_value"], history[-1]["new_value"], history[-1]["who"]) == ("58", "60", "sokha")


def test_bad_lines_are_each_printed_and_nothing_is_written(demo_db, tmp_path, capsys):
    before = stored(demo_db)
    path = tmp_path / "bad.csv"
    path.write_text(
        HEADER + "\n"
        "2024,national,inc.sport,total,60,\n"          # fine on its own
        "2024,nationl,inc.sport,female,1,\n"
        "2024,national,inc.sport,female,61,\n"
        "2024,national,inc.job_found,total,\"22\n3\",\n"
        "2024,national,inc.sport,total,60,again\n",
        encoding="utf-8",
    )
    code, out, err = run(capsys, "import", "values", path, "--db", demo_db)
    assert code == 1 and out == ""
    lines = err.splitlines()
    assert lines[0] == (f"{path}:2: column value: '60': Persons with disabilities in sport: "
                        "female (61) is larger than the total (60). See also line(s) 4.")
    assert lines[1] == (f"{path}:3: column source: 'nationl': unknown reporting source. "
                        "Did you mean 'national'? The codes are listed in docs/values-csv.md.")
    assert lines[2].startswith(f"{path}:4: column value: '61': Persons with disabilities in sport: "
                               "female (61) is larger than the total (60). See also line(s) 2.")
    assert lines[3].startswith(f"{path}:5: column value: '22\\n3': '22\\n3' is not a number.")
    assert lines[4].startswith(f"{path}:7: column value: '60': line 2 already gives")
    assert lines[-1] == "5 problem(s); nothing was imported. Correct the file and import it again."
    assert all(re.match(rf"{re.escape(str(path))}:\d+: column \w+: '.*': .+", line) for line in lines[:-1])
    assert stored(demo_db) == before


def test_a_file_that_cannot_be_read_gets_a_one_line_reason(demo_db, tmp_path, capsys):
    path = tmp_path / "latin1.csv"
    path.write_bytes((HEADER + "\n2024,national,inc.sport,,58,Café\n").encode("cp1252"))
    code, out, err = run(capsys, "import", "values", path, "--db", demo_db)
    assert code == 2 and out == "" and err.count("\n") == 1
    assert f"{path}, line 2: the file is not UTF-8" in err and "CSV UTF-8" in err
    path = tmp_path / "header.csv"
    path.write_text("year,source,item,value\n", encoding="utf-8")
    code, _, err = run(capsys, "import", "values", path, "--db", demo_db)
    assert code == 2 and "missing column(s) part, comment" in err and err.count("\n") == 1


def test_export_to_a_folder_that_does_not_exist_fails_with_a_reason(demo_db, tmp_path, capsys):
    code, _, err = run(capsys, "export", "values", "--year", 2024, "--db", demo_db,
                       "--out", tmp_path / "missing" / "v.csv")
    assert code == 2 and f"The folder {tmp_path / 'missing'} does not exist" in err and err.count("\n") == 1


def test_export_does_not_write_to_the_database(demo_db, tmp_path, capsys):
    run(capsys, "backup", "--db", demo_db)  # fold the WAL in, so the file is complete
    before = demo_db.read_bytes()
    assert run(capsys, "export", "values", "--year", 2024, "--db", demo_db, "--out", tmp_path / "v.csv")[0] == 0
    assert demo_db.read_bytes() == before


@pytest.mark.parametrize("argv", [["import", "values"], ["export", "values"]])
def test_the_values_commands_have_help_and_the_user_option(argv, capsys):
    with pytest.raises(SystemExit) as exit_info:
        main([*argv, "--help"])
    assert exit_info.value.code == 0
    text = capsys.readouterr().out
    assert f"usage: cmdesk {' '.join(argv)}" in text and "--user USER" in text and "--db DB" in text


@pytest.mark.parametrize("argv, missing", [
    (["import"], "WHAT"),
    (["import", "values", "--db", "x.cmdesk"], "FILE.csv"),
    (["export", "values", "--db", "x.cmdesk", "--out", "v.csv"], "--year"),
    (["export", "values", "--db", "x.cmdesk", "--year", "2024"], "--out"),
])
def test_missing_arguments_exit_with_usage(argv, missing, capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(argv)
    assert exit_info.value.code == 2 and missing in capsys.readouterr().err
