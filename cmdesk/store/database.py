"""Opening, creating and checking CMDesk databases.

Safety rules, in order of importance:
- a file that is not a CMDesk database, is read-only, locked or damaged is refused
  with a message saying which, and is left byte-for-byte unchanged: it is first
  read through a read-only connection, and written only once it passed;
- a database made by an older CMDesk is backed up before it is migrated;
- one made by a newer CMDesk is refused, since opening it could lose data.

One integrity decision per open (`probe`): every open checks what is cheap and
catches the damage copying and disks do (the header, a truncated file, the schema
read whole, every table the applied migrations create, CMDesk's mark); SQLite's
`quick_check`, which reads every page (~0.1-0.2 s at 130,000 casualty records),
runs at most once a day per database: a read-write open records the day it passed
in the database's header (`checked_on_stamp`). See docs/reliability.md.
"""

from __future__ import annotations

import os
import sqlite3
from datetime import date
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
    DatabaseNeedsMigrationError,
    DatabaseReadOnlyError,
    DatabaseTooNewError,
    NotADatabaseError,
    Remedy,
)
from cmdesk.i18n import translate
from cmdesk.store import backups
from cmdesk.store.rows import utc_now
from cmdesk.store.schema import (
    APPLICATION_ID,
    MIGRATION_NAMES,
    MIGRATION_SET,
    migrations,
    tables_expected,
)
from cmdesk.store.sqlite import Database

SQLITE_HEADER = b"SQLite format 3\x00"
LOCK_TIMEOUT_SECONDS = 5.0
"""How long a write waits for another program's write to end before it gives up."""
def checked_on_stamp(day: date) -> int:
    """The day a full quick_check passed, as the database records it: YYYYMMDD in
    SQLite's `user_version` header field (CMDesk's migrations live in their own table
    and leave that field free). In the header, not a table: recording it changes none
    of the database's data, and reading it reads no table."""
    return day.year * 10000 + day.month * 100 + day.day


class ProbeResult(NamedTuple):
    """What a read-only look at a file found (see `probe`)."""

    path: Path
    applied_migrations: list[str]
    deep_checked: bool = False
    """Whether SQLite's quick_check read every page in this look."""

    @property
    def schema_version(self) -> int:
        return len(self.applied_migrations)

    @property
    def needs_migration(self) -> bool:
        return self.schema_version < len(MIGRATION_NAMES)


def lock_holders(path: Path) -> list[str]:
    """The other processes that have `path` (or its -wal file) open, each as
    "process PID (command line)", where the system says (Linux's /proc); else []."""
    proc = Path("/proc")
    if not (proc / "self" / "fd").is_dir():
        return []
    try:
        targets = {str(Path(path).resolve()), f"{Path(path).resolve()}-wal"}
    except OSError:
        return []
    found = []
    for entry in proc.iterdir():
        if not entry.name.isdigit() or int(entry.name) == os.getpid():
            continue
        try:
            links = {os.readlink(fd) for fd in (entry / "fd").iterdir()}
        except OSError:  # another user's process, or one that just ended
            continue
        if links & targets:
            try:
                command = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(
                    "utf-8", "replace").strip()
            except OSError:
                command = ""
            found.append(translate("Store", "process {pid} ({command})").format(
                pid=entry.name, command=command[:120] or "?"))
    return found


