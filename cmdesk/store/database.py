"""Opening, creating and checking CMDesk databases.

Safety rules, in order of importance:
- a file that is not a CMDesk database, is read-only, locked or corrupt is refused
  with a message saying which, and is left byte-for-byte unchanged: it is first
  read through a read-only connection, and written only once it passed;
- a database made by an older CMDesk is backed up before it is migrated;
- one made by a newer CMDesk is refused, since opening it could lose data.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import NamedTuple
from urllib.parse import quote

from cmdesk import __version__
from cmdesk.catalog import Office
from cmdesk.errors import (
    DatabaseCorruptError,
    DatabaseError,
    DatabaseLockedError,
    DatabaseMissingError,
    DatabaseReadOnlyError,
    DatabaseTooNewError,
    NotADatabaseError,
)
from cmdesk.i18n import translate
from cmdesk.store import backups
from cmdesk.store.rows import utc_now
from cmdesk.store.schema import APPLICATION_ID, MIGRATION_NAMES, MIGRATION_SET, migrations
from cmdesk.store.sqlite import Database

SQLITE_HEADER = b"SQLite format 3\x00"
LOCK_TIMEOUT_SECONDS = 2.0


class ProbeResult(NamedTuple):
    """What a read-only look at a file found (see `probe`)."""

    path: Path
    applied_migrations: list[str]

    @property
    def schema_version(self) -> int:
        return len(self.applied_migrations)

    @property
    def needs_migration(self) -> bool:
        return self.schema_version < len(MIGRATION_NAMES)


def _classify(error: sqlite3.Error, path: Path) -> DatabaseError:
    """Turn SQLite's error into one that tells the user what to do."""
    message = str(error).lower()
    if "locked" in message or "busy" in message:
        return DatabaseLockedError(
            translate("Store", "{path} is in use by another program. Close the other program (or the "
               "other CMDesk window) and try again.").format(path=path)
        )
    if "not a database" in message or "encrypted" in message:
        return NotADatabaseError(
            translate("Store", "{path} is not a CMDesk database. Choose a file made by CMDesk "
               "(File > New database makes one).").format(path=path)
        )
    if "readonly" in message or "read-only" in message or "unable to open" in message:
        return DatabaseReadOnlyError(
            translate("Store", "{path} cannot be written. Copy it to a folder where you can save files, "
               "or clear its read-only property, and open the copy.").format(path=path)
        )
    return DatabaseCorruptError(
        translate("Store", "{path} is damaged ({detail}). Restore it from a backup (File > Restore from "
           "backup); the file has not been changed.").format(path=path, detail=error)
    )


def _read_only_uri(path: Path, *, brief: bool = False) -> str:
    """The URI of a read-only connection to `path`.

    A read-only connection to a WAL database (every CMDesk database is one) needs
    `-wal` and `-shm` files beside it: it creates them and, since it may not
    checkpoint, leaves them behind when it closes; in a folder it cannot write to,
    it cannot create them and fails. When there is no `-wal` or `-journal` file, no
    program is writing to the database and the file holds all of it, so it is read
    as immutable (no locks, no side files) when
    - the connection is `brief`: a look at a file that may be refused, which must
      be left exactly as it was found; or
    - the folder is read-only, so no program can start writing to the database.
    Otherwise another program may be using it, and the side files are needed.
    """
    resolved = path.resolve()
    uri = f"file:{quote(str(resolved))}?mode=ro"
    idle = not any(Path(f"{resolved}{suffix}").exists() for suffix in ("-wal", "-journal"))
    if idle and (brief or not os.access(resolved.parent, os.W_OK)):
        uri += "&immutable=1"
    return uri


def probe(path: Path, *, deep: bool = True) -> ProbeResult:
    """Check, without writing anything, that `path` is a healthy CMDesk database.

    `deep` runs SQLite's quick_check over every page. Raises a `DatabaseError`
    subclass saying what is wrong.
    """
    path = Path(path)
    if not path.exists():
        raise DatabaseMissingError(translate("Store", "{path} does not exist.").format(path=path))
    if not path.is_file():
        raise NotADatabaseError(translate("Store", "{path} is a folder, not a database file.").format(path=path))
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except PermissionError:
        raise DatabaseReadOnlyError(
            translate("Store", "{path} cannot be read: you do not have permission.").format(path=path)
        ) from None
    if header != SQLITE_HEADER:
        raise NotADatabaseError(
            translate("Store", "{path} is not a CMDesk database (it is not an SQLite file). Choose a file "
               "made by CMDesk.").format(path=path)
        )
    try:
        conn = sqlite3.connect(
            _read_only_uri(path, brief=True), uri=True, timeout=LOCK_TIMEOUT_SECONDS
        )
    except sqlite3.Error as error:
        raise _classify(error, path) from None
    try:
        (application_id,) = conn.execute("PRAGMA application_id").fetchone()
        if application_id != APPLICATION_ID:
            raise NotADatabaseError(
                translate("Store", "{path} is an SQLite database made by another program, not by CMDesk. "
                   "CMDesk leaves it untouched.").format(path=path)
            )
        if deep:
            problems = [row[0] for row in conn.execute("PRAGMA quick_check(5)")]
            if problems != ["ok"]:
                raise DatabaseCorruptError(
                    translate("Store", "{path} is damaged ({detail}). Restore it from a backup (File > "
                       "Restore from backup); the file has not been changed.").format(
                        path=path, detail="; ".join(problems)
                    )
                )
        has_migrations = conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_sqlite_migrations'"
        ).fetchone()
        applied = (
            [
                row[0]
                for row in conn.execute(
                    "SELECT name FROM _sqlite_migrations WHERE migration_set = ? ORDER BY id",
                    [MIGRATION_SET],
                )
            ]
            if has_migrations
            else []
        )
    except sqlite3.Error as error:
        raise _classify(error, path) from None
    finally:
        conn.close()
    unknown = [name for name in applied if name not in MIGRATION_NAMES]
    if unknown:
        raise DatabaseTooNewError(
            translate("Store", "{path} was made by a newer version of CMDesk (it has changes this version "
               "does not know: {names}). Install the newer CMDesk to open it.").format(
                path=path, names=", ".join(unknown)
            )
        )
    return ProbeResult(path=path, applied_migrations=applied)


