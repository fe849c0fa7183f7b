"""Importing casualty records (cmdesk/exchange/casualties_import.py): CSV and xlsx,
header mapping, every problem by row and column, rejected rows written back, matching
on re-import, one transaction, cancel."""

import csv
import datetime as dt
import json
import sqlite3

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from cmdesk.casualties.fields import CASUALTY_FIELDS
from cmdesk.errors import InputError
from cmdesk.exchange import casualties_import as importer
from cmdesk.exchange.casualties_import import (
    ImportCancelled,
    apply_casualty_import,
    iter_apply,
    plan_casualty_import,
    read_table,
    write_rejects,
)
from cmdesk.store.schema import REGISTER_SORT_INDEXES

TODAY = dt.date(2025, 6, 30)
GOOD = [
    "source_id,incident_date,province,sex,age,device_type,outcome,amputation,village,name",
    "C-1,2024-04-05,Battambang,M,34,AP mine,Killed,,Ta Kream,Sok",
    "C-2,2024-04,បាត់ដំបង,F,12,UXO,injured,yes,,",
    ",05/06/2024,02,m,,ERW,i,n,,",
    ",05/06/2024,02,m,,ERW,i,n,,",
]


def write_csv(path, lines):
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def plan(store, catalog, path, column_map=None, **kw):
    return plan_casualty_import(store, catalog, read_table(path), column_map, today=TODAY, **kw)


def state(store):
    """Everything an import could change."""
    return (store.db.execute("SELECT * FROM casualties ORDER BY id").fetchall(),
            store.counts()["audit_log"], store.years.with_data())


def test_a_good_file_is_added_and_importing_it_again_adds_nothing(store, catalog, tmp_path):
    path = write_csv(tmp_path / "cmvis.csv", GOOD)
    first = plan(store, catalog, path)
    assert first.problems == () and first.counts == importer.CasualtyImportCounts(4, 0, 0, 0)
    assert apply_casualty_import(store, first) == first.counts
    assert store.casualties.count() == 4
    stored = store.casualties.by_source_ids(["C-1", "C-2"])
    assert stored["C-1"]["outcome"] == "killed" and stored["C-1"]["amputation"] == "no"
    assert stored["C-2"]["incident_date"] == "2024-04" and stored["C-2"]["age_group"] == "child"
    # The two alike rows without a number were both added, and match both again.
    again = plan(store, catalog, path)
    assert again.counts == importer.CasualtyImportCounts(0, 0, 4, 0)
    before = state(store)
    apply_casualty_import(store, again)
    assert state(store) == before


def test_every_added_record_has_its_audit_row(store, catalog, tmp_path):
    apply_casualty_import(store, plan(store, catalog, big_file(tmp_path, importer.BATCH + 5)))
    ids = [r[0] for r in store.db.execute("SELECT id FROM casualties ORDER BY rowid")]
    logged = store.db.execute(
        "SELECT row_key, field, old_value, new_value, who, office FROM audit_log "
        "WHERE table_name = 'casualties' ORDER BY id").fetchall()
    assert logged == [(record_id, "*", None, "added", store.user, "hq") for record_id in ids]
    assert store.audit.history("casualties", ids[-1])[0]["new_value"] == "added"
    # Audit rows are matched to the rows just inserted; a count that does not agree
    # is refused rather than logging other rows.
    with pytest.raises(RuntimeError), store.db.atomic():
        store.audit.record_inserted("casualties", 0, len(ids) + 1, None, "added")
    assert store.counts()["audit_log"] == len(logged) + 1  # and the reporting year's row


