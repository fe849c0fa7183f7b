"""Creating, opening, probing and checking databases (cmdesk/store/database.py):
a file that is not a healthy, current CMDesk database is refused with the right
error, a message naming it, and is left exactly as it was found."""

import os
import pickle
import shutil
import sqlite3
import tempfile
import time
import uuid
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from cmdesk.catalog import HEADQUARTERS
from cmdesk.errors import (
    DatabaseCorruptError,
    DatabaseError,
    DatabaseLockedError,
    DatabaseMissingError,
    DatabaseNeedsMigrationError,
    DatabaseReadOnlyError,
    DatabaseTooNewError,
    NotADatabaseError,
    Remedy,
)
from cmdesk.store import SCHEMA_VERSION, Store, backups, database, integrity_check, probe
from cmdesk.store.database import connect
from cmdesk.store.schema import APPLICATION_ID, MIGRATION_NAMES, migrations
from tests.core.conftest import (
    BATTAMBANG,
    USER,
    assert_untouched,
    make_database,
    make_old_database,
    peek,
    side_files,
    snapshot,
    stored_value,
)

USER_TABLES = (
    "sources", "items", "reporting_years", "aggregate_values", "funding_lines",
    "casualties", "narratives",
)


# --- create ------------------------------------------------------------------------


def test_create_makes_a_marked_current_database_with_the_reference_data(tmp_path, catalog):
    path = tmp_path / "battambang.cmdesk"
    store = Store.create(path, catalog, BATTAMBANG, USER)
    try:
        assert store.schema_version == len(MIGRATION_NAMES) == SCHEMA_VERSION
        applied = [r[0] for r in store.db.execute("SELECT name FROM _sqlite_migrations ORDER BY id")]
        assert applied == MIGRATION_NAMES
        assert store.office == BATTAMBANG
        assert store.meta("office_code") == "province:02"
        assert store.meta("office_name") == "Battambang provincial office"
        assert store.meta("created_by") == USER
        assert uuid.UUID(store.database_id).version == 4
        assert not store.is_demo

        def codes(table):
            return {r[0] for r in store.db.execute(f"SELECT code FROM {table}")}

        assert len(codes("provinces")) == 25 == len(catalog.provinces)
        assert codes("provinces") == {p.code for p in catalog.provinces}
        assert codes("sources") == {s.code for s in catalog.sources}
        assert codes("items") == {i.code for i in catalog.items}
        assert codes("sraap_indicators") == {i.code for i in catalog.indicators()}
        parts = store.reference.item_parts()
        for item in catalog.items:
            assert parts[item.code] == {"total", *item.parts}, item.code
        # The store's settings: WAL, foreign keys enforced.
        assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert store.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        # No user data yet.
        counts = store.counts()
        assert counts["aggregate_values"] == counts["casualties"] == counts["audit_log"] == 0
    finally:
        store.close()
    assert peek(path, "PRAGMA application_id") == [(APPLICATION_ID,)]
    assert probe(path).applied_migrations == MIGRATION_NAMES


@pytest.mark.parametrize("existing", ["cmdesk", "text"])
def test_create_refuses_an_existing_file_and_leaves_it_unchanged(tmp_path, catalog, existing):
    path = tmp_path / "office.cmdesk"
    if existing == "cmdesk":
        make_database(path, catalog)
    else:
        path.write_text("my notes, not a database\n")
    before = snapshot(path)
    with pytest.raises(DatabaseError) as info:
        Store.create(path, catalog, HEADQUARTERS, USER)
    assert str(path) in str(info.value)
    assert "already exists" in str(info.value)
    assert_untouched(path, before)


def test_create_in_a_missing_folder_is_refused_and_creates_nothing(tmp_path, catalog):
    path = tmp_path / "no such folder" / "office.cmdesk"
    with pytest.raises(DatabaseError) as info:
        Store.create(path, catalog, HEADQUARTERS, USER)
    assert str(path.parent) in str(info.value)
    assert not path.parent.exists()


