"""Backups: rotating automatic copies in a folder beside the database, a copy saved
where the user asks, and restoring one.

Copies are made with SQLite's online backup API, so they are consistent even while
the database is open, and a restore replaces the live database in one step.
"""

from __future__ import annotations

import re
import sqlite3
from datetime import datetime
from pathlib import Path
from typing import NamedTuple

from cmdesk.errors import DatabaseError
from cmdesk.i18n import translate
from cmdesk.store.sqlite import Database

KEEP = 10
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6}-\d{6})-(?P<reason>[a-z-]+)\.cmdesk$")


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


def _copy(db: Database, destination: Path) -> None:
    target = sqlite3.connect(str(destination))
    try:
        db.conn.backup(target)
    finally:
        target.close()


def take_backup(db: Database, db_path: Path, *, reason: str, now: datetime | None = None) -> Path:
    """Copy the open database into its backup folder, then keep only the newest KEEP."""
    now = now or datetime.now()
    folder = backup_dir(db_path)
    folder.mkdir(exist_ok=True)
    destination = folder / f"{Path(db_path).stem}-{now:%Y%m%d-%H%M%S-%f}-{reason}.cmdesk"
    _copy(db, destination)
    for old in list_backups(db_path)[KEEP:]:
        old.path.unlink(missing_ok=True)
    return destination


def daily_backup_due(db_path: Path, today: datetime | None = None) -> bool:
    """True when no backup of `db_path` was taken today."""
    day = (today or datetime.now()).date()
    return not any(backup.taken_at.date() == day for backup in list_backups(db_path))


def save_copy(db: Database, db_path: Path, destination: Path) -> Path:
    """Save a consistent copy of the open database where the user asked."""
    destination = Path(destination)
    if destination.resolve() == Path(db_path).resolve():
        raise DatabaseError(
            translate("Store", "Choose another file name: a backup copy cannot replace "
                      "the database itself.")
        )
    if destination.exists():
        destination.unlink()
    _copy(db, destination)
    return destination


def restore_into(db: Database, backup_db: Database) -> None:
    """Replace the whole content of `db` with that of `backup_db`, in one step."""
    backup_db.conn.backup(db.conn)
