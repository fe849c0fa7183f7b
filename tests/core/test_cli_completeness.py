"""`cmdesk completeness`, driven as a user would: the table, the JSON, bad input."""

import json

import pytest

from cmdesk.cli import main

from tests.core.cli_helpers import run


@pytest.fixture
def demo_db(tmp_path, capsys):
    db = tmp_path / "demo.cmdesk"
    assert run(capsys, "demo", "--db", str(db))[0] == 0
    return db


def test_the_table_shows_each_return_and_the_summary_names_what_is_overdue(demo_db, capsys):
    code, out, err = run(capsys, "completeness", "--year", "2024", "--db", str(demo_db),
                         "--on", "2025-06-01")
    assert code == 0 and err == ""
    lines = out.splitlines()
    assert lines[0] == ("Returns for 2024: 42 expected, 41 received, 39 checked. "
                        "Overdue (1): VIC: Social and economic inclusion.")
    assert lines[1].split() == ["Source", "Section", "Due", "Received", "Checked", "Status"]
    vic = [line for line in lines if line.startswith("VIC ")]
    assert len(vic) == 2
    assert "Social and economic inclusion" in vic[1] and "2025-02-15" in vic[1]
    assert vic[1].rstrip().endswith("Overdue")
    prc11 = [line for line in lines if line.startswith("Physical rehabilitation centre 11 ")]
    assert all("2025-03-18" in line and line.rstrip().endswith("Received") for line in prc11)
    casualties = next(line for line in lines if "Casualty records (CMVIS)" in line)
    assert casualties.startswith("CMAA ") and "2025-01-22 by CMVIS officer" in casualties
    assert len(lines) == 2 + 42


def test_before_the_due_dates_the_returns_are_expected_not_overdue(tmp_path, capsys):
    db = tmp_path / "new.cmdesk"
    run(capsys, "init", "--db", str(db))
    code, out, _ = run(capsys, "completeness", "--year", "2024", "--db", str(db),
                       "--on", "2025-01-10")
    assert code == 0
    assert out.splitlines()[0] == ("Returns for 2024: 37 expected, 0 received, 0 checked. "
                                   "Not yet due: 37.")
    assert all(line.rstrip().endswith("Expected") for line in out.splitlines()[2:])


def test_json_gives_one_object_per_return(demo_db, capsys):
    code, out, _ = run(capsys, "completeness", "--year", "2024", "--db", str(demo_db), "--json")
    assert code == 0
    returns = json.loads(out)
    assert len(returns) == 42
    assert set(returns[0]) == {"year", "source", "source_name", "section", "section_label",
                               "expected", "due", "received_on", "received_from_data",
                               "checked_by", "checked_at", "status"}
    vic = next(r for r in returns if (r["source"], r["section"]) == ("vic", "inclusion"))
    assert vic == {**vic, "expected": True, "due": "2025-02-15", "received_on": None,
                   "checked_by": None, "status": "overdue"}
    pwdf = next(r for r in returns if (r["source"], r["section"]) == ("pwdf", "devices"))
    assert pwdf["received_on"] == "2025-01-30" and pwdf["status"] == "checked"
    assert pwdf["checked_at"] == "2025-02-11T03:00:00+00:00"


def test_values_entered_show_as_received_from_the_data(tmp_path, capsys):
    db = tmp_path / "new.cmdesk"
    run(capsys, "init", "--db", str(db))
    values = tmp_path / "values.csv"
    values.write_text("year,source,item,part,value,comment\n2024,prc.04,dev.repair,total,512,\n",
                      encoding="utf-8")
    assert run(capsys, "import", "values", str(values), "--db", str(db))[0] == 0
    code, out, _ = run(capsys, "completeness", "--year", "2024", "--db", str(db), "--json")
    row = next(r for r in json.loads(out) if (r["source"], r["section"]) == ("prc.04", "devices"))
    assert row["status"] == "received" and row["received_from_data"] is True
    code, out, _ = run(capsys, "completeness", "--year", "2024", "--db", str(db))
    line = next(line for line in out.splitlines()
                if line.startswith("Physical rehabilitation centre 4 ") and "devices" in line)
    assert "(from the data entered)" in line


def test_a_bad_date_is_refused_with_the_reason(demo_db, capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["completeness", "--year", "2024", "--db", str(demo_db), "--on", "2025-13-01"])
    assert exit_info.value.code != 0
    assert "'2025-13-01': there is no month 13. Write 2025-04-30 or 30/04/2025." in capsys.readouterr().err


def test_a_missing_database_is_a_one_line_error(tmp_path, capsys):
    code, out, err = run(capsys, "completeness", "--year", "2024", "--db", str(tmp_path / "no.cmdesk"))
    assert code != 0 and out == ""
    assert err.startswith("cmdesk: ") and "does not exist" in err