def test_every_user_created_row_has_a_uuid_office_and_utc_time_stamps(tmp_path, catalog):
    store = Store.create(tmp_path / "battambang.cmdesk", catalog, BATTAMBANG, USER)
    try:
        store.values.set(2024, "national", "dev.repair", "total", 5)
        store.casualties.add_many([{"incident_date": "2024-03-01", "outcome": "killed"}])
        store.funding.add({"year": 2024, "funder": "UNDP", "funder_kind": "un_agency",
                           "amount": 10.0, "currency": "USD"})
        store.narratives.set_fields("30.1", 2025, status="reported")
        ids = []
        for table in USER_TABLES:
            rows = list(store.db.query(f"SELECT id, office, created_at, modified_at FROM {table}"))
            assert rows, f"{table} has no rows to check"
            for row in rows:
                # Time-ordered (UUID version 7, cmdesk/store/rows.py): new rows append to the index.
                assert uuid.UUID(row["id"]).version == 7, (table, row)
                assert row["office"] == "province:02", (table, row)
                for stamp in (row["created_at"], row["modified_at"]):
                    when = datetime.fromisoformat(stamp)
                    assert when.utcoffset() == timedelta(0), (table, stamp)
                assert row["modified_at"] >= row["created_at"]
                ids.append(row["id"])
        assert len(ids) == len(set(ids)), "ids must be unique across tables"
        # The audit log also records the office and the user.
        audit = list(store.db.query("SELECT who, office FROM audit_log"))
        assert audit and all(r == {"who": USER, "office": "province:02"} for r in audit)
    finally:
        store.close()


# --- open: refusals ----------------------------------------------------------------


def _text_file(path, catalog):
    path.write_text("year,item,value\n2024,dev.repair,13305\n")


def _empty_file(path, catalog):
    path.write_bytes(b"")


def _other_programs_database(path, catalog):
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE contacts (name TEXT, phone TEXT)")
    conn.execute("INSERT INTO contacts VALUES ('Sok', '012 345 678')")
    conn.commit()
    conn.close()


def _items_root_page(path):
    ((page,),) = peek(path, "SELECT rootpage FROM sqlite_master WHERE name = 'items'")
    return page


def _overwrite(path, offset, data):
    with path.open("r+b") as handle:
        handle.seek(offset)
        handle.write(data)


def _corrupt_data_page(path, catalog):
    make_database(path, catalog)
    page_size = peek(path, "PRAGMA page_size")[0][0]
    page = _items_root_page(path)
    assert 1 < page < path.stat().st_size // page_size  # a page in the middle
    _overwrite(path, (page - 1) * page_size, b"\xa5" * page_size)


def _corrupt_schema_page(path, catalog):
    make_database(path, catalog)
    page_size = peek(path, "PRAGMA page_size")[0][0]
    # Page 1 holds the 100-byte file header, then the root of the schema table.
    _overwrite(path, 100, b"\x00" * (page_size - 100))


def _newer_cmdesk_database(path, catalog):
    make_database(path, catalog)
    conn = sqlite3.connect(path)
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
        "VALUES ('cmdesk', '0099_from_the_future', '2030-01-01 00:00:00+00:00')"
    )
    conn.commit()
    conn.close()


REFUSED = [
    pytest.param(_text_file, NotADatabaseError, "not an SQLite file", id="text-file"),
    pytest.param(_empty_file, NotADatabaseError, "not an SQLite file", id="empty-file"),
    pytest.param(_other_programs_database, NotADatabaseError, "another program",
                 id="other-program"),
    pytest.param(_corrupt_data_page, DatabaseCorruptError, "damaged", id="corrupt-data-page"),
    pytest.param(_corrupt_schema_page, DatabaseCorruptError, "damaged", id="corrupt-schema"),
    pytest.param(_newer_cmdesk_database, DatabaseTooNewError, "0099_from_the_future",
                 id="newer-cmdesk"),
]


@pytest.mark.parametrize("make, error, says", REFUSED)
@pytest.mark.parametrize("read_only", [False, True], ids=["read-write", "read-only"])
def test_open_refuses_and_leaves_the_file_exactly_as_it_was(
    tmp_path, catalog, make, error, says, read_only
):
    path = tmp_path / "office.cmdesk"
    make(path, catalog)
    assert side_files(path) == []
    before = snapshot(path)
    with pytest.raises(error) as info:
        Store.open(path, catalog, USER, read_only=read_only)
    message = str(info.value)
    assert str(path) in message
    assert says in message
    assert_untouched(path, before)


