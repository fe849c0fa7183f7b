"""The store's connection: sqlite3 for reading, sqlite-utils for writing, imported
when first needed.

Importing sqlite-utils costs about 90 ms (it brings click, pluggy, dateutil and
hashlib with it), a quarter of CMDesk's whole start-up, while opening a database
and showing the Overview only reads (benchmarks/startup.py). So `Database` answers
`execute`, `executescript` and `query` with the sqlite3 connection itself, and
hands table writes (`db["table"].insert(...)`), transactions (`atomic`) and
migrations to a sqlite-utils Database over the same connection, made on first use.

sqlite-utils also imports pandas and numpy when it is imported, only to add their
scalar types to its column-type map; CMDesk creates its tables with SQL and hands the
store plain Python values, so it is imported with the two hidden (another ~0.3 s on
the first write of a command or a session). They are hidden from the importing thread
only, by a finder that refuses them to that thread while sqlite-utils is imported: any
other thread imports pandas as usual meanwhile, and pandas, when the reports import it
later, works as usual.
"""

from __future__ import annotations

import sqlite3
import sys

# The documented low-level thread API: `threading` itself is not imported at start-up.
from _thread import get_ident
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, Iterator

if TYPE_CHECKING:
    import sqlite_utils


SIDE_FILE_SUFFIXES = ("-journal", "-wal", "-shm")
"""The files SQLite keeps beside a database while it is open or being written:
a rollback journal, or a WAL and its shared-memory index. A process killed
mid-write leaves them behind."""

_HIDDEN = ("pandas", "numpy")


class _HideFromThread:
    """A meta path finder that refuses `_HIDDEN` to one thread (ImportError, which
    sqlite-utils takes as "not installed"), and lets every other import through."""

    def __init__(self) -> None:
        self.thread = get_ident()

    def find_spec(self, name: str, path: object = None, target: object = None) -> None:
        if name.partition(".")[0] in _HIDDEN and get_ident() == self.thread:
            raise ModuleNotFoundError(f"{name} is not imported with sqlite-utils", name=name)
        return None


def _import_sqlite_utils():
    if "sqlite_utils.migrations" in sys.modules:
        return sys.modules["sqlite_utils"]
    hide = _HideFromThread()
    sys.meta_path.insert(0, hide)
    try:
        import sqlite_utils
        import sqlite_utils.migrations
    finally:
        sys.meta_path.remove(hide)
    return sqlite_utils


BULK_CACHE_KIB = 64 * 1024
"""The page cache of a large write (`Database.bulk_cache`): room for the indexes of an
import of twice Cambodia's register."""


class Database:
    """One SQLite connection of the store."""

    def __init__(self, conn: sqlite3.Connection, *, writes: bool = True) -> None:
        # No implicit transactions: a write outside `atomic` commits at once (as
        # sqlite-utils' own `execute` does), one inside it belongs to it.
        conn.isolation_level = None
        self.conn = conn
        self.writes = writes
        """Whether the connection may write (not opened read-only)."""
        self._utils: "sqlite_utils.Database | None" = None

    @property
    def utils(self) -> "sqlite_utils.Database":
        """The sqlite-utils Database over this connection (imported on first use)."""
        if self._utils is None:
            self._utils = _import_sqlite_utils().Database(self.conn, execute_plugins=False)
        return self._utils

    def execute(self, sql: str, parameters: Any = ()) -> sqlite3.Cursor:
        return self.conn.execute(sql, parameters)

    def executescript(self, sql: str) -> sqlite3.Cursor:
        # sqlite-utils runs the statements one by one inside a transaction, where
        # sqlite3's executescript would commit it first.
        return self.utils.executescript(sql)

    def query(self, sql: str, parameters: Any = ()) -> Iterator[dict]:
        """The rows of `sql`, each a dict by column name."""
        cursor = self.conn.execute(sql, parameters)
        names = [description[0] for description in cursor.description or ()]
        for row in cursor:
            yield dict(zip(names, row))

    @contextmanager
    def bulk_cache(self, kib: int = BULK_CACHE_KIB) -> Iterator["Database"]:
        """A page cache of up to `kib` KiB for one large write, then the connection's
        own size again. Wrap the whole transaction (`with db.bulk_cache(),
        db.atomic():`) so that the cache shrinks only after the commit.

        SQLite's default cache is 2 MiB; the indexes an import of 65,000 casualty
        records updates at random places (ids, the duplicate key, the audit log's row
        key) take about 12 MiB, so with the default cache their pages are evicted,
        spilled to the WAL and read again many times over. SQLite allocates the
        cache as pages are used: a small write costs nothing more."""
        (previous,) = self.conn.execute("PRAGMA cache_size").fetchone()
        self.conn.execute(f"PRAGMA cache_size = {-int(kib)}")
        try:
            yield self
        finally:
            self.conn.execute(f"PRAGMA cache_size = {int(previous)}")

    @contextmanager
    def foreign_keys_checked_by_caller(self) -> Iterator["Database"]:
        """SQLite's foreign-key checks off for one transaction whose writer checks
        its references itself, then on again. Wrap the whole transaction: SQLite
        changes the setting only outside one, so inside another it has no effect and
        the checks stay on (safe, only slower)."""
        (previous,) = self.conn.execute("PRAGMA foreign_keys").fetchone()
        self.conn.execute("PRAGMA foreign_keys = OFF")
        try:
            yield self
        finally:
            self.conn.execute(f"PRAGMA foreign_keys = {'ON' if previous else 'OFF'}")

    @contextmanager
    def atomic(self) -> Iterator["Database"]:
        """One transaction; nested blocks are savepoints (sqlite-utils' `atomic`).

        On a connection that may write, the transaction begins IMMEDIATE: it takes the
        write lock at once, waiting (up to the lock time-out) while another connection
        writes. A deferred BEGIN takes it only at the first write, and a transaction
        that has read first cannot wait for it: if another connection committed since
        its read, SQLite refuses at once ("database is locked", SQLITE_BUSY_SNAPSHOT).
        Most of the store's writes read first (an update looks its row up), and the
        window builds the register's sort indexes on a worker while the user edits:
        26 of 31 edits failed so at 130,000 records before this (a reviewer's test)."""
        if self.conn.in_transaction:
            with self.utils.atomic():  # a savepoint
                yield self
            return
        self.conn.execute("BEGIN IMMEDIATE" if self.writes else "BEGIN")
        try:
            yield self
        except BaseException:
            self.conn.rollback()  # a no-op when the error already ended the transaction
            raise
        try:
            self.conn.execute("COMMIT")
        except BaseException:
            self.conn.rollback()
            raise

    def __getitem__(self, table: str) -> "sqlite_utils.db.Table":
        return self.utils.table(table)

    def close(self) -> None:
        self.conn.close()


def migrations_class():
    """sqlite-utils' `Migrations` (imported on first use)."""
    return _import_sqlite_utils().migrations.Migrations


__all__ = ["Database", "migrations_class"]
