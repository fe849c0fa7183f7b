"""Backups (cmdesk/store/backups.py and Store.backup / save_copy / restore): the
rotating folder beside the database, the daily backup on opening, a copy saved
elsewhere, and restoring, which never loses the current content."""

import sqlite3
from datetime import datetime, timedelta

import pytest

from cmdesk.errors import (
    CMDeskError,
    DatabaseCorruptError,
    DatabaseError,
    DatabaseMissingError,
    DatabaseTooNewError,
    NotADatabaseError,
)
from cmdesk.store import SCHEMA_VERSION, Store, backups, probe
from cmdesk.store.schema import MIGRATION_NAMES
from tests.core.conftest import (
    USER,
    make_database,
    make_old_database,
    peek,
    side_files,
    stored_value,
)

DAY_1 = datetime(2025, 3, 10, 8, 30)
ITEM = ("national", "dev.repair", "total")


# --- taking and listing backups -------------------------------------------------------


def test_a_backup_is_a_complete_copy_in_the_folder_beside_the_database(store):
    store.values.set(2024, *ITEM, 13305)
    path = store.backup("manual", now=DAY_1)
    folder = backups.backup_dir(store.path)
    assert folder == store.path.parent / "office backups"
    assert path.parent == folder
    assert path.name == "office-20250310-083000-000000-manual.cmdesk"
    assert probe(path).applied_migrations == MIGRATION_NAMES
    assert stored_value(path, 2024, *ITEM) == 13305
    listed = store.list_backups()
    assert [(b.path, b.taken_at, b.reason) for b in listed] == [(path, DAY_1, "manual")]
    # The copy is independent: later changes do not reach it.
    store.values.set(2024, *ITEM, 1)
    assert stored_value(path, 2024, *ITEM) == 13305


def test_backups_are_listed_newest_first_and_foreign_files_are_ignored(store):
    folder = backups.backup_dir(store.path)
    first = store.backup("manual", now=DAY_1)
    second = store.backup("daily", now=DAY_1 + timedelta(days=1))
    (folder / "readme.txt").write_text("not a backup")
    (folder / "another-20250101-000000-000000-manual.cmdesk").write_bytes(b"other db")
    listed = store.list_backups()
    assert [b.path for b in listed] == [second, first]
    assert [b.reason for b in listed] == ["daily", "manual"]


def test_rotation_keeps_only_the_newest_ten(store):
    folder = backups.backup_dir(store.path)
    taken = [store.backup("manual", now=DAY_1 + timedelta(hours=n)) for n in range(12)]
    (folder / "readme.txt").write_text("kept: not a backup")
    store.backup("manual", now=DAY_1 + timedelta(hours=12))
    listed = store.list_backups()
    assert backups.KEEP == 10
    assert len(listed) == 10
    assert listed[0].taken_at == DAY_1 + timedelta(hours=12)
    assert listed[-1].taken_at == DAY_1 + timedelta(hours=3)
    for old in taken[:3]:
        assert not old.exists()
    for kept in taken[3:]:
        assert kept.exists()
    assert (folder / "readme.txt").exists()


# --- the daily backup --------------------------------------------------------------


def test_the_first_opening_of_each_day_takes_one_backup(tmp_path, catalog):
    path = make_database(tmp_path / "office.cmdesk", catalog)
    assert backups.list_backups(path) == []

    Store.open(path, catalog, USER, now=DAY_1).close()
    listed = backups.list_backups(path)
    assert [(b.taken_at, b.reason) for b in listed] == [(DAY_1, "daily")]

    Store.open(path, catalog, USER, now=DAY_1 + timedelta(hours=9)).close()
    assert len(backups.list_backups(path)) == 1

    next_day = DAY_1 + timedelta(days=1, hours=-8)  # just after midnight
    Store.open(path, catalog, USER, now=next_day).close()
    listed = backups.list_backups(path)
    assert [(b.taken_at, b.reason) for b in listed] == [(next_day, "daily"), (DAY_1, "daily")]


