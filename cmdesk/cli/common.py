"""What every command module of the command line shares: the parser's building
blocks (a command, a group of subcommands), opening the database and printing."""

from __future__ import annotations

import argparse
import sqlite3
import sys
from itertools import islice
from pathlib import Path
from typing import Callable, Iterable

from cmdesk.errors import CMDeskError, Remedy
from cmdesk.i18n import translate
from cmdesk.store import Store
from cmdesk.text import CONTROL

Handler = Callable[[argparse.Namespace], int]


def default_user() -> str:
    """The operating-system login name, the default author in the audit log."""
    import getpass  # only asked when no name is saved: kept out of start-up

    try:
        return getpass.getuser()
    except Exception:  # getuser raises various errors when no login name is set
        return "unknown"


def _group_help(name: str) -> str:
    """The help of each command that only groups subcommands (`import values`, ...)."""
    return {
        "import": translate("CLI", "import data from a file (every row is checked before anything is written)"),
        "export": translate("CLI", "export data to a file"),
        "summary": translate("CLI", "print the figures the reports quote"),
        "workbook": translate("CLI", "collection workbooks: write the xlsx each reporting source "
                              "fills, read the filled ones back checked"),
        "year": translate("CLI", "a reporting year's sign-off: status, mark as checked, "
                          "submit (keeps a snapshot and freezes the year), reopen, compare"),
        "province": translate("CLI", "provincial offices and their pairing with headquarters "
                              "(see docs/exchange.md)"),
    }[name]


class Commands:
    """The parser's commands, as each command module adds its own (see parser.py)."""

    def __init__(self, commands: argparse._SubParsersAction) -> None:
        self._commands = commands
        self._groups: dict[str, argparse._SubParsersAction] = {}
        self._user = default_user()

    def add(self, name: str, help_text: str, handler: Handler, *, needs_db: bool = True,
            group: str | None = None) -> argparse.ArgumentParser:
        """A command `name` (a subcommand of `group`, such as "import", when given),
        with --db (unless `needs_db` is false) and --user."""
        parent = self._commands if group is None else self._group(group)
        sub = parent.add_parser(name, help=help_text, description=help_text)
        if needs_db:
            sub.add_argument("--db", type=Path, required=True, help=translate("CLI", "the database file"))
        sub.add_argument(
            "--user", default=self._user,
            help=translate("CLI", "name written to the audit log (default: your login name)"),
        )
        sub.set_defaults(handler=handler)
        return sub

    def _group(self, name: str) -> argparse._SubParsersAction:
        """A command whose subcommands say what it acts on, made when first used."""
        if name not in self._groups:
            help_text = _group_help(name)
            sub = self._commands.add_parser(name, help=help_text, description=help_text)
            self._groups[name] = sub.add_subparsers(dest="what", metavar="WHAT", required=True)
        return self._groups[name]


def open_to_read(args: argparse.Namespace, catalog) -> Store:
    """Open `--db` for a command that only reads: read-only, one probe, and the file
    never changed. A database made by an older CMDesk is refused with what updates it
    (`cmdesk migrate`, or the window), since the command reads tables only the newer
    schema has."""
    return Store.open(args.db, catalog, args.user, read_only=True, refuse_older=True)


def finish_sort_indexes(store: Store) -> None:
    """After a write that may have left the register's sort indexes for later (a
    bulk import or a first package: store/casualties.py `indexes_built_after`),
    once its result is printed: build them, so that the next program to open the
    database finds them there. The write is committed already: a failure here (the
    lock held by another program past the time-out) is a warning, not the command's
    failure; the window builds what is missing when it next opens the database."""
    sys.stdout.flush()
    try:
        store.casualties.build_sort_indexes()
    except sqlite3.Error as error:
        print(translate("CLI", "cmdesk: warning: the register's sort indexes were not built "
                        "({error}); everything is saved. CMDesk's window builds them when it "
                        "next opens {path}.").format(error=error, path=store.path), file=sys.stderr)


def one_line(text: str) -> str:
    """`text` on one line, its control characters shown as escapes (a file's ESC must
    not reach the terminal)."""
    text = text.replace("\r", "\\r").replace("\n", "\\n")
    return CONTROL.sub(lambda found: f"\\x{ord(found.group()):02x}", text)


