"""The one place the GUI shows errors.

A `CMDeskError` carries a message for the user (what, where, what to do) and is shown
as it is. Anything else is a bug: it is shown with an apology and its details, so that
the user can send them to the database unit, and the program goes on.
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QCoreApplication

from cmdesk.errors import CMDeskError, Remedy

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget


def remedy_hint(remedy: Remedy | None) -> str | None:
    """Where in the window the user does what an error's remedy says (the core's
    message says it in terms of the data; only the window knows its menus and pages)."""
    if remedy is None:
        return None
    return {
        Remedy.RESTORE_BACKUP:
            QCoreApplication.translate("Errors", "To restore a backup: File > Restore from backup."),
        Remedy.NEW_DATABASE:
            QCoreApplication.translate("Errors", "To make a new database: File > New database."),
        Remedy.OPEN_DATABASE:
            QCoreApplication.translate("Errors", "To open a database: File > Open."),
        Remedy.READ_AGAIN:
            QCoreApplication.translate("Errors", "To read the data again: File > Refresh (F5)."),
        Remedy.REOPEN_YEAR:
            QCoreApplication.translate("Errors", "To reopen the year: Overview > Reopen."),
        Remedy.MAKE_PROVINCIAL_DATABASE:
            QCoreApplication.translate("Errors", "To make a provincial database: Tools > Provincial offices."),
        Remedy.WRITE_WORKBOOK:
            QCoreApplication.translate("Errors", "To write a workbook: Data exchange > Collection workbooks."),
        Remedy.EXPORT_PROVINCIAL_SUMMARY:
            QCoreApplication.translate("Errors", "To export the provincial summary: the Reports page."),
    }[remedy]


def error_text(error: CMDeskError) -> str:
    """A CMDeskError's message, followed by where in the window its remedy is."""
    hint = remedy_hint(error.remedy)
    return f"{error}\n\n{hint}" if hint else str(error)


def show_error(parent: QWidget | None, error: BaseException, title: str | None = None,
               database: Path | None = None) -> None:
    """Show `error`: a CMDeskError's message as it is, with where its remedy is in the
    window (`error_text`); SQLite's own errors (a lock
    held by another program, a full disk, a damaged page) as the store explains them
    for `database`; anything else with an apology and its details."""
    # Imported here: building QMessageBox's Python enums costs ~1.5 ms, traceback ~4 ms
    # (with PySide6's look at each module imported after it), and every start imports
    # this module but few show an error (benchmarks/startup.py).
    import traceback

    from PySide6.QtWidgets import QMessageBox

    if not title:
        title = QCoreApplication.translate("Errors", "CMDesk")
    if isinstance(error, sqlite3.Error) and not isinstance(error, sqlite3.ProgrammingError):
        from cmdesk.store import explain

        error = explain(error, database)
    if isinstance(error, CMDeskError):
        QMessageBox.critical(parent, title, error_text(error))
        return
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        title,
        QCoreApplication.translate(
            "Errors",
            "Something went wrong inside CMDesk. Nothing you saved before this was lost. "
            "Please send the details below to the database unit.",
        ),
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setDetailedText("".join(traceback.format_exception(error)))
    box.exec()


def install_error_hook(parent: Callable[[], QWidget | None],
                       database: Callable[[], Path | None] = lambda: None) -> Callable[[], None]:
    """Route exceptions that reach the event loop (raised in a slot, a timer, an
    event handler) to `show_error`, instead of a traceback printed where nobody looks
    and a window that carries on as if the action had worked. `parent` and `database`
    give the window and the open database at the time. Returns a function that puts
    the previous hook back.

    An error raised while one is being shown (a paint handler failing again under the
    message box) goes to the previous hook, so that the messages do not pile up."""
    previous = sys.excepthook
    showing: list[BaseException] = []

    def hook(kind, error, trace) -> None:
        if showing or not isinstance(error, Exception):  # KeyboardInterrupt, SystemExit
            previous(kind, error, trace)
            return
        showing.append(error)
        try:
            show_error(parent(), error, database=database())
        except Exception:
            previous(kind, error, trace)
        finally:
            showing.clear()

    sys.excepthook = hook

    def uninstall() -> None:
        sys.excepthook = previous

    return uninstall