def test_a_deferred_daily_backup_is_left_to_the_caller_only_when_due(tmp_path, catalog):
    path = make_database(tmp_path / "office.cmdesk", catalog)
    store = Store.open(path, catalog, USER, defer_daily_backup=True, now=DAY_1)
    assert store.daily_backup_deferred and backups.list_backups(path) == []
    store.close()
    Store.open(path, catalog, USER, now=DAY_1).close()  # an opening that takes it
    again = Store.open(path, catalog, USER, defer_daily_backup=True, now=DAY_1 + timedelta(hours=2))
    assert not again.daily_backup_deferred  # taken today already
    again.close()
    read_only = Store.open(path, catalog, USER, read_only=True, defer_daily_backup=True,
                           now=DAY_1 + timedelta(days=1))
    assert not read_only.daily_backup_deferred  # a read-only opening never backs up
    read_only.close()


def test_no_daily_backup_when_switched_off_or_read_only(tmp_path, catalog):
    path = make_database(tmp_path / "office.cmdesk", catalog)
    Store.open(path, catalog, USER, daily_backup=False, now=DAY_1).close()
    Store.open(path, catalog, USER, read_only=True, now=DAY_1).close()
    assert backups.list_backups(path) == []
    assert not backups.backup_dir(path).exists()


def test_daily_backups_rotate_too(tmp_path, catalog):
    path = make_database(tmp_path / "office.cmdesk", catalog)
    for day in range(12):
        Store.open(path, catalog, USER, now=DAY_1 + timedelta(days=day)).close()
    listed = backups.list_backups(path)
    assert [b.taken_at for b in listed] == [DAY_1 + timedelta(days=d) for d in range(11, 1, -1)]


# --- save a copy -------------------------------------------------------------------


def test_save_copy_writes_a_consistent_copy_where_asked(store, tmp_path):
    store.values.set(2024, *ITEM, 13305)
    destination = tmp_path / "elsewhere" / "copy.cmdesk"
    destination.parent.mkdir()
    destination.write_text("an old file that the user chose to replace")
    with pytest.raises(DatabaseError) as info:
        store.save_copy(destination)
    assert "already exists" in str(info.value) and str(destination) in str(info.value)
    assert destination.read_text() == "an old file that the user chose to replace"
    assert store.save_copy(destination, replace=True) == destination
    assert probe(destination).schema_version == SCHEMA_VERSION
    assert stored_value(destination, 2024, *ITEM) == 13305
    assert store.list_backups() == []  # not an automatic backup


@pytest.mark.parametrize("spelling", ["same", "relative", "dotted"])
def test_save_copy_refuses_the_database_itself(store, monkeypatch, spelling):
    store.values.set(2024, *ITEM, 13305)
    target = {
        "same": store.path,
        "relative": store.path.name,
        "dotted": store.path.parent / "." / ".." / store.path.parent.name / store.path.name,
    }[spelling]
    monkeypatch.chdir(store.path.parent)
    with pytest.raises(DatabaseError) as info:
        store.save_copy(target)
    assert "cannot replace the database itself" in str(info.value)
    assert store.values.get(2024, *ITEM) == 13305
    store.values.set(2024, *ITEM, 2)  # the database still works
    assert store.values.get(2024, *ITEM) == 2


# --- restore -----------------------------------------------------------------------


def test_restore_brings_back_the_backup_and_keeps_the_replaced_content(store, catalog):
    store.values.set(2024, *ITEM, 100)
    backup = store.backup("manual", now=DAY_1)
    store.values.set(2024, *ITEM, 250)
    store.values.set(2024, "national", "dev.seating", "total", 52)

    safety = store.restore(backup)

    assert store.values.get(2024, *ITEM) == 100
    assert store.values.get(2024, "national", "dev.seating") is None
    history = store.audit.history("aggregate_values", "2024/national/dev.repair/total")
    assert [(h["old_value"], h["new_value"]) for h in history] == [(None, "100")]
    # The content that was replaced is kept in a "before-restore" backup.
    assert safety.parent == backups.backup_dir(store.path)
    assert [b.reason for b in store.list_backups() if b.path == safety] == ["before-restore"]
    assert stored_value(safety, 2024, *ITEM) == 250
    assert stored_value(safety, 2024, "national", "dev.seating") == 52
    # The backup itself is unchanged, with nothing left beside it (rotation deletes
    # backups, not SQLite side files: they would pile up), and the restore lasts.
    assert stored_value(backup, 2024, *ITEM) == 100
    assert side_files(backup) == []
    store.close()
    reopened = Store.open(store.path, catalog, USER, daily_backup=False)
    try:
        assert reopened.values.get(2024, *ITEM) == 100
    finally:
        reopened.close()


