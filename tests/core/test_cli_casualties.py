"""`cmdesk import casualties` and `cmdesk summary casualties`, driven as a user would."""

import csv
import json

import pytest

from tests.core.cli_helpers import run

KEYS = {"total", "killed", "injured", "amputations", "injured_without_amputation", "men",
        "women", "boys", "girls", "sex_age_unknown", "device_type", "status", "province",
        "previous_year_total"}


@pytest.fixture
def demo_db(tmp_path, capsys):
    db = tmp_path / "demo.cmdesk"
    assert run(capsys, "demo", "--db", db)[0] == 0
    return db


def summary(capsys, db, *more):
    code, out, err = run(capsys, "summary", "casualties", "--db", db, "--json", *more)
    assert code == 0, err
    return json.loads(out)


def test_the_demo_2024_summary_has_the_published_figures(capsys, demo_db):
    data = summary(capsys, demo_db, "--year", "2024")
    assert KEYS <= set(data)
    # Published: "49 casualties, including 12 killed, 29 injured and 8 lost limbs;
    # 30 men, 11 boys, 3 women and 5 girls" (three disjoint groups: 37 survivors).
    assert (data["total"], data["killed"], data["injured"], data["amputations"],
            data["injured_without_amputation"]) == (49, 12, 37, 8, 29)
    assert (data["men"], data["boys"], data["women"], data["girls"], data["sex_age_unknown"]) == (30, 11, 3, 5, 0)
    assert sum(data["device_type"].values()) == sum(data["status"].values()) == 49
    assert sum(data["province"].values()) == 49 and set(data["province"]) <= {f"{n:02d}" for n in range(1, 26)}
    assert data["previous_year_total"] == 0
    assert "per_year" not in data


def test_all_years_has_a_per_year_series(capsys, demo_db):
    data = summary(capsys, demo_db)
    assert data["total"] == 49 and data["previous_year_total"] is None
    assert data["per_year"] == [{"year": 2024, "total": 49, "killed": 12, "injured": 37, "amputations": 8}]


def test_the_plain_summary_names_the_groups(capsys, demo_db):
    code, out, _ = run(capsys, "summary", "casualties", "--db", demo_db, "--year", "2024")
    assert code == 0
    lines = {line.rsplit(None, 1)[0].strip(): line.rsplit(None, 1)[1] for line in out.splitlines()
             if line.startswith("  ")}
    assert lines["Killed"] == "12" and lines["injured without amputation"] == "29"
    assert lines["Girls"] == "5" and lines["Battambang"] == "9"


def write(path, rows):
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(rows)
    return path


def test_import_exits_1_when_rows_are_rejected_and_adds_nothing_the_second_time(capsys, demo_db, tmp_path):
    path = write(tmp_path / "cmvis.csv", [
        ["source_id", "incident_date", "province", "sex", "age", "device_type", "outcome"],
        ["C-1", "2023-04-05", "Battambang", "M", "34", "AP mine", "Killed"],
        ["C-2", "2023-04", "Pailin", "F", "12", "UXO", "injured"],
        ["C-3", "2023-04-31", "Pailin", "F", "12", "UXO", "injured"],
    ])
    code, out, err = run(capsys, "import", "casualties", path, "--db", demo_db)
    assert code == 1
    assert out.strip() == "2 added, 0 updated, 0 duplicates, 1 rejected"
    assert "row 4: column incident_date: '2023-04-31': there is no day 31 in month 4" in err
    assert (tmp_path / "cmvis-rejected.csv").exists()
    code, out, _ = run(capsys, "import", "casualties", path, "--db", demo_db,
                       "--rejects", tmp_path / "problems.csv")
    assert code == 1 and out.strip() == "0 added, 0 updated, 2 duplicates, 1 rejected"
    assert (tmp_path / "problems.csv").read_text(encoding="utf-8-sig").count("\n") == 2
    assert summary(capsys, demo_db, "--year", "2024")["previous_year_total"] == 2


def test_a_clean_import_with_a_map_exits_0(capsys, demo_db, tmp_path):
    path = write(tmp_path / "partner.csv", [["No", "Result", "Remark"], ["P-1", "dead", "x"]])
    code, _, err = run(capsys, "import", "casualties", path, "--db", demo_db)
    assert code == 2 and "cmdesk: " in err and "'No'" in err and err.count("\n") == 1
    mapping = tmp_path / "map.json"
    mapping.write_text(json.dumps({"No": "source_id", "Result": "outcome", "Remark": None}))
    code, out, _ = run(capsys, "import", "casualties", path, "--db", demo_db, "--map", mapping)
    assert code == 0 and out.strip() == "1 added, 0 updated, 0 duplicates, 0 rejected"
    assert not (tmp_path / "partner-rejected.csv").exists()
    assert summary(capsys, demo_db)["total"] == 50


def _missing_sort_indexes(db):
    from cmdesk.catalog import load_catalog
    from cmdesk.store import Store

    store = Store.open(db, load_catalog(), "reader", read_only=True)
    try:
        return store.casualties.missing_sort_indexes()
    finally:
        store.close()


def test_an_import_larger_than_the_register_leaves_it_with_every_index(capsys, demo_db, tmp_path):
    # 60 rows into the demo's 49 records: the import drops the register's indexes and
    # leaves the sort indexes for after its commit; the command builds them after
    # printing its result, so that the next program to open the file finds them.
    rows = [["source_id", "incident_date", "province", "sex", "age", "device_type", "outcome"]]
    rows += [[f"B-{n}", "2023-05-06", "Pailin", "F", str(20 + n % 40), "UXO", "injured"]
             for n in range(60)]
    code, out, err = run(capsys, "import", "casualties", write(tmp_path / "big.csv", rows),
                         "--db", demo_db)
    assert code == 0, err
    assert out.strip() == "60 added, 0 updated, 0 duplicates, 0 rejected"
    assert _missing_sort_indexes(demo_db) == []
    assert summary(capsys, demo_db)["total"] == 109


def test_an_import_whose_sort_indexes_cannot_be_built_still_succeeds(capsys, demo_db, tmp_path,
                                                                    monkeypatch):
    # The import is committed before the sort indexes are built: a lock held past the
    # time-out then is a warning, not the command's failure (exit 0, the result printed).
    import sqlite3

    from cmdesk.store.casualties import CasualtyRegister

    def locked(self, stop=None, between=0.0):
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr(CasualtyRegister, "build_sort_indexes", locked)
    rows = [["source_id", "incident_date", "province", "sex", "age", "device_type", "outcome"]]
    rows += [[f"L-{n}", "2023-05-06", "Pailin", "M", str(30 + n % 30), "UXO", "killed"]
             for n in range(60)]
    code, out, err = run(capsys, "import", "casualties", write(tmp_path / "locked.csv", rows),
                         "--db", demo_db)
    assert code == 0
    assert out.strip() == "60 added, 0 updated, 0 duplicates, 0 rejected"
    assert "warning: the register's sort indexes were not built (database is locked)" in err
    assert "everything is saved" in err
    monkeypatch.undo()
    assert summary(capsys, demo_db)["total"] == 109
    assert len(_missing_sort_indexes(demo_db)) == 19
