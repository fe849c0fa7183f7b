"""Backups: rotating automatic copies in a folder beside the database, a copy saved
where the user asks, and restoring one.

A backup is a safe copy or nothing. Each copy is made with SQLite's online backup
API (consistent even while the database is open) into a temporary name beside its
destination, checked there with `PRAGMA integrity_check`, flushed to disk and only
then renamed to its backup name (one atomic rename). A program killed during a
backup leaves at most a temporary file, whose name no listing counts as a backup;
the next backup removes it. A copy that fails its check is removed, and the reason
(the database itself is damaged) is raised.

Automatic backups rotate by kind (`KINDS`): the newest `KEEP` of each are kept, so
a day of backups taken by hand never pushes out the copy taken before a migration.
"""

from __future__ import annotations

import os
import re
import sqlite3
from datetime import datetime
from pathlib import Path
from typing import NamedTuple

from cmdesk.errors import DatabaseCorruptError, DatabaseError, DatabaseReadOnlyError, Remedy
from cmdesk.i18n import translate
from cmdesk.outputs import check_output
from cmdesk.store.sqlite import SIDE_FILE_SUFFIXES, Database

KEEP = 10
"""How many automatic backups of each kind are kept."""
KINDS = ("before-migration", "daily", "manual", "before-restore", "before-receive")
"""The kinds of automatic backup (the `reason` in its name), each rotated on its own:
before a migration, the first opening of each day, by hand (`cmdesk backup`; File >
Save a backup copy is not one: it goes where the user asks), before a restore, before
a package from another office is merged. A new kind needs no change here."""
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6}-\d{6})-(?P<reason>[a-z-]+)\.cmdesk$")
PARTIAL_SUFFIX = ".partial"
"""A copy being written and checked is named `.<final name>.partial` (hidden, and
matching no backup name)."""
CHECK_CACHE_KIB = 64 * 1024
"""The page cache of a copy's integrity check (SQLite takes it only as pages are read)."""
STALE_PARTIAL_SECONDS = 600
"""A temporary copy older than this was left by a backup that did not finish."""


class Backup(NamedTuple):
    path: Path
    taken_at: datetime
    reason: str


def backup_dir(db_path: Path) -> Path:
    """The folder of automatic backups: `<name> backups/` beside the database."""
    db_path = Path(db_path)
    return db_path.parent / f"{db_path.stem} backups"


def list_backups(db_path: Path) -> list[Backup]:
    """The automatic backups of `db_path`, newest first."""
    folder = backup_dir(db_path)
    if not folder.is_dir():
        return []
    found = []
    for path in folder.iterdir():
        match = _NAME.match(path.name)
        if match and match["stem"] == Path(db_path).stem:
            found.append(Backup(path, _taken_at(match["stamp"]), match["reason"]))
    return sorted(found, key=lambda backup: backup.taken_at, reverse=True)


def _taken_at(stamp: str) -> datetime:
    """The time in a backup's name, "YYYYMMDD-HHMMSS-ffffff" (as `take_backup` writes
    it). Read by hand: datetime.strptime imports _strptime and calendar (~2 ms), and
    every start lists the backups (daily_backup_due)."""
    date, time, micro = stamp.split("-")
    return datetime(int(date[:4]), int(date[4:6]), int(date[6:]),
                    int(time[:2]), int(time[2:4]), int(time[4:]), int(micro))


def partial_name(destination: Path) -> Path:
    """Where the copy for `destination` is written and checked before it is renamed."""
    return destination.with_name(f".{destination.name}{PARTIAL_SUFFIX}")


def _fsync(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def _fsync_folder(folder: Path) -> None:
    """Make a rename in `folder` durable (POSIX; Windows has no folder handles)."""
    if os.name != "posix":
        return
    handle = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)


def copy_checked(db: Database, destination: Path, *, replace: bool = False) -> Path:
    """Copy the open database to `destination`: written to a temporary name in the
    same folder, checked, flushed, then renamed. Nothing is ever left under
    `destination` but a complete, checked copy. Raises `DatabaseCorruptError` when
    the copy fails its check (the database is damaged: the copy is removed)."""
    destination = Path(destination)
    partial = partial_name(destination)
    _remove_partial(partial)
    try:
        try:
            target = sqlite3.connect(str(partial))
            try:
                db.conn.backup(target)
                # The check looks up every index entry in its table: with SQLite's
                # default 2 MiB cache it reads the same pages again and again.
                target.execute(f"PRAGMA cache_size = {-CHECK_CACHE_KIB}")
                problems = [row[0] for row in target.execute("PRAGMA integrity_check(5)")]
            finally:
                target.close()
        except sqlite3.Error as error:
            if "malformed" not in str(error) and "corrupt" not in str(error):
                raise DatabaseError(
                    translate("Store", "CMDesk could not write the copy {path} ({detail}); no "
                              "backup was written.").format(path=destination, detail=error)
                ) from None
            problems = [str(error)]
        if problems != ["ok"]:
            raise DatabaseCorruptError(
                translate("Store", "The backup copy failed its check ({detail}): the database "
                          "itself is damaged. Restore it from an earlier backup; no backup was "
                          "written.").format(detail="; ".join(problems)),
                remedy=Remedy.RESTORE_BACKUP,
            )
        _fsync(partial)
        if replace:
            os.replace(partial, destination)
        else:
            _rename_new(partial, destination)
        _fsync_folder(destination.parent)
    except BaseException:
        _remove_partial(partial)
        raise
    return destination