def test_a_changed_row_updates_only_the_columns_the_file_gives(store, catalog, tmp_path):
    apply_casualty_import(store, plan(store, catalog, write_csv(tmp_path / "a.csv", GOOD)))
    record_id = store.casualties.by_source_ids(["C-1"])["C-1"]["id"]
    store.casualties.update(record_id, notes="kept: not in the file")
    changed = write_csv(tmp_path / "b.csv", ["source_id,outcome,age", "C-1,killed,35", "C-2,injured,12"])
    result = plan(store, catalog, changed)
    assert result.counts == importer.CasualtyImportCounts(0, 1, 1, 0)
    assert [(p.row, p.action, p.changes) for p in result.planned.others] == [
        (2, "update", {"age": 35}), (3, "duplicate", {})]
    apply_casualty_import(store, result)
    record = store.casualties.get(record_id)
    assert record["age"] == 35 and record["notes"] == "kept: not in the file"
    assert record["village"] == "Ta Kream" and record["name"] == "Sok"
    assert ("age", "34", "35") in [(h["field"], h["old_value"], h["new_value"])
                                   for h in store.audit.history("casualties", record_id)]


def test_every_problem_is_reported_by_row_and_column_and_rejected_rows_written(store, catalog, tmp_path):
    path = write_csv(tmp_path / "mixed.csv", [
        *GOOD[:2],
        "C-3,31/02/2024,Mars,X,140,mine,dead,yes,,",
        "C-1,2024-04-05,02,M,34,AP,killed,,,",  # the number again
        "C-4,2024-07-01,Pailin,F,41,AV,injured,no,,,stray",
    ])
    result = plan(store, catalog, path)
    found = [(p.line, p.column, p.text) for p in result.problems]
    assert found == [
        (3, "incident_date", "31/02/2024"), (3, "province", "Mars"), (3, "device_type", "mine"),
        (3, "amputation", "yes"), (3, "sex", "X"), (3, "age", "140"),
        (4, "source_id", "C-1"), (5, "11", "stray")]
    assert "row 2 already gives CMVIS number C-1" in result.problems[6].reason
    assert result.counts == importer.CasualtyImportCounts(1, 0, 0, 3)
    rejects = write_rejects(result)
    assert rejects == tmp_path / "mixed-rejected.csv"
    with rejects.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0][:10] == GOOD[0].split(",") and rows[0][-2:] == ["cmdesk_row", "cmdesk_problems"]
    assert [r[-2] for r in rows[1:]] == ["3", "4", "5"]
    assert rows[1][:3] == ["C-3", "31/02/2024", "Mars"]
    assert "no day 31 in month 2" in rows[1][-1] and "age:" in rows[1][-1]
    # Corrected in place, the rejects file imports (its two extra columns are ignored).
    rows[1][1:7] = ["28/02/2024", "Pailin", "F", "40", "AP", "injured"]
    rows[3][10] = ""  # the stray cell, under no header
    with rejects.open("w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle).writerows([rows[0], rows[1], rows[3]])
    apply_casualty_import(store, plan(store, catalog, path))
    fixed = plan(store, catalog, rejects)
    assert fixed.problems == () and fixed.counts.added == 2


def test_xlsx_with_other_headers_and_a_map(store, catalog, tmp_path):
    book = Workbook()
    sheet = book.active
    sheet.append([])
    sheet.append(["CMVIS No", "Date of incident", "Khet", "Gender", "Result", "Interviewer"])
    sheet.append([1001, dt.datetime(2024, 2, 3), "Pailin", "F", "Killed", "Dara"])
    sheet.append([1002, "2024-02", "Battambang", "M", "Wounded", "Dara"])
    sheet.append([1003, "2024-02-30", "Battambang", "M", "Wounded", "Dara"])
    path = tmp_path / "partner.xlsx"
    book.save(path)
    table = read_table(path)
    assert table.header_row == 2 and [row for row, _ in table.rows] == [3, 4, 5]
    assert importer.needs_mapping(table.headers)
    with pytest.raises(InputError) as info:
        plan_casualty_import(store, catalog, table, today=TODAY)
    assert "'CMVIS No'" in str(info.value) and "'Interviewer'" in str(info.value)
    guess = importer.guess_mapping(table.headers)
    assert guess == {"CMVIS No": "source_id", "Date of incident": "incident_date", "Khet": "province",
                     "Gender": "sex", "Result": "outcome", "Interviewer": None}
    column_map = tmp_path / "map.json"
    column_map.write_text(json.dumps(guess), encoding="utf-8")
    result = plan_casualty_import(store, catalog, table, importer.load_column_map(column_map),
                                  today=TODAY)
    assert [(p.line, p.column) for p in result.problems] == [(5, "Date of incident")]
    apply_casualty_import(store, result)
    stored = store.casualties.by_source_ids(["1001", "1002"])
    assert stored["1001"]["incident_date"] == "2024-02-03" and stored["1001"]["sex"] == "female"
    assert stored["1002"]["incident_date"] == "2024-02" and stored["1002"]["province_code"] == "02"


@pytest.mark.parametrize("content, expected", [
    ({"Date": "nowhere"}, "mapped to no CMDesk column"),
    ([1, 2], "one JSON object"),
    ("{not json", "not JSON"),
])
def test_a_bad_map_is_refused(tmp_path, content, expected):
    path = tmp_path / "map.json"
    path.write_text(content if isinstance(content, str) else json.dumps(content), encoding="utf-8")
    if expected == "mapped to no CMDesk column":
        table = importer.SourceTable(tmp_path / "f.csv", 1, ("Date", "outcome"), ())
        with pytest.raises(InputError) as info:
            importer.resolve_columns(table, importer.load_column_map(path))
    else:
        with pytest.raises(InputError) as info:
            importer.load_column_map(path)
    assert expected in str(info.value)


def test_a_file_without_an_outcome_column_or_of_another_kind_is_refused(store, catalog, tmp_path):
    with pytest.raises(InputError) as info:
        plan(store, catalog, write_csv(tmp_path / "a.csv", ["source_id,sex", "1,M"]))
    assert "outcome" in str(info.value)
    (tmp_path / "a.docx").write_text("x")
    with pytest.raises(InputError) as info:
        read_table(tmp_path / "a.docx")
    assert ".csv and .xlsx" in str(info.value)
    (tmp_path / "bad.xlsx").write_text("not a zip")
    with pytest.raises(InputError) as info:
        read_table(tmp_path / "bad.xlsx")
    assert "bad.xlsx is not an Excel workbook (.xlsx): it is not even a zipped file" in str(info.value)


def big_file(tmp_path, n):
    lines = ["source_id,incident_date,province,sex,age,device_type,outcome"]
    lines += [f"N-{i},2020-01-{i % 28 + 1:02d},02,M,{20 + i % 50},AP,injured" for i in range(n)]
    return write_csv(tmp_path / "big.csv", lines)


def test_cancel_while_writing_leaves_the_register_as_it_was(store, catalog, tmp_path):
    apply_casualty_import(store, plan(store, catalog, write_csv(tmp_path / "a.csv", GOOD)))
    before = state(store)
    result = plan(store, catalog, big_file(tmp_path, importer.BATCH * 2 + 10))
    seen = []

    def progress(done, total):
        seen.append(done)
        return done < importer.BATCH * 2  # cancel after two batches were written

    cache = store.db.execute("PRAGMA cache_size").fetchone()
    with pytest.raises(ImportCancelled):
        apply_casualty_import(store, result, progress)
    assert seen == [0, importer.BATCH, importer.BATCH * 2]
    assert state(store) == before
    assert not store.db.conn.in_transaction
    # The larger cache of the write is given back.
    assert store.db.execute("PRAGMA cache_size").fetchone() == cache


def test_closing_the_generator_rolls_back_and_running_it_out_commits(store, catalog, tmp_path):
    result = plan(store, catalog, big_file(tmp_path, 50))
    steps = iter_apply(store, result)
    assert next(steps) == (0, 50) and next(steps) == (50, 50)
    assert store.casualties.count() == 50  # written, not committed yet
    steps.close()
    assert store.casualties.count() == 0 and store.years.with_data() == []


def test_a_failure_while_writing_writes_nothing(store, catalog, tmp_path, monkeypatch):
    result = plan(store, catalog, big_file(tmp_path, importer.BATCH + 5))
    calls = []
    original = store.casualties.apply_import

    def failing(adds, updates):
        calls.append(len(adds))
        if len(calls) == 2:
            raise OSError("disk full")
        original(adds, updates)

    monkeypatch.setattr(store.casualties, "apply_import", failing)
    with pytest.raises(OSError):
        apply_casualty_import(store, result)
    assert calls == [importer.BATCH, 5] and store.casualties.count() == 0
    assert store.counts()["audit_log"] == 0


def test_a_province_the_database_does_not_list_is_refused_without_foreign_key_checks(
        store, catalog, tmp_path):
    # The import turns SQLite's per-row foreign-key check off for its transaction and
    # the store checks each batch's provinces itself: a code the catalog knows but
    # this database's provinces table lacks must still be refused, in the last batch
    # too, with nothing written, and the checks are on again afterwards.
    lines = ["source_id,incident_date,province,sex,age,device_type,outcome"]
    lines += [f"N-{i},2020-01-05,{'02' if i < importer.BATCH else '03'},M,30,AP,injured"
              for i in range(importer.BATCH + 3)]
    result = plan(store, catalog, write_csv(tmp_path / "p.csv", lines))
    assert result.problems == ()
    code = store.db.execute("SELECT code FROM provinces WHERE code = '03'").fetchone()[0]
    store.db.execute("PRAGMA foreign_keys = OFF")
    store.db.execute("DELETE FROM provinces WHERE code = ?", [code])
    store.db.execute("PRAGMA foreign_keys = ON")
    before = state(store)
    with pytest.raises(InputError, match="Province code '03' is not in this database"):
        apply_casualty_import(store, result)
    assert state(store) == before and store.casualties.count() == 0
    assert store.db.execute("PRAGMA foreign_keys").fetchone() == (1,)
    with pytest.raises(sqlite3.IntegrityError):  # SQLite's own check is back for others
        store.db.execute("INSERT INTO casualties (id, office, created_at, modified_at, outcome, "
                         "province_code) VALUES ('x', 'hq', '', '', 'killed', '03')")


def test_cancel_while_checking_raises_before_anything_is_written(store, catalog, tmp_path):
    with pytest.raises(ImportCancelled):
        plan(store, catalog, big_file(tmp_path, 1500), progress=lambda done, total: done == 0)
    assert store.casualties.count() == 0


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_cancel_while_reading_raises(tmp_path, kind):
    path = big_file(tmp_path, 2500)
    if kind == "xlsx":
        book = Workbook()
        for line in path.read_text(encoding="utf-8").splitlines():
            book.active.append(line.split(","))
        path = tmp_path / "big.xlsx"
        book.save(path)
    seen = []
    assert len(read_table(path, lambda done, total: seen.append((done, total))).rows) == 2500
    assert seen == [(1000, 0), (2000, 0)]
    with pytest.raises(ImportCancelled):
        read_table(path, lambda done, total: False)


# --- hypothesis: bad rows never crash the import and are each reported -------------------

BAD_CELLS = {
    "incident_date": st.sampled_from(["2024", "31/02/2024", "2024-13-01", "1970-01-01",
                                      "2999-01-01", "yesterday", "15/03/24"]),
    "province": st.sampled_from(["Mars", "99", "Battambang district", "ខេត្ត"]),
    "sex": st.sampled_from(["X", "child", "boy girl", "2"]),
    "age": st.sampled_from(["140", "-1", "12.5", "twelve", "1e3"]),
    "device_type": st.sampled_from(["mine", "bomb", "AP mine (PMN-2)"]),
    "outcome": st.sampled_from(["", "yes", "amputee", "alive"]),
    "latitude": st.sampled_from(["103.2", "north", "nan", "inf"]),
}
# Text as it can go in: no control character but tab and newline (cmdesk.text).
ANY_TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")) | st.sampled_from("\t\n"),
                   max_size=12)


