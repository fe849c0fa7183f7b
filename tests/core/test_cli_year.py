"""`cmdesk year status|mark-checked|submit|reopen|compare|documents`, driven as a user
would: what is printed, exit codes, and what the database holds afterwards."""

import json
import re

import pytest

from cmdesk.demo import create_demo
from cmdesk.store import Store
from tests.conftest import send_stale_narratives_as_they_are
from tests.core.cli_helpers import run


def demo(tmp_path, catalog):
    db = tmp_path / "demo.cmdesk"
    create_demo(db, catalog, "t").close()
    return db


def year(capsys, db, command, *args, user="Sophea"):
    return run(capsys, "year", command, "--year", "2024", "--db", str(db), "--user", user, *args)


def test_status_of_a_draft_year(tmp_path, catalog, capsys):
    db = demo(tmp_path, catalog)
    code, out, err = year(capsys, db, "status")
    assert code == 0, err
    assert out.splitlines() == ["2024: Draft",
                                "No snapshots: one is kept when the year is submitted."]


def test_submit_then_status_lists_who_when_history_and_snapshots(tmp_path, catalog, capsys):
    db = demo(tmp_path, catalog)
    code, out, err = year(capsys, db, "mark-checked", "--reason", "Reviewed")
    assert (code, out) == (0, "2024 is marked as checked.\n"), err
    code, out, err = year(capsys, db, "submit")
    assert code == 0, err
    snapshot = re.search(r"Snapshot ([0-9a-f]{8}) keeps its data and the 8 documents", out).group(1)
    assert "form-j-2024.pdf" in out and "form-j-2024.docx" in out and "frozen" in out
    # What the documents went without is printed: the demo's overdue VIC return, and
    # the two actions seed 000 reports nothing under.
    notes = [line for line in out.splitlines() if line.startswith("note: ")]
    assert any("has not arrived" in line for line in notes)
    assert [line.split(":")[1].strip() for line in notes if "left out" in line] == ["Action 38", "Action 41"]
    code, out, err = year(capsys, db, "status")
    lines = out.splitlines()
    assert re.fullmatch(r"2024: Submitted \(by Sophea on \d{4}-\d\d-\d\d \d\d:\d\d UTC\)", lines[0])
    assert "`cmdesk year reopen --year 2024 --reason TEXT`" in lines[1]
    assert re.fullmatch(r"  \S+ \S+  Sophea: Draft -> Checked: Reviewed", lines[3])
    assert re.fullmatch(r"  \S+ \S+  Sophea: Checked -> Submitted", lines[4])
    assert re.fullmatch(rf"  {snapshot}  \S+ \S+  Sophea  \(8 documents\)", lines[6])


def test_submit_refuses_a_year_with_errors_listing_them(tmp_path, catalog, capsys):
    db = demo(tmp_path, catalog)
    store = Store.open(db, catalog, "t")
    store.values.set(2024, "national", "inc.sport", "female", 999)
    store.close()
    code, out, err = year(capsys, db, "submit")
    assert code == 1 and out == ""
    assert err.splitlines()[0] == ("error: Persons with disabilities in sport: female (999) is "
                                   "larger than the total (58).")
    assert err.splitlines()[-1].startswith("cmdesk: 2024 cannot be submitted: it has 2 "
                                           "unacknowledged error(s).")
    assert "error: Indicator 37.2 states Persons with disabilities in sport (female) as 33" in err
    code, out, _ = year(capsys, db, "status")
    assert out.startswith("2024: Draft\n2 unacknowledged error(s) stop it")


def test_a_submitted_year_refuses_edits_until_reopened_with_a_reason(tmp_path, catalog, capsys):
    db = demo(tmp_path, catalog)
    year(capsys, db, "submit")
    values = tmp_path / "values.csv"
    values.write_text("year,source,item,part,value,comment\n2024,national,dev.repair,total,1,\n",
                      encoding="utf-8")
    code, _, err = run(capsys, "import", "values", str(values), "--db", str(db))
    assert code == 1 and "2024 was submitted on" in err and "Reopen the year" in err
    with pytest.raises(SystemExit) as usage:
        year(capsys, db, "reopen")
    assert usage.value.code == 2
    assert "--reason" in capsys.readouterr().err
    code, _, err = year(capsys, db, "reopen", "--reason", " ")
    assert code == 2 and "Give the reason for reopening 2024" in err
    code, out, err = year(capsys, db, "reopen", "--reason", "Repairs corrected", user="Dara")
    assert (code, out) == (0, "2024 is a draft again; its snapshots are kept.\n"), err
    code, out, err = run(capsys, "import", "values", str(values), "--db", str(db))
    assert code == 0, err
    code, out, _ = year(capsys, db, "status")
    assert "Dara: Submitted -> Draft: Repairs corrected" in out