def explain(error: sqlite3.Error, path: Path | None) -> DatabaseError:
    """Turn SQLite's error into one that tells the user what happened and what to do."""
    message = str(error).lower()
    where = str(path) if path is not None else translate("Store", "The database")
    if "locked" in message or "busy" in message:
        holders = lock_holders(path) if path is not None else []
        if holders:
            return DatabaseLockedError(
                translate("Store", "{path} is in use by {holders}, which is writing to it. Wait "
                          "for it to finish (or close it) and try again.").format(
                    path=where, holders=", ".join(holders))
            )
        return DatabaseLockedError(
            translate("Store", "{path} is in use by another program (another CMDesk window or "
                      "command?) that did not let go of it within {seconds:g} seconds. Close the "
                      "other program, or wait for it to finish, and try again.").format(
                path=where, seconds=LOCK_TIMEOUT_SECONDS)
        )
    if "not a database" in message or "encrypted" in message:
        return NotADatabaseError(
            translate("Store", "{path} is not a CMDesk database. Choose a file made by CMDesk, "
                      "or make a new database.").format(path=where),
            remedy=Remedy.NEW_DATABASE,
        )
    if "readonly" in message or "read-only" in message or "unable to open" in message:
        return DatabaseReadOnlyError(
            translate("Store", "{path} cannot be written. Copy it to a folder where you can save files, "
               "or clear its read-only property, and open the copy.").format(path=where)
        )
    if "disk is full" in message or "disk i/o" in message:
        return DatabaseError(
            translate("Store", "{path} could not be written ({detail}): nothing of this change was "
                      "saved. Make room on the disk, or check the drive, and try again.").format(
                path=where, detail=error)
        )
    return _damaged(where, str(error))




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


def _damaged(path: Path | str, detail: str) -> DatabaseCorruptError:
    return DatabaseCorruptError(
        translate("Store", "{path} is damaged ({detail}). Restore it from a backup; the file has "
                  "not been changed.").format(path=path, detail=detail),
        remedy=Remedy.RESTORE_BACKUP,
    )


def _check_header(path: Path, header: bytes) -> None:
    """The 100-byte file header: SQLite's mark, a possible page size, and (when no
    -wal file may hold the rest) a file as long as the header says: a copy cut short
    is the commonest damage to a file carried on a stick or over a network."""
    if header[: len(SQLITE_HEADER)] != SQLITE_HEADER:
        raise NotADatabaseError(
            translate("Store", "{path} is not a CMDesk database (it is not an SQLite file). Choose a file "
               "made by CMDesk.").format(path=path)
        )
    if len(header) < 100:
        raise _damaged(path, translate("Store", "its header is cut short"))
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        raise _damaged(path, translate("Store", "its header gives an impossible page size"))
    pages = int.from_bytes(header[28:32], "big")
    size_is_valid = pages and header[24:28] == header[92:96]
    if size_is_valid and not Path(f"{path}-wal").exists():
        expected, actual = pages * page_size, path.stat().st_size
        if actual < expected:
            raise _damaged(path, translate(
                "Store", "the file is shorter than its header says: {actual:,} of {expected:,} "
                "bytes; it was cut off, perhaps by an interrupted copy").format(
                    actual=actual, expected=expected))