@st.composite
def rows(draw):
    """Rows of the file: good ones, and bad ones each with at least one bad cell."""
    made = []
    for n in range(draw(st.integers(1, 12))):
        row = {"source_id": f"H-{n}", "incident_date": "2024-03-01", "province": "02",
               "sex": "F", "age": "30", "device_type": "AP", "outcome": "injured",
               "latitude": "", "notes": draw(ANY_TEXT)}
        bad = draw(st.lists(st.sampled_from(sorted(BAD_CELLS)), max_size=3, unique=True))
        for column in bad:
            row[column] = draw(BAD_CELLS[column])
        made.append((row, bad))
    return made


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows())
def test_generated_bad_rows_are_each_reported_with_their_row_number(store, catalog, tmp_path, made):
    columns = list(made[0][0])
    path = tmp_path / "generated.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(columns)
        for row, _ in made:
            writer.writerow([row[c] for c in columns])
    table = read_table(path)
    before = state(store)
    result = plan_casualty_import(store, catalog, table, today=TODAY)
    assert state(store) == before  # planning writes nothing
    # Row numbers as the file has them (a note may span lines in a CSV).
    numbers = [number for number, _ in table.rows]
    expected_bad = {numbers[i] for i, (_, bad) in enumerate(made) if bad}
    assert {row for row, _ in result.rejected} == expected_bad
    for i, (row, bad) in enumerate(made):
        reported = {p.column for p in result.problems if p.line == numbers[i]}
        assert set(bad) <= reported | {"longitude"}, (row, result.problems)
    assert result.counts.rejected == len(expected_bad)
    assert result.counts.added == len(made) - len(expected_bad)