def remedy_hint(error: CMDeskError) -> str | None:
    """The command that does what `error`'s remedy says (the core's message says it in
    terms of the data; the command line names its own commands)."""
    if error.remedy is None:
        return None
    year = getattr(error, "year", None) or "YEAR"
    return {
        Remedy.RESTORE_BACKUP: translate("CLI", "To restore a backup: `cmdesk restore BACKUP "
                                         "--db DATABASE`."),
        Remedy.NEW_DATABASE: translate("CLI", "To make a new database: `cmdesk init --db "
                                       "DATABASE`."),
        Remedy.OPEN_DATABASE: translate("CLI", "To use that database: `--db DATABASE`."),
        Remedy.READ_AGAIN: None,  # every command reads the data afresh
        Remedy.REOPEN_YEAR: translate("CLI", "To reopen the year: `cmdesk year reopen --year "
                                      "{year} --reason ...`.").format(year=year),
        Remedy.MAKE_PROVINCIAL_DATABASE: translate("CLI", "To make a provincial database: "
                                                   "`cmdesk province create`."),
        Remedy.WRITE_WORKBOOK: translate("CLI", "To write a workbook: `cmdesk workbook write`."),
        Remedy.EXPORT_PROVINCIAL_SUMMARY: translate("CLI", "To export the provincial summary: "
                                                    "`cmdesk export provincial-summary`."),
    }[error.remedy]


PRINTED_PROBLEMS = 50
"""The most problems an import prints: a file of a million bad rows prints 50 and a
count, not a million lines."""


def print_problems(messages: Iterable[str], total: int, rest: str = "") -> None:
    """Print the first PRINTED_PROBLEMS of `messages` (one line each) to stderr, then
    how many more there are; `rest` says where all of them are, if anywhere."""
    for message in islice(messages, PRINTED_PROBLEMS):
        print(message, file=sys.stderr)
    if total > PRINTED_PROBLEMS:
        print(translate("CLI", "... and {n} more problem(s){rest}.").format(
            n=f"{total - PRINTED_PROBLEMS:,}", rest=rest), file=sys.stderr)


def when(at: str | None) -> str:
    """An audit time as people read it: 2025-04-30 09:15 (UTC, as stored)."""
    return (at or "").replace("T", " ")[:16]


FIRST_YEAR, LAST_YEAR = 1900, 2100
"""The years a --year may name: far wider than the register's (1979-), far narrower
than what SQLite's integers or the documents' layouts could meet."""


def year_argument(text: str) -> int:
    try:
        year = int(text.strip())
    except ValueError:
        year = None
    if year is None or not FIRST_YEAR <= year <= LAST_YEAR:
        raise argparse.ArgumentTypeError(translate(
            "CLI", "'{text}' is not a year: give one from {first} to {last}, such as 2024").format(
                text=text, first=FIRST_YEAR, last=LAST_YEAR))
    return year


def date_argument(text: str):
    """A date as staff type it (YYYY-MM-DD or DD/MM/YYYY: cmdesk/dates.py, the one
    date parser of the GUI, the CLI and the imports)."""
    from cmdesk.dates import parse_date
    from cmdesk.errors import InputError

    try:
        return parse_date(text)
    except InputError as error:
        raise argparse.ArgumentTypeError(translate(
            "CLI", "'{text}': {error}").format(text=text, error=error)) from None


def os_error_message(error: OSError) -> str:
    """What the system refused, in the user's words: which file, and why."""
    import errno

    path = error.filename or ""
    if isinstance(error, FileNotFoundError):
        return translate("CLI", "{path} does not exist (or its folder does not).").format(path=path)
    if isinstance(error, IsADirectoryError):
        return translate("CLI", "{path} is a folder, where a file was expected.").format(path=path)
    if isinstance(error, NotADirectoryError):
        return translate("CLI", "{path}: a part of this path is a file, not a folder.").format(path=path)
    if isinstance(error, PermissionError):
        return translate("CLI", "{path}: you do not have permission (or another program has the "
                         "file open).").format(path=path)
    if error.errno == errno.ENOSPC:
        return translate("CLI", "The disk is full: {path} could not be written.").format(path=path)
    return translate("CLI", "{path}: {reason}").format(path=path, reason=error.strerror or error)