def test_restore_from_a_copy_of_another_database_refreshes_what_the_store_knows(
    store, demo_store, tmp_path
):
    copy = demo_store.save_copy(tmp_path / "demo copy.cmdesk")
    assert not store.is_demo and store.database_id != demo_store.database_id
    store.restore(copy)
    assert store.is_demo and store.database_id == demo_store.database_id
    assert store.casualties.counts(2024).total == 49
    assert store.values.get(2024, "national", "dev.total_reported") == 26280


def test_restore_from_an_older_backup_migrates_it(store, catalog, tmp_path):
    old = make_old_database(tmp_path / "old.cmdesk", catalog)
    store.restore(old)
    assert store.schema_version == SCHEMA_VERSION
    assert store.values.get(2023, *ITEM) == 4321
    names = {r[0] for r in store.db.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert "casualties_year" in names


def _text(path, catalog):
    path.write_text("this is not a backup\n")


def _other_program(path, catalog):
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()


def _corrupt(path, catalog):
    make_database(path, catalog)
    page_size = peek(path, "PRAGMA page_size")[0][0]
    ((page,),) = peek(path, "SELECT rootpage FROM sqlite_master WHERE name = 'sources'")
    with path.open("r+b") as handle:
        handle.seek((page - 1) * page_size)
        handle.write(b"\xa5" * page_size)


def _newer(path, catalog):
    make_database(path, catalog)
    conn = sqlite3.connect(path)
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
        "VALUES ('cmdesk', '0099_from_the_future', '2030-01-01')"
    )
    conn.commit()
    conn.close()


def _missing(path, catalog):
    pass


@pytest.mark.parametrize(
    "make, error",
    [
        pytest.param(_text, NotADatabaseError, id="text"),
        pytest.param(_other_program, NotADatabaseError, id="other-program"),
        pytest.param(_corrupt, DatabaseCorruptError, id="corrupt"),
        pytest.param(_newer, DatabaseTooNewError, id="newer"),
        pytest.param(_missing, DatabaseMissingError, id="missing"),
    ],
)
def test_restore_refuses_a_bad_file_and_changes_nothing(store, catalog, tmp_path, make, error):
    store.values.set(2024, *ITEM, 13305)
    counts = store.counts()
    bad = tmp_path / "suspect.cmdesk"
    make(bad, catalog)
    data = bad.read_bytes() if bad.exists() else None

    with pytest.raises(error) as info:
        store.restore(bad)

    assert str(bad) in str(info.value)
    assert store.values.get(2024, *ITEM) == 13305
    assert store.counts() == counts
    assert store.list_backups() == []  # refused before any safety backup was needed
    if data is not None:
        assert bad.read_bytes() == data
        assert side_files(bad) == []
    store.values.set(2024, *ITEM, 1)  # the store still works
    assert store.values.get(2024, *ITEM) == 1


# --- safe copies or nothing -------------------------------------------------------------


def _names_in(folder):
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def test_rotation_keeps_the_newest_ten_of_each_kind_separately(store):
    before_migration = store.backup("before-migration", now=DAY_1 - timedelta(days=30))
    for n in range(13):
        store.backup("manual", now=DAY_1 + timedelta(minutes=n))
    for n in range(12):
        store.backup("daily", now=DAY_1 + timedelta(days=n, hours=1))
    kinds = [b.reason for b in store.list_backups()]
    assert kinds.count("manual") == 10 and kinds.count("daily") == 10
    # Twenty-five later backups did not push out the copy taken before the migration.
    assert kinds.count("before-migration") == 1 and before_migration.exists()
    manual = [b.taken_at for b in store.list_backups() if b.reason == "manual"]
    assert manual[-1] == DAY_1 + timedelta(minutes=3)