@settings(max_examples=60, deadline=None)
@given(rows())
def test_checking_rows_together_gives_what_checking_each_gives(catalog, made):
    # The importer checks a file's rows column by column (RecordChecker.check_rows);
    # the form checks one record (check_record). Both must accept and refuse alike.
    from cmdesk.casualties.records import ProvinceLookup, RecordChecker, check_record

    provinces = ProvinceLookup(catalog.provinces)
    names = list(made[0][0])
    texts = [tuple(row[c] for c in names) for row, _ in made]
    together = RecordChecker(provinces, TODAY).check_rows(names, texts)
    assert together == [check_record(dict(zip(names, t)), provinces, TODAY) for t in texts]


def test_an_import_into_an_empty_register_keeps_its_indexes(store, catalog, tmp_path):
    # The importer drops the register's indexes before a bulk insert into an empty
    # register and builds the query indexes again after it, in its transaction; the
    # sort indexes are left for build_sort_indexes after the commit. Then: the same
    # indexes, usable, and the same rows as an import into a register that already
    # had records.

    def indexes():
        return store.db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index' "
                                "AND tbl_name = 'casualties' ORDER BY name").fetchall()

    before = indexes()
    assert {name for name, _ in before} >= set(REGISTER_SORT_INDEXES)
    assert not store.casualties.missing_sort_indexes()
    apply_casualty_import(store, plan(store, catalog, big_file(tmp_path, 300)))
    assert indexes() == [(name, sql) for name, sql in before if name not in REGISTER_SORT_INDEXES]
    assert store.casualties.missing_sort_indexes() == list(REGISTER_SORT_INDEXES)
    assert store.casualties.build_sort_indexes() == len(REGISTER_SORT_INDEXES)
    assert indexes() == before and not store.casualties.missing_sort_indexes()
    assert store.db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    plan_of = store.db.execute("EXPLAIN QUERY PLAN SELECT rowid FROM casualties "
                               "WHERE source_id = 'N-7'").fetchall()
    assert "casualties_source_id" in str(plan_of)
    fields = "source_id, incident_date, province_code, sex, age, device_type, outcome, age_group"
    into_empty = store.db.execute(f"SELECT {fields} FROM casualties ORDER BY rowid").fetchall()

    other = type(store).create(tmp_path / "other.cmdesk", catalog, store.office, "bob")
    try:
        other.casualties.add({"outcome": "killed"})  # not empty: the indexes stay
        apply_casualty_import(other, plan(other, catalog, big_file(tmp_path, 300)))
        into_other = other.db.execute(f"SELECT {fields} FROM casualties WHERE rowid > 1 "
                                      "ORDER BY rowid").fetchall()
    finally:
        other.close()
    assert into_empty == into_other and len(into_empty) == 300