def probe(path: Path, *, deep: bool | None = None, today: date | None = None) -> ProbeResult:
    """Check, without writing anything, that `path` is a healthy CMDesk database.

    Always: the header, CMDesk's mark, the schema read whole, the migrations applied
    (none unknown) and every table they create. `deep` runs SQLite's quick_check over
    every page; by default (None) it runs unless the database records that one passed
    on `today` (see the module's docstring). Raises a `DatabaseError` subclass saying
    what is wrong.
    """
    path = Path(path)
    if not path.exists():
        raise DatabaseMissingError(translate("Store", "{path} does not exist.").format(path=path))
    if not path.is_file():
        raise NotADatabaseError(translate("Store", "{path} is a folder, not a database file.").format(path=path))
    try:
        with path.open("rb") as handle:
            header = handle.read(100)
    except PermissionError:
        raise DatabaseReadOnlyError(
            translate("Store", "{path} cannot be read: you do not have permission.").format(path=path)
        ) from None
    _check_header(path, header)
    try:
        conn = sqlite3.connect(
            _read_only_uri(path, brief=True), uri=True, timeout=LOCK_TIMEOUT_SECONDS
        )
    except sqlite3.Error as error:
        raise explain(error, path) from None
    try:
        (application_id,) = conn.execute("PRAGMA application_id").fetchone()
        if application_id != APPLICATION_ID:
            raise NotADatabaseError(
                translate("Store", "{path} is an SQLite database made by another program, not by CMDesk. "
                   "CMDesk leaves it untouched.").format(path=path)
            )
        # Reading the schema table parses every table's and index's definition.
        tables = {row[0] for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")}
        applied = (
            [
                row[0]
                for row in conn.execute(
                    "SELECT name FROM _sqlite_migrations WHERE migration_set = ? ORDER BY id",
                    [MIGRATION_SET],
                )
            ]
            if "_sqlite_migrations" in tables
            else []
        )
        unknown = [name for name in applied if name not in MIGRATION_NAMES]
        if unknown:
            raise DatabaseTooNewError(
                translate("Store", "{path} was made by a newer version of CMDesk (it has changes this "
                          "version does not know: {names}). Install the newer CMDesk to open it.").format(
                    path=path, names=", ".join(unknown)
                )
            )
        missing = [table for table in tables_expected(applied) if table not in tables]
        if missing:
            raise _damaged(path, translate(
                "Store", "its table {tables} is missing, though its schema version has it").format(
                    tables=", ".join(missing)))
        if deep is None:
            (checked_on,) = conn.execute("PRAGMA user_version").fetchone()
            deep = checked_on != checked_on_stamp(today or date.today())
        if deep:
            problems = [row[0] for row in conn.execute("PRAGMA quick_check(5)")]
            if problems != ["ok"]:
                raise _damaged(path, "; ".join(problems))
    except sqlite3.Error as error:
        raise explain(error, path) from None
    finally:
        conn.close()
    return ProbeResult(path=path, applied_migrations=applied, deep_checked=deep)


def needs_migration_error(path: Path, version: int) -> DatabaseNeedsMigrationError:
    """The refusal of a command that only reads, on a database an older CMDesk made."""
    return DatabaseNeedsMigrationError(
        translate("Store", "{path} was made by an older CMDesk (schema version {have} of {known}) "
                  "and must be updated before it can be read. A command that only reads never "
                  "changes the file: run `cmdesk migrate --db {path}`, or open it in the CMDesk "
                  "window; either backs it up first.").format(
            path=path, have=version, known=len(MIGRATION_NAMES))
    )


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
    return Database(conn, writes=not read_only)


def _ensure_not_locked(db: Database, path: Path) -> None:
    try:
        db.conn.execute("BEGIN IMMEDIATE")
        db.conn.execute("ROLLBACK")
    except sqlite3.Error as error:
        raise explain(error, path) from None


def open_database(
    path: Path, *, read_only: bool = False, today: date | None = None
) -> tuple[Database, ProbeResult]:
    """Open an existing CMDesk database for use, after one `probe`.

    Refuses (with the file unchanged) anything that is not a healthy CMDesk database.
    In read-write mode a database made by an older CMDesk is backed up, then migrated,
    and a full check that passed is recorded (so that the day's other opens, read-only
    ones too, need only the cheap checks).
    """
    path = Path(path)
    today = today or date.today()
    found = probe(path, today=today)
    if read_only:
        return connect(path, read_only=True), found
    _check_writable(path)
    try:
        db = connect(path)
    except sqlite3.Error as error:
        raise explain(error, path) from None
    try:
        _ensure_not_locked(db, path)
        if found.needs_migration:
            backups.take_backup(db, path, reason="before-migration")
            migrations.apply(db)
        if found.deep_checked:
            db.execute(f"PRAGMA user_version = {checked_on_stamp(today)}")
    except sqlite3.Error as error:
        db.close()
        raise explain(error, path) from None
    except BaseException:
        db.close()
        raise
    return db, found


def create_database(path: Path, office: Office, user: str) -> Database:
    """Create a new, empty CMDesk database at `path` (which must not exist)."""
    path = Path(path)
    if path.exists():
        raise DatabaseError(
            translate("Store", "{path} already exists. Choose another name, or open that database.")
            .format(path=path),
            remedy=Remedy.OPEN_DATABASE,
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
    probe(path, deep=False)  # the integrity check below reads every page
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
