"""The one exception root of the core.

Every error a user can meet is a `CMDeskError` whose message says what is wrong,
where (file, row, column, item) and what to do. The UI shows them in one place
(`ui/errors.py`); the CLI prints them on one line and exits non-zero.
"""

from __future__ import annotations

import enum


class Remedy(enum.Enum):
    """What the user can do about an error, named so that each front end says where
    that is in its own terms (the window: a menu or a page; the command line: a
    command). The core's message says what to do in terms of the data and never names
    a page, a menu or a command: the core does not know the window's pages."""

    RESTORE_BACKUP = "restore-backup"
    NEW_DATABASE = "new-database"
    OPEN_DATABASE = "open-database"
    READ_AGAIN = "read-again"  # the data changed since it was read (another window?)
    REOPEN_YEAR = "reopen-year"
    MAKE_PROVINCIAL_DATABASE = "make-provincial-database"
    WRITE_WORKBOOK = "write-workbook"
    EXPORT_PROVINCIAL_SUMMARY = "export-provincial-summary"


class CMDeskError(Exception):
    """Base of every expected error. `str(error)` is the message for the user;
    `remedy`, when given, what the user can do, for the front end to say where."""

    remedy: Remedy | None = None

    def __init__(self, *args: object, remedy: Remedy | None = None) -> None:
        super().__init__(*args)
        if remedy is not None:
            self.remedy = remedy


class CatalogError(CMDeskError):
    """The reference catalog is incomplete or inconsistent."""


class DatabaseError(CMDeskError):
    """A database cannot be opened, created or written as asked."""


class DatabaseMissingError(DatabaseError):
    pass


class NotADatabaseError(DatabaseError):
    """The file is not a CMDesk database (not SQLite at all, or another program's)."""


class DatabaseReadOnlyError(DatabaseError):
    pass


class DatabaseLockedError(DatabaseError):
    pass


class DatabaseCorruptError(DatabaseError):
    pass


class DatabaseNeedsMigrationError(DatabaseError):
    """Made by an older CMDesk: it must be updated (after a backup) before a command
    that only reads can read it, and a command that only reads never updates it."""


class DatabaseTooNewError(DatabaseError):
    """Made by a newer CMDesk than this one: opening it could lose data."""


class InputError(CMDeskError):
    """A value the user gave (on the command line, in a form, in a file) is wrong."""


class YearFrozenError(InputError):
    """A write touches a reporting year that was submitted: its data are frozen until
    the year is reopened. `year` is that year."""

    remedy = Remedy.REOPEN_YEAR

    def __init__(self, message: str, year: int) -> None:
        super().__init__(message)
        self.year = year


class FileReadError(InputError):
    """A file cannot be read as asked (`cmdesk.exchange.reading`). The message names the
    file and, where known, the place; the place is also kept for callers: `path`,
    `line` (a text file's line, the first being 1, or a sheet's row), `column` (a column
    number, or a sheet's column letter) and `cell` (a sheet's cell, "C7")."""

    def __init__(self, message: str, path: object, line: int | None = None,
                 column: str | int | None = None, cell: str | None = None) -> None:
        super().__init__(message)
        self.path = path
        self.line = line
        self.column = column
        self.cell = cell