def test_compare_prints_what_changed_by_whom(tmp_path, catalog, capsys):
    db = demo(tmp_path, catalog)
    year(capsys, db, "submit")
    _, out, _ = year(capsys, db, "status")
    first = re.search(r"^  ([0-9a-f]{8})  ", out, re.M).group(1)
    year(capsys, db, "reopen", "--reason", "Repairs corrected")
    store = Store.open(db, catalog, "Dara")
    store.values.set(2024, "national", "dev.repair", "total", 13306)
    send_stale_narratives_as_they_are(store)
    record = store.casualties.query()[0]
    store.casualties.update(record["id"], name="Sok")
    store.close()
    code, out, err = year(capsys, db, "compare")
    assert code == 0, err
    lines = out.splitlines()
    assert "Values (1)" in lines and "    Value: 13,305 -> 13,306" in lines
    assert any(line.startswith("    by Dara, last on ") for line in lines)
    assert "Sok" not in out and "    Name: (personal data: use --personal to show)" in lines
    code, out, _ = year(capsys, db, "compare", "--personal", "--json")
    data = json.loads(out)
    assert data["newer"] is None and data["older"]["id"].endswith(first)
    assert {c["table"] for c in data["changes"]} == {"aggregate_values", "casualties"}
    assert "Sok" in out
    year(capsys, db, "submit", user="Dara")
    code, out, _ = year(capsys, db, "compare", "--snapshot", first)
    assert "Nothing changed." not in out  # the latest snapshot against the first: not today
    code, out, _ = year(capsys, db, "compare")
    assert out.splitlines()[-1] == "Nothing changed."
    code, _, err = year(capsys, db, "compare", "--with", "nope")
    assert code == 2 and "2024 has no snapshot 'nope'" in err


def test_compare_reports_a_qualifier_changed_alone(tmp_path, catalog, capsys):
    db = demo(tmp_path, catalog)
    year(capsys, db, "submit")
    year(capsys, db, "reopen", "--reason", "Devices stated as a minimum")
    store = Store.open(db, catalog, "Dara")
    store.values.set(2024, "national", "dev.total_reported", "total", 26280, qualifier="at_least")
    store.close()
    code, out, err = year(capsys, db, "compare")
    assert code == 0, err
    lines = out.splitlines()
    assert "Values (1)" in lines and "    Value: 26,280 -> at least 26,280" in lines
    assert "2,800" not in out  # the demo's "over 2,800", unchanged
    code, out, _ = year(capsys, db, "compare", "--json")
    [change] = json.loads(out)["changes"]
    assert change["key"] == "2024/national/dev.total_reported/total"
    assert [(f["old"], f["new"], f["old_qualifier"], f["new_qualifier"], f["new_text"]) for f in change["fields"]] == [
        (26280, 26280, "", "at_least", "at least 26,280")]


def test_documents_writes_a_snapshots_documents_into_a_folder(tmp_path, catalog, capsys):
    db = demo(tmp_path, catalog)
    year(capsys, db, "submit")
    out_dir = tmp_path / "sent"
    out_dir.mkdir()
    code, out, err = year(capsys, db, "documents", "--out", str(out_dir))
    assert code == 0, err
    assert sorted(p.name for p in out_dir.iterdir()) == sorted(
        [f"{kind}-2024.{fmt}" for kind in ("form-j", "sraap", "va-update") for fmt in ("pdf", "xlsx")]
        + ["va-update-2024.docx", "form-j-2024.docx"])
    assert out.splitlines()[-1].startswith("8 document(s) of the snapshot")
    exported = tmp_path / "form-j.pdf"
    code, _, err = run(capsys, "export", "form-j", "--year", "2024", "--db", str(db), "--out", str(exported))
    assert code == 0, err
    assert exported.read_bytes() == (out_dir / "form-j-2024.pdf").read_bytes()
    code, _, err = year(capsys, db, "documents", "--out", str(out_dir))
    assert code == 2 and "same names" in err
    assert year(capsys, db, "documents", "--out", str(out_dir), "--replace")[0] == 0


def test_documents_of_a_year_without_a_snapshot(tmp_path, catalog, capsys):
    db = demo(tmp_path, catalog)
    code, _, err = year(capsys, db, "documents", "--out", str(tmp_path))
    assert code == 2 and "2024 has no snapshot yet" in err


@pytest.mark.parametrize("state_unanswered", [False, True])
def test_submit_decides_how_the_va_update_goes_without_an_unanswered_request(tmp_path, catalog, capsys,
                                                                             state_unanswered):
    import docx

    from cmdesk.narratives import save_narrative

    db = demo(tmp_path, catalog)
    store = Store.open(db, catalog, "Sophea")
    save_narrative(store, "34.2", 2024, committee_request="Please describe the services guide.")
    store.close()
    code, out, err = year(capsys, db, "submit", *(["--state-unanswered"] if state_unanswered else []))
    assert code == 0, err
    left_out = ("note: Indicator 34.2: the Committee's request has no answer, and the documents leave "
                "it out: \"Please describe the services guide.\"")
    printed = ("note: the VA update prints the 1 unanswered request(s) of the Committee, each with the "
               "State's sentence that it has no further information to report.")
    assert (left_out in out.splitlines(), printed in out.splitlines()) == (not state_unanswered, state_unanswered)
    sent = tmp_path / "sent"
    sent.mkdir()
    assert year(capsys, db, "documents", "--out", str(sent))[0] == 0
    text = "\n".join(p.text for p in docx.Document(str(sent / "va-update-2024.docx")).paragraphs)
    sentence = "Cambodia has no further information to report on this request for 2024."
    assert (sentence in text, "Please describe the services guide." in text) == (state_unanswered,) * 2
