"""The dialogs of the main window's pages.

`open_form` is how a page opens a form: window-modal and not blocking (the form stays
open until what it holds is valid), remembered as the owner's `dialog` while open
(tests reach it there) and deleted when closed."""

from __future__ import annotations

from typing import Callable

from PySide6.QtWidgets import QDialog, QWidget


def open_form(owner: QWidget, dialog: QDialog, on_accept: Callable[[], None]) -> None:
    owner.dialog = dialog
    dialog.accepted.connect(on_accept)

    def closed(_result: int) -> None:
        if owner.dialog is dialog:
            owner.dialog = None
        dialog.deleteLater()

    dialog.finished.connect(closed)
    dialog.open()