@pytest.mark.parametrize("make, error, says", REFUSED)
def test_probe_gives_the_same_verdict_without_touching_the_file(
    tmp_path, catalog, make, error, says
):
    path = tmp_path / "office.cmdesk"
    make(path, catalog)
    before = snapshot(path)
    with pytest.raises(error):
        probe(path)
    assert_untouched(path, before)


def test_a_missing_file_or_a_folder_is_refused(tmp_path, catalog):
    missing = tmp_path / "gone.cmdesk"
    with pytest.raises(DatabaseMissingError) as info:
        Store.open(missing, catalog, USER)
    assert str(missing) in str(info.value)
    assert not missing.exists()
    folder = tmp_path / "folder.cmdesk"
    folder.mkdir()
    with pytest.raises(NotADatabaseError) as info:
        Store.open(folder, catalog, USER)
    assert str(folder) in str(info.value)
    assert list(folder.iterdir()) == []


def test_probe_of_a_healthy_database_reports_it_and_leaves_no_trace(tmp_path, catalog):
    path = make_database(tmp_path / "office.cmdesk", catalog)
    before = snapshot(path)
    found = probe(path)
    assert found.applied_migrations == MIGRATION_NAMES
    assert found.schema_version == SCHEMA_VERSION
    assert not found.needs_migration
    assert_untouched(path, before)


# --- read-only files and folders ------------------------------------------------------

NOBODY = 65534


def _run_without_privileges(fn):
    """Run `fn` in a forked child that has given up root, and return
    (exception class name or "ok", message)."""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never return into pytest
        try:
            os.close(read_end)
            try:
                os.setgroups([])
                os.setgid(NOBODY)
                os.setuid(NOBODY)
                outcome = ("ok", repr(fn()))
            except BaseException as error:  # reported to the parent
                outcome = (type(error).__name__, str(error))
            with os.fdopen(write_end, "wb") as pipe:
                pipe.write(pickle.dumps(outcome))
        finally:
            os._exit(0)
    os.close(write_end)
    with os.fdopen(read_end, "rb") as pipe:
        data = pipe.read()
    os.waitpid(pid, 0)
    return pickle.loads(data)


@pytest.fixture
def shared_tmp():
    """A folder outside pytest's private (0700, root-only) tmp tree, so that an
    unprivileged child can reach it."""
    folder = Path(tempfile.mkdtemp(prefix="cmdesk-test-"))
    yield folder
    folder.chmod(0o755)
    shutil.rmtree(folder)


def _call_unprivileged(fn):
    """Call `fn` as a user for whom file permissions apply: directly when they
    already do, else (running as root) in a child that drops to `nobody`."""
    if os.geteuid() != 0:
        try:
            return ("ok", repr(fn()))
        except Exception as error:
            return (type(error).__name__, str(error))
    if not hasattr(os, "fork"):
        pytest.skip("running as root on a system without fork: cannot drop privileges")
    outcome = _run_without_privileges(fn)
    if outcome[0] == "PermissionError" and "Operation not permitted" in outcome[1]:
        pytest.skip("running as root without the right to drop privileges (setuid)")
    return outcome


def _make_read_only(folder: Path, path: Path, what: str) -> None:
    if what == "file":
        folder.chmod(0o777)  # the folder is writable, the file is not
        path.chmod(0o444)
    else:
        folder.chmod(0o755)  # the file is writable, the folder is not
        path.chmod(0o666)


@pytest.mark.parametrize("what", ["file", "folder"])
def test_open_refuses_a_read_only_file_or_folder(shared_tmp, catalog, what):
    path = make_database(shared_tmp / "office.cmdesk", catalog)
    _make_read_only(shared_tmp, path, what)
    before = snapshot(path)
    kind, message = _call_unprivileged(lambda: Store.open(path, catalog, USER).close())
    assert kind == DatabaseReadOnlyError.__name__, message
    assert str(path) in message
    assert_untouched(path, before)