def test_the_register_reads_the_same_without_its_sort_indexes(store, catalog, tmp_path):
    # Between an import's commit and its sort indexes, the page's sorts and filters
    # give what they give with them: the indexes make them fast, never different.
    from cmdesk.store.casualties import SORTABLE, CasualtyFilter

    apply_casualty_import(store, plan(store, catalog, big_file(tmp_path, 300)))
    assert store.casualties.missing_sort_indexes()
    filters = [CasualtyFilter(), CasualtyFilter(age_group="child"), CasualtyFilter(year=2024)]
    asked = [(f, column, descending) for f in filters for column in SORTABLE
             for descending in (False, True)]
    without = [store.casualties.keys(f, column, descending) for f, column, descending in asked]
    screens = [store.casualties.keys(f, column, descending, limit=25) for f, column, descending in asked]
    store.casualties.build_sort_indexes()
    assert not store.casualties.missing_sort_indexes()
    assert [store.casualties.keys(f, column, descending)
            for f, column, descending in asked] == without
    assert [store.casualties.keys(f, column, descending, limit=25)
            for f, column, descending in asked] == screens == [k[:25] for k in without]
    assert any(without[0]) and len(without[0]) == 300


def test_edits_made_while_sort_indexes_are_built_beside_them_are_saved(store, catalog, tmp_path):
    # The window builds the sort indexes on a worker with its own connection while
    # the user goes on editing through the window's. An edit reads before it writes
    # (its record is looked up); it must wait for the index being built, not fail
    # with "database is locked" because the builder committed since its read
    # (store/sqlite.py: atomic begins IMMEDIATE).
    import threading
    import time

    from cmdesk.store.casualties import PAUSE_FOR_WRITERS

    apply_casualty_import(store, plan(store, catalog, big_file(tmp_path, 20_000)))
    ids = [row["id"] for row in store.db.query("SELECT id FROM casualties LIMIT 50")]
    finished = threading.Event()
    built = []

    def build() -> None:
        builder = store.another_connection()
        try:
            built.append(builder.casualties.build_sort_indexes(between=PAUSE_FOR_WRITERS))
        finally:
            builder.close()
            finished.set()

    thread = threading.Thread(target=build)
    thread.start()
    saved = 0
    try:
        while not finished.is_set() or saved < 3:
            store.casualties.update(ids[saved % len(ids)], notes=f"edit {saved}")
            saved += 1
            time.sleep(0.01)  # a person's pace: back to back, the edits would starve the builder
    finally:
        thread.join()
    assert built == [len(REGISTER_SORT_INDEXES)] and not store.casualties.missing_sort_indexes()
    assert store.db.execute("SELECT COUNT(*) FROM casualties WHERE notes LIKE 'edit %'"
                            ).fetchone() == (min(saved, len(ids)),)


