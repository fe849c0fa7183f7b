"""`cmdesk check`: the year's findings as text and JSON, the exit code, acknowledging."""

import json

from cmdesk.catalog import TOTAL
from cmdesk.demo import create_demo
from cmdesk.store import Store
from tests.core.cli_helpers import run


def demo_with_an_error(tmp_path, catalog):
    db = tmp_path / "demo.cmdesk"
    create_demo(db, catalog, "t").close()
    store = Store.open(db, catalog, "t")
    store.values.set_many([(2024, "prc.03", "inc.sport", TOTAL, 10, None),
                           (2024, "prc.03", "inc.sport", "female", 12, None)])
    store.close()
    return db


def test_the_demo_year_lists_its_warnings_and_question_and_passes(tmp_path, catalog, capsys):
    db = tmp_path / "demo.cmdesk"
    create_demo(db, catalog, "t").close()
    code, out, _ = run(capsys, "check", "--year", "2024", "--db", str(db))
    assert code == 0
    # The devices' stated total against its types ("over 2,800" agrees with its parts).
    assert out.splitlines()[0] == ("Checks of 2024: 0 error(s), 1 warning(s), 1 question(s) to look "
                                   "at; 0 acknowledged.")
    assert "2,800 stated" not in out
    assert "QUESTION  [national] 2 items have the same value 26,988" in out


def test_json_lists_objects_with_the_named_keys_and_errors_exit_1(tmp_path, catalog, capsys):
    db = demo_with_an_error(tmp_path, catalog)
    code, out, _ = run(capsys, "check", "--year", "2024", "--db", str(db), "--json")
    assert code == 1
    findings = json.loads(out)
    error = findings[0]
    assert {"severity", "rule", "message", "items", "values"} <= set(error)
    assert (error["severity"], error["rule"], error["items"], error["values"], error["source"]) == (
        "error", "part_within_total", ["inc.sport"], [12, 10], "prc.03")
    assert error["acknowledged"] is None
    assert [f["severity"] for f in findings].count("error") == 1


def test_acknowledging_with_a_reason_lets_the_check_pass(tmp_path, catalog, capsys):
    db = demo_with_an_error(tmp_path, catalog)
    code, out, _ = run(capsys, "check", "--year", "2024", "--db", str(db))
    assert code == 1 and "1 error(s) block the year's submission" in out
    key = next(line.split("key ")[1] for line in out.splitlines() if "part_within_total" in line)
    code, _, err = run(capsys, "check", "--year", "2024", "--db", str(db), "--acknowledge", key)
    assert code == 2 and "--reason" in err
    code, out, _ = run(capsys, "check", "--year", "2024", "--db", str(db), "--acknowledge", key,
                       "--reason", "PRC 3 confirmed: women counted twice", "--user", "sophea")
    assert code == 0
    assert "acknowledged by sophea on" in out and "PRC 3 confirmed" in out
    code, _, err = run(capsys, "check", "--year", "2024", "--db", str(db), "--acknowledge", "nokey",
                       "--reason", "x")
    assert code == 2 and "no finding 'nokey'" in err


def test_a_year_without_data_is_refused_with_the_years_there_are(tmp_path, catalog, capsys):
    db = tmp_path / "demo.cmdesk"
    create_demo(db, catalog, "t").close()
    code, out, err = run(capsys, "check", "--year", "1900", "--db", db)
    assert code == 2 and out == ""
    assert "holds nothing for 1900 (years with data: 2024)" in err
