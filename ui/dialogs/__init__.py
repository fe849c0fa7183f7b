"""The dialogs of the main window's pages.

`open_form` is how a page opens a form: window-modal and not blocking (the form stays
open until what it holds is valid), remembered as the owner's `dialog` while open
(tests reach it there) and deleted when closed."""

from __future__ import annotations

from typing import Callable

from PySide6.QtWidgets import QDialog, QWidget


def open_form(owner: QWidget, dialog: QDialog, on_accept: Callable[[], object]) -> None:
    # `dialog` is set on whichever widget owns the form (a page, a panel): an attribute
    # each owner declares with its own form's type, so it is reached by name here.
    setattr(owner, "dialog", dialog)  # noqa: B010  # each owner types its own `dialog`
    dialog.accepted.connect(on_accept)

    def closed(_result: int) -> None:
        if getattr(owner, "dialog", None) is dialog:
            setattr(owner, "dialog", None)  # noqa: B010  # likewise
        dialog.deleteLater()

    dialog.finished.connect(closed)
    dialog.open()