def test_sort_indexes_are_built_one_by_one_until_told_to_stop(store, catalog, tmp_path):
    # Each index in a transaction of its own: a builder stopped half way (the window
    # closed) keeps what it built, and the next one builds only the rest. Another
    # connection may write between two indexes.

    apply_casualty_import(store, plan(store, catalog, big_file(tmp_path, 300)))
    other = store.another_connection()
    try:
        asked = []

        def stop_after_three() -> bool:
            asked.append(len(asked))
            if len(asked) == 2:  # between two indexes, another connection writes
                other.casualties.add({"outcome": "killed", "age": 40})
            return len(asked) > 3

        assert store.casualties.build_sort_indexes(stop_after_three) == 3
        missing = store.casualties.missing_sort_indexes()
        assert missing == list(REGISTER_SORT_INDEXES)[3:]
        assert other.casualties.build_sort_indexes() == len(missing)
        assert store.casualties.build_sort_indexes() == 0
        assert not store.casualties.missing_sort_indexes()
    finally:
        other.close()
    assert store.casualties.count() == 301
    assert store.db.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_a_cancelled_import_into_an_empty_register_gives_its_indexes_back(store, catalog, tmp_path):
    def indexes():
        return store.db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index' "
                                "AND tbl_name = 'casualties' ORDER BY name").fetchall()

    before = indexes()
    steps = iter_apply(store, plan(store, catalog, big_file(tmp_path, importer.BATCH + 5)))
    next(steps), next(steps)  # the first batch is written, the indexes dropped
    steps.close()
    assert indexes() == before and store.casualties.count() == 0