def test_a_database_in_a_read_only_folder_can_be_opened_read_only(shared_tmp, catalog):
    path = shared_tmp / "office.cmdesk"
    store = Store.create(path, catalog, HEADQUARTERS, USER)
    store.values.set(2024, "national", "dev.repair", "total", 13305)
    store.close()
    _make_read_only(shared_tmp, path, "folder")
    before = snapshot(path)

    def read():
        viewer = Store.open(path, catalog, USER, read_only=True)
        try:
            return viewer.values.get(2024, "national", "dev.repair")
        finally:
            viewer.close()

    assert _call_unprivileged(read) == ("ok", "13305")
    assert_untouched(path, before)


# --- locks -------------------------------------------------------------------------


@pytest.mark.parametrize("begin", ["BEGIN IMMEDIATE", "BEGIN EXCLUSIVE"])
def test_open_refuses_a_database_locked_by_another_program(tmp_path, catalog, begin):
    path = make_database(tmp_path / "office.cmdesk", catalog)
    other = sqlite3.connect(path, isolation_level=None)
    try:
        other.execute(begin)
        other.execute("INSERT INTO meta VALUES ('being', 'written')")
        data = path.read_bytes()
        started = time.monotonic()
        with pytest.raises(DatabaseLockedError) as info:
            Store.open(path, catalog, USER)
        elapsed = time.monotonic() - started
        assert elapsed < database.LOCK_TIMEOUT_SECONDS + 3
        assert str(path) in str(info.value)
        assert "in use" in str(info.value)
        assert path.read_bytes() == data
        assert not backups.backup_dir(path).exists()
    finally:
        other.execute("ROLLBACK")
        other.close()
    # Once the other program has let go, nothing of the refused attempt remains
    # and the database opens.
    assert side_files(path) == []
    Store.open(path, catalog, USER, daily_backup=False).close()


# --- migration ---------------------------------------------------------------------


