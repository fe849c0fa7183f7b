"""Fixtures and helpers shared by the store tests (tests/core/test_store_*.py).

The `catalog` and `demo_store` fixtures come from tests/conftest.py.
"""

import sqlite3
from pathlib import Path
from urllib.parse import quote

import pytest

from cmdesk.catalog import HEADQUARTERS, Office
from cmdesk.store import Store, backups, rows
from cmdesk.store.database import connect
from cmdesk.store.schema import APPLICATION_ID, MIGRATION_NAMES, migrations
from cmdesk.store.sqlite import SIDE_FILE_SUFFIXES

USER = "alice"
BATTAMBANG = Office("province:02", "Battambang provincial office")


@pytest.fixture
def store(tmp_path, catalog):
    """A new headquarters database, open read-write as USER."""
    store = Store.create(tmp_path / "office.cmdesk", catalog, HEADQUARTERS, USER)
    yield store
    store.close()


def make_database(path: Path, catalog, office: Office = HEADQUARTERS) -> Path:
    """A new CMDesk database at `path`, closed, as one self-contained file."""
    Store.create(path, catalog, office, USER).close()
    # The last read-write connection checkpoints and removes the WAL on closing.
    assert not side_files(path), "a closed database should be a single file"
    return path


def make_old_database(path: Path, catalog) -> Path:
    """A database as the first CMDesk release made it: only migration 0001 applied,
    set up the way `create_database` does, with reference data and one value."""
    db = connect(path)
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    migrations.apply(db, stop_before=MIGRATION_NAMES[1])
    with db.atomic():
        db["meta"].insert_all(
            [
                {"key": "office_code", "value": HEADQUARTERS.code},
                {"key": "office_name", "value": HEADQUARTERS.name},
                {"key": "database_id", "value": "00000000-0000-4000-8000-000000000001"},
            ]
        )
    old = Store(db, path, "old-user", catalog)
    old.reference.sync(catalog)
    # The value as the first release wrote it (today's repository writes columns
    # that later migrations add).
    with db.atomic():
        old.years.ensure(2023)
        db["aggregate_values"].insert({**rows.new_row(HEADQUARTERS.code), "year": 2023,
                                       "source_code": "national", "item_code": "dev.repair",
                                       "part": "total", "value": 4321, "comment": ""})
    old.close()
    assert not side_files(path)
    return path


def side_files(path: Path) -> list[str]:
    """SQLite's side files (-wal, -shm, -journal) present beside `path`."""
    return [suffix for suffix in SIDE_FILE_SUFFIXES if Path(f"{path}{suffix}").exists()]


def snapshot(path: Path) -> tuple[bytes, list[str]]:
    """The file's bytes and the names in its folder."""
    return path.read_bytes(), sorted(p.name for p in path.parent.iterdir())


def assert_untouched(path: Path, before: tuple[bytes, list[str]]) -> None:
    """`path` has the same bytes as in `before`, and nothing appeared beside it."""
    data, listing = before
    assert path.read_bytes() == data, f"{path} was modified"
    assert side_files(path) == [], f"SQLite side files were left beside {path}"
    assert not backups.backup_dir(path).exists(), "a backup folder was created"
    assert sorted(p.name for p in path.parent.iterdir()) == listing


def peek(path: Path, sql: str, params=()) -> list[tuple]:
    """Run a query on a closed database file without leaving any trace (immutable
    read: no locks, no side files)."""
    conn = sqlite3.connect(f"file:{quote(str(Path(path).resolve()))}?mode=ro&immutable=1", uri=True)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def stored_value(path: Path, year: int, source: str, item: str, part: str = "total"):
    rows = peek(
        path,
        "SELECT value FROM aggregate_values WHERE year = ? AND source_code = ? "
        "AND item_code = ? AND part = ?",
        (year, source, item, part),
    )
    return rows[0][0] if rows else None
