"""The note a page shows while its year is submitted: the year's data are frozen, and
the page's editors are read-only until the year is reopened (Overview > Reopen)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from cmdesk.errors import Remedy
from cmdesk.store import Store
from ui.errors import remedy_hint


class FrozenNote(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("frozenNote")
        self.setWordWrap(True)
        self.setStyleSheet("QLabel#frozenNote { background: #dff0d8; color: #2b4d27; "
                           "border: 1px solid #9cc596; border-radius: 4px; padding: 6px 10px; }")
        self.setVisible(False)

    def show_year(self, store: Store | None, year: int) -> bool:
        """Show the note when `year` is submitted; returns whether it is (frozen)."""
        message = store.years.frozen_message(year) if store is not None and year else None
        if message:
            message = f"{message} {remedy_hint(Remedy.REOPEN_YEAR)}"
        self.show_message(message)
        return bool(message)

    def show_message(self, message: str | None) -> None:
        """Show the note with `message` after its title; hide it for None."""
        if message:
            self.setText(self.tr("<b>Submitted – frozen.</b> {message}").format(message=message))
        self.setVisible(bool(message))