def test_an_older_database_is_backed_up_then_migrated(tmp_path, catalog):
    path = make_old_database(tmp_path / "office.cmdesk", catalog)
    found = probe(path)
    assert found.applied_migrations == MIGRATION_NAMES[:1]
    assert found.needs_migration

    store = Store.open(path, catalog, USER)
    try:
        assert store.schema_version == SCHEMA_VERSION
        indexes = {r[0] for r in store.db.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
        assert {"casualties_year", "audit_log_row", "aggregate_values_item"} <= indexes
        assert store.values.get(2023, "national", "dev.repair") == 4321
        safety = [b for b in store.list_backups() if b.reason == "before-migration"]
    finally:
        store.close()

    assert len(safety) == 1
    backup = safety[0].path
    assert backup.parent == backups.backup_dir(path)
    assert probe(backup).applied_migrations == MIGRATION_NAMES[:1]
    assert peek(backup, "SELECT 1 FROM sqlite_master WHERE name = 'casualties_year'") == []
    assert stored_value(backup, 2023, "national", "dev.repair") == 4321
    assert probe(path).applied_migrations == MIGRATION_NAMES

    # Opening the migrated database again does not migrate or back up again for it.
    Store.open(path, catalog, USER).close()
    assert [b.reason for b in backups.list_backups(path)].count("before-migration") == 1


def test_opening_an_older_database_read_only_does_not_migrate_it(tmp_path, catalog):
    path = make_old_database(tmp_path / "office.cmdesk", catalog)
    data = path.read_bytes()
    store = Store.open(path, catalog, USER, read_only=True)
    try:
        assert store.schema_version == 1
        assert store.values.get(2023, "national", "dev.repair") == 4321
    finally:
        store.close()
    assert path.read_bytes() == data
    assert not backups.backup_dir(path).exists()


# --- integrity check ---------------------------------------------------------------


def test_integrity_check_passes_a_sound_database(tmp_path, catalog, demo_store):
    path = make_database(tmp_path / "office.cmdesk", catalog)
    before = snapshot(path)
    assert integrity_check(path) == []
    assert_untouched(path, before)
    # An open database in use (WAL) is checked too.
    assert integrity_check(demo_store.path) == []


def test_integrity_check_reports_a_damaged_page(tmp_path, catalog):
    path = tmp_path / "office.cmdesk"
    _corrupt_data_page(path, catalog)
    before = snapshot(path)
    problems = integrity_check(path)
    assert problems
    assert all(isinstance(problem, str) and problem for problem in problems)
    assert_untouched(path, before)


def test_integrity_check_reports_a_broken_reference(tmp_path, catalog):
    path = make_database(tmp_path / "office.cmdesk", catalog)
    conn = sqlite3.connect(path)  # foreign keys are off by default in plain sqlite3
    conn.execute(
        "INSERT INTO aggregate_values (id, year, source_code, item_code, part, value, "
        "office, created_at, modified_at) VALUES ('x', 2024, 'national', 'no.such.item', "
        "'total', 1, 'hq', '', '')"
    )
    conn.commit()
    conn.close()
    problems = integrity_check(path)
    assert any("aggregate_values" in p and "reporting_years" in p for p in problems)
    assert any("aggregate_values" in p and "items" in p for p in problems)


def test_integrity_check_refuses_a_foreign_file(tmp_path):
    path = tmp_path / "notes.cmdesk"
    path.write_text("hello")
    with pytest.raises(NotADatabaseError):
        integrity_check(path)
    assert path.read_text() == "hello"


def test_another_connection_works_in_another_thread_beside_the_first(tmp_path, catalog):
    import threading

    store = Store.create(tmp_path / "office.cmdesk", catalog, HEADQUARTERS, "alice")
    written, checked, found = threading.Event(), threading.Event(), {}

    def worker():
        other = store.another_connection()  # opened in the thread that uses it
        try:
            with other.db.atomic():
                found["id"] = other.casualties.add({"incident_date": "2024-05", "outcome": "killed"})
                written.set()
                checked.wait(10)
            found.update(user=other.user, office=other.office, catalog=other.catalog)
        finally:
            other.close()

    thread = threading.Thread(target=worker)
    thread.start()
    assert written.wait(10)
    # While the other connection's transaction is open, the first reads the register
    # as it was committed (WAL), without waiting.
    assert store.casualties.count() == 0
    checked.set()
    thread.join()
    assert (found["user"], found["office"], found["catalog"]) == ("alice", HEADQUARTERS, store.catalog)
    assert store.casualties.get(found["id"])["outcome"] == "killed"
    assert store.audit.history("casualties", found["id"])[0]["who"] == "alice"
    store.close()


# --- one integrity decision per open -------------------------------------------------


def test_the_full_check_runs_at_most_once_a_day_and_is_recorded(tmp_path, catalog):
    path = make_database(tmp_path / "office.cmdesk", catalog)
    day_1, day_2 = datetime(2025, 3, 10, 8), datetime(2025, 3, 11, 8)

    def open_once(when, **options):
        store = Store.open(path, catalog, USER, now=when, daily_backup=False, **options)
        store.close()
        return store.probed.deep_checked

    assert open_once(day_1, read_only=True)  # nothing recorded, and read-only records nothing
    assert open_once(day_1)  # read-write: checked, and recorded
    assert peek(path, "PRAGMA user_version") == [(20250310,)]
    assert not open_once(day_1)
    assert not open_once(day_1, read_only=True)
    assert open_once(day_2, read_only=True)
    assert open_once(day_2)
    assert not open_once(day_2, read_only=True)


def _damage_casualties_page(path):
    page_size = peek(path, "PRAGMA page_size")[0][0]
    ((page,),) = peek(path, "SELECT rootpage FROM sqlite_master WHERE name = 'casualties'")
    _overwrite(path, (page - 1) * page_size, b"\xa5" * page_size)


def test_damage_after_the_days_check_is_refused_at_the_next_days_first_open(tmp_path, catalog):
    path = make_database(tmp_path / "office.cmdesk", catalog)
    day_1, day_2 = datetime(2025, 3, 10, 8), datetime(2025, 3, 11, 8)
    Store.open(path, catalog, USER, now=day_1, daily_backup=False).close()
    _damage_casualties_page(path)
    # The same day, a page nobody reads at opening is not read (the documented cost
    # of checking once a day); a query that reads it says the file is damaged.
    store = Store.open(path, catalog, USER, now=day_1, daily_backup=False)
    try:
        with pytest.raises(sqlite3.DatabaseError):
            store.db.execute("SELECT * FROM casualties").fetchall()
    finally:
        store.close()
    before = snapshot(path)
    for read_only in (True, False):
        with pytest.raises(DatabaseCorruptError) as info:
            Store.open(path, catalog, USER, now=day_2, read_only=read_only)
        assert "damaged" in str(info.value) and str(path) in str(info.value)
    assert_untouched(path, before)


def test_a_cut_off_file_is_refused_without_the_full_check(tmp_path, catalog):
    path = make_database(tmp_path / "office.cmdesk", catalog)
    today = datetime(2025, 3, 10, 8)
    Store.open(path, catalog, USER, now=today, daily_backup=False).close()
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])  # a copy interrupted half-way
    before = snapshot(path)
    with pytest.raises(DatabaseCorruptError) as info:
        Store.open(path, catalog, USER, now=today)
    assert "shorter than its header says" in str(info.value)
    assert_untouched(path, before)