def test_a_backup_is_checked_before_it_gets_its_name(store, monkeypatch):
    """The copy is checked under its temporary name; an interruption at any point
    before the rename (here: just before it) leaves nothing under a backup name and
    no temporary file either."""
    seen = {}
    real_fsync = backups._fsync

    def interrupted(path):
        real_fsync(path)
        seen["partial"] = path
        seen["checked"] = peek(path, "PRAGMA integrity_check")
        raise KeyboardInterrupt  # the user pressed Ctrl+C, or the laptop's lid closed

    monkeypatch.setattr(backups, "_fsync", interrupted)
    with pytest.raises(KeyboardInterrupt):
        store.backup("manual", now=DAY_1)
    assert seen["checked"] == [("ok",)]
    assert seen["partial"].name.startswith(".office-") and seen["partial"].name.endswith(".partial")
    assert store.list_backups() == []
    assert _names_in(backups.backup_dir(store.path)) == []


def test_a_copy_left_by_a_killed_backup_is_never_a_backup_and_is_cleared_later(store):
    folder = backups.backup_dir(store.path)
    folder.mkdir()
    final = folder / "office-20250310-083000-000000-manual.cmdesk"
    left = backups.partial_name(final)
    left.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)  # half-written, then killed
    left_wal = left.with_name(left.name + "-wal")  # killed in its check
    left_wal.write_bytes(b"")
    recent = backups.partial_name(folder / "office-20250310-082959-000000-daily.cmdesk")
    recent.write_bytes(b"")  # another backup's, still being written
    assert store.list_backups() == []
    import os
    old = DAY_1.timestamp() - backups.STALE_PARTIAL_SECONDS - 60
    for path in (left, left_wal):
        os.utime(path, (old, old))
    os.utime(recent, (DAY_1.timestamp() - 5, DAY_1.timestamp() - 5))
    taken = store.backup("manual", now=DAY_1)
    assert _names_in(folder) == sorted([recent.name, taken.name])


def test_a_damaged_database_gets_no_backup_and_says_so(tmp_path, catalog):
    from cmdesk.store.database import connect
    from tests.core.test_store_database import _corrupt_data_page

    path = tmp_path / "office.cmdesk"
    _corrupt_data_page(path, catalog)
    db = connect(path, read_only=True)
    try:
        with pytest.raises(DatabaseCorruptError) as info:
            backups.take_backup(db, path, reason="manual", now=DAY_1)
        with pytest.raises(DatabaseCorruptError):
            backups.save_copy(db, path, tmp_path / "copy.cmdesk")
    finally:
        db.close()
    assert "damaged" in str(info.value) and "no backup was written" in str(info.value)
    assert _names_in(backups.backup_dir(path)) == []
    assert not (tmp_path / "copy.cmdesk").exists()
    assert [p.name for p in tmp_path.iterdir() if "copy" in p.name] == []


def test_save_copy_to_a_bad_place_says_why_and_writes_nothing(store, tmp_path):
    (tmp_path / "a file").write_text("not a folder")
    (tmp_path / "folder.cmdesk").mkdir()
    cases = {
        tmp_path / "missing" / "copy.cmdesk": "does not exist",
        tmp_path / "folder.cmdesk": "is a folder",
        tmp_path / "a file" / "copy.cmdesk": "is a file, not a folder",
    }
    for destination, says in cases.items():
        with pytest.raises(CMDeskError) as info:
            store.save_copy(destination)
        assert says in str(info.value), destination
    assert not (tmp_path / "missing").exists()
    assert list((tmp_path / "folder.cmdesk").iterdir()) == []
    assert (tmp_path / "a file").read_text() == "not a folder"
