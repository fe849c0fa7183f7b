"""The one place the GUI shows errors.

A `CMDeskError` carries a message for the user (what, where, what to do) and is shown
as it is. Anything else is a bug: it is shown with an apology and its details, so that
the user can send them to the database unit, and the program goes on.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from cmdesk.errors import CMDeskError

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget


def show_error(parent: QWidget | None, error: BaseException, title: str | None = None) -> None:
    # Imported here: building QMessageBox's Python enums costs ~1.5 ms, traceback ~4 ms
    # (with PySide6's look at each module imported after it), and every start imports
    # this module but few show an error (benchmarks/startup.py).
    import traceback

    from PySide6.QtWidgets import QMessageBox

    if not title:
        title = QCoreApplication.translate("Errors", "CMDesk")
    if isinstance(error, CMDeskError):
        QMessageBox.critical(parent, title, str(error))
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