@pytest.mark.parametrize("table", ["meta", "source_returns", "casualties"])
def test_a_missing_table_is_named_and_the_file_refused(tmp_path, catalog, table):
    path = make_database(tmp_path / "office.cmdesk", catalog)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute(f"DROP TABLE {table}")
    conn.commit()
    conn.close()
    before = snapshot(path)
    for read_only in (True, False):
        with pytest.raises(DatabaseCorruptError) as info:
            Store.open(path, catalog, USER, read_only=read_only)
        message = str(info.value)
        assert f"table {table} is missing" in message
        assert "Restore it from a backup" in message
        assert info.value.remedy is Remedy.RESTORE_BACKUP  # where: the window's or the CLI's
    assert_untouched(path, before)


def test_the_tables_each_migration_creates_are_listed(tmp_path):
    """schema.TABLES_CREATED, which opening checks, says what each migration creates."""
    from cmdesk.store.schema import TABLES_CREATED

    db = connect(tmp_path / "steps.cmdesk")
    try:
        known: set[str] = set()
        for index, name in enumerate(MIGRATION_NAMES):
            following = MIGRATION_NAMES[index + 1] if index + 1 < len(MIGRATION_NAMES) else None
            migrations.apply(db, stop_before=following)
            tables = {row[0] for row in db.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'")} - {"_sqlite_migrations", "sqlite_sequence"}
            created = tables - known
            assert created == set(TABLES_CREATED.get(name, ())), (
                f"migration {name} creates {sorted(created)}: list them in schema.TABLES_CREATED")
            known = tables
    finally:
        db.close()


def _shell_with_cmdesks_mark(path, catalog):
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute("VACUUM")
    conn.close()


@pytest.mark.parametrize("make", [make_old_database, _shell_with_cmdesks_mark],
                         ids=["older-schema", "mark-but-no-tables"])
def test_a_read_only_open_that_refuses_older_leaves_the_file_and_says_what_updates_it(
    tmp_path, catalog, make
):
    path = tmp_path / "office.cmdesk"
    make(path, catalog)
    before = snapshot(path)
    with pytest.raises(DatabaseNeedsMigrationError) as info:
        Store.open(path, catalog, USER, read_only=True, refuse_older=True)
    message = str(info.value)
    assert str(path) in message and f"cmdesk migrate --db {path}" in message
    assert "window" in message
    assert_untouched(path, before)


def test_a_lock_names_the_process_that_holds_it(tmp_path, catalog):
    if not Path("/proc/self/fd").is_dir():
        pytest.skip("the system does not say which process holds a file")
    import subprocess
    import sys

    path = make_database(tmp_path / "office.cmdesk", catalog)
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sqlite3, sys; c = sqlite3.connect(sys.argv[1], isolation_level=None); "
         "c.execute('BEGIN IMMEDIATE'); c.execute(\"INSERT INTO meta VALUES ('x', 'y')\"); "
         "print('holding', flush=True); sys.stdin.readline()", str(path)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline() == "holding\n"
        with pytest.raises(DatabaseLockedError) as info:
            Store.open(path, catalog, USER)
        assert f"process {holder.pid} (" in str(info.value)
        assert str(path) in str(info.value)
    finally:
        holder.communicate("\n", timeout=10)