def _check_writable(path: Path) -> None:
    folder = path.resolve().parent
    if not os.access(path, os.W_OK) or not os.access(folder, os.W_OK):
        raise DatabaseReadOnlyError(
            translate("Store", "{path} is read-only (or its folder is). CMDesk needs to save changes and "
               "backups beside it: copy it to a folder where you can save files, or clear "
               "its read-only property.").format(path=path)
        )


def connect(path: Path, *, read_only: bool = False, brief: bool = False) -> Database:
    """A Database (sqlite.py) on `path` with CMDesk's settings: WAL, foreign keys
    on, a short lock timeout, no plugin discovery. A `brief` read-only connection
    leaves nothing beside the file (see `_read_only_uri`)."""
    if read_only:
        conn = sqlite3.connect(
            _read_only_uri(Path(path), brief=brief), uri=True, timeout=LOCK_TIMEOUT_SECONDS
        )
    else:
        conn = sqlite3.connect(str(path), timeout=LOCK_TIMEOUT_SECONDS)
    conn.execute("PRAGMA foreign_keys = ON")
    if not read_only:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
    return Database(conn)


def _ensure_not_locked(db: Database, path: Path) -> None:
    try:
        db.conn.execute("BEGIN IMMEDIATE")
        db.conn.execute("ROLLBACK")
    except sqlite3.Error as error:
        raise _classify(error, path) from None


def open_database(path: Path, *, read_only: bool = False) -> tuple[Database, ProbeResult]:
    """Open an existing CMDesk database for use.

    Refuses (with the file unchanged) anything that is not a healthy CMDesk database.
    In read-write mode a database made by an older CMDesk is backed up, then migrated.
    """
    path = Path(path)
    found = probe(path)
    if read_only:
        return connect(path, read_only=True), found
    _check_writable(path)
    try:
        db = connect(path)
    except sqlite3.Error as error:
        raise _classify(error, path) from None
    try:
        _ensure_not_locked(db, path)
        if found.needs_migration:
            backups.take_backup(db, path, reason="before-migration")
            migrations.apply(db)
    except BaseException:
        db.close()
        raise
    return db, found


def create_database(path: Path, office: Office, user: str) -> Database:
    """Create a new, empty CMDesk database at `path` (which must not exist)."""
    path = Path(path)
    if path.exists():
        raise DatabaseError(
            translate("Store", "{path} already exists. Choose another name, or open it with File > Open.")
            .format(path=path)
        )
    if not path.parent.exists():
        raise DatabaseError(translate("Store", "The folder {folder} does not exist.").format(folder=path.parent))
    if not os.access(path.parent, os.W_OK):
        raise DatabaseReadOnlyError(
            translate("Store", "CMDesk cannot save in {folder}: choose a folder where you can save files.")
            .format(folder=path.parent)
        )
    import uuid  # here, not at the top: opening a database (every start) needs none

    db = connect(path)
    try:
        db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        migrations.apply(db)
        with db.atomic():
            db["meta"].insert_all(
                [
                    {"key": "office_code", "value": office.code},
                    {"key": "office_name", "value": office.name},
                    {"key": "created_at", "value": utc_now()},
                    {"key": "created_by", "value": user},
                    {"key": "created_with", "value": f"CMDesk {__version__}"},
                    {"key": "database_id", "value": str(uuid.uuid4())},
                ]
            )
    except BaseException:
        db.close()
        for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
            leftover.unlink(missing_ok=True)
        raise
    return db


def integrity_check(path: Path) -> list[str]:
    """SQLite's full integrity check and the foreign-key check, read-only.
    An empty list means the database is sound."""
    probe(path, deep=False)
    conn = sqlite3.connect(
        _read_only_uri(Path(path), brief=True), uri=True, timeout=LOCK_TIMEOUT_SECONDS
    )
    try:
        problems = [row[0] for row in conn.execute("PRAGMA integrity_check")]
        problems = [] if problems == ["ok"] else problems
        for table, rowid, parent, _ in conn.execute("PRAGMA foreign_key_check"):
            problems.append(f"{table} row {rowid} refers to a missing row in {parent}")
        return problems
    except sqlite3.Error as error:
        return [str(error)]
    finally:
        conn.close()