def test_a_plan_adds_its_rows_in_the_files_order_and_lists_what_else_each_does(
        store, catalog, tmp_path):
    # The plan holds only the values of the rows it adds, column by column
    # (PlannedRows), given back in the file's order in batches of any size; the
    # updates and duplicates as PlannedRow, in the file's order too.
    apply_casualty_import(store, plan(store, catalog, write_csv(tmp_path / "a.csv", GOOD[:2])))
    mixed = write_csv(tmp_path / "b.csv", [
        GOOD[0], "C-9,2024-01-02,02,F,40,UXO,injured,no,,",
        "C-1,2024-04-05,Battambang,M,35,AP mine,Killed,,Ta Kream,Sok", GOOD[2],
        "C-8,2023-05-06,02,M,20,UXO,killed,,,", GOOD[1]])
    result = plan(store, catalog, mixed)
    assert [(p.row, p.action, p.changes) for p in result.planned.others] == [
        (3, "update", {"age": 35})]
    source_id, province = CASUALTY_FIELDS.index("source_id"), CASUALTY_FIELDS.index("province_code")
    for size in (1, 2, 5):
        batches = list(result.planned.added_values(size))
        assert [len(batch) for batch in batches] == ([1, 1, 1] if size == 1 else [2, 1] if size == 2 else [3])
        added = [values for batch in batches for values in batch]
        assert [(values[source_id], values[province]) for values in added] == [
            ("C-9", "02"), ("C-2", "02"), ("C-8", "02")]
    assert result.planned.added == 3
    # The last row gives C-1 again: refused, and no part of the plan.
    assert [row for row, _ in result.rejected] == [6]
    assert result.counts == importer.CasualtyImportCounts(3, 1, 0, 1)


def test_columns_empty_in_a_whole_batch_are_stored_null(store, catalog, tmp_path):
    # The store leaves a column that is empty in every row of a batch out of the
    # INSERT (store/casualties.py apply_import): that gives NULL only because those
    # columns have no default.
    from cmdesk.store.casualties import _NULLABLE

    defaults = {row[1]: row[4] for row in store.db.execute("PRAGMA table_info(casualties)")}
    assert {name: defaults[name] for name in _NULLABLE} == dict.fromkeys(_NULLABLE)
    apply_casualty_import(store, plan(store, catalog, write_csv(tmp_path / "a.csv", [
        "outcome,province", "killed,", "injured,"])))
    assert store.db.execute("SELECT source_id, incident_date, incident_year, province_code, "
                            "latitude, longitude, age, amputation FROM casualties").fetchall() == [
        (None, None, None, None, None, None, None, "no"), (None, None, None, None, None, None, None,
                                                           "unknown")]