def _rename_new(partial: Path, destination: Path) -> None:
    """Rename `partial` to `destination`, which must not exist (no other program's
    file is replaced: a hard link fails on an existing name)."""
    try:
        os.link(partial, destination)
    except FileExistsError:
        raise DatabaseError(
            translate("Store", "{path} already exists. Choose another name, or replace it "
                      "(--replace on the command line).").format(path=destination)
        ) from None
    except OSError:
        # No hard links here (FAT, some network shares): test, then rename.
        if destination.exists():
            raise DatabaseError(
                translate("Store", "{path} already exists. Choose another name, or replace it "
                          "(--replace on the command line).").format(path=destination)
            ) from None
        os.replace(partial, destination)
        return
    partial.unlink()


def _remove_partial(partial: Path) -> None:
    """The temporary copy and the side files SQLite made beside it: the copy is
    written in rollback-journal mode (a copy killed mid-write leaves -journal), then
    checked as the WAL database its original is (killed there: -wal and -shm)."""
    for path in (partial, *(Path(f"{partial}{side}") for side in SIDE_FILE_SUFFIXES)):
        path.unlink(missing_ok=True)


def _remove_stale_partials(folder: Path, stem: str, now: datetime) -> None:
    for path in folder.glob(f".{stem}-*{PARTIAL_SUFFIX}*"):
        try:
            if now.timestamp() - path.stat().st_mtime > STALE_PARTIAL_SECONDS:
                path.unlink()
        except OSError:
            pass  # another program's business, or gone already


def take_backup(db: Database, db_path: Path, *, reason: str, now: datetime | None = None) -> Path:
    """Copy the open database into its backup folder (a checked copy, see
    `copy_checked`), then keep only the newest KEEP of the same kind (`reason`:
    lowercase words joined by hyphens, see KINDS)."""
    now = now or datetime.now()
    folder = backup_dir(db_path)
    try:
        folder.mkdir(exist_ok=True)
    except OSError as error:
        raise DatabaseReadOnlyError(
            translate("Store", "CMDesk cannot make its backup folder {folder} ({reason}). Move the "
                      "database to a folder where you can save files.").format(
                folder=folder, reason=error.strerror or error)
        ) from None
    stem = Path(db_path).stem
    _remove_stale_partials(folder, stem, now)
    destination = folder / f"{stem}-{now:%Y%m%d-%H%M%S-%f}-{reason}.cmdesk"
    copy_checked(db, destination)
    for old in [b for b in list_backups(db_path) if b.reason == reason][KEEP:]:
        old.path.unlink(missing_ok=True)
    return destination


def daily_backup_due(db_path: Path, today: datetime | None = None) -> bool:
    """True when no daily backup of `db_path` was taken today."""
    day = (today or datetime.now()).date()
    return not any(backup.taken_at.date() == day and backup.reason == "daily"
                   for backup in list_backups(db_path))


def check_destination(destination: Path, db_path: Path, *, replace: bool = False) -> Path:
    """Refuse, with the reason, a place a copy of the database cannot be saved to."""
    destination = Path(destination)
    if destination.resolve() == Path(db_path).resolve():
        raise DatabaseError(
            translate("Store", "Choose another file name: a backup copy cannot replace "
                      "the database itself.")
        )
    check_output(destination)  # a folder, a missing folder, no permission: said why
    if destination.exists() and not replace:
        raise DatabaseError(
            translate("Store", "{path} already exists. Choose another name, or replace it "
                      "(--replace on the command line).").format(path=destination)
        )
    return destination


def save_copy(db: Database, db_path: Path, destination: Path, *, replace: bool = False) -> Path:
    """Save a checked copy of the open database where the user asked. An existing
    file there is replaced only when `replace` is set (the GUI's save dialog has
    asked; the command line says --replace)."""
    destination = check_destination(destination, db_path, replace=replace)
    try:
        return copy_checked(db, destination, replace=replace)
    except PermissionError as error:
        raise DatabaseReadOnlyError(
            translate("Store", "CMDesk cannot write {path}: {reason}.").format(
                path=destination, reason=error.strerror or error)
        ) from None
    except OSError as error:
        raise DatabaseError(
            translate("Store", "CMDesk cannot write {path}: {reason}.").format(
                path=destination, reason=error.strerror or error)
        ) from None


def restore_into(db: Database, backup_db: Database) -> None:
    """Replace the whole content of `db` with that of `backup_db`, in one step."""
    backup_db.conn.backup(db.conn)
