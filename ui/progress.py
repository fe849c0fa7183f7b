"""Long core operations with a progress dialog and Cancel.

The core gives progress through a callback `(done, total) -> bool` (False cancels);
`run_with_progress` shows a modal QProgressDialog and lets Qt paint and take the
Cancel click between steps. The work runs on the GUI thread: the store's SQLite
connection belongs to it, and the core keeps each step short (a batch of rows).
"""

from __future__ import annotations

from typing import Callable, TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

T = TypeVar("T")


def run_with_progress(parent: QWidget | None, label: str,
                      work: Callable[[Callable[[int, int], bool]], T]) -> T:
    """Run `work(progress)` with a progress dialog; the dialog's Cancel makes
    `progress` return False (the core then raises its cancellation error)."""
    dialog = QProgressDialog(label, QCoreApplication.translate("Progress", "Cancel"), 0, 0, parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)

    def progress(done: int, total: int) -> bool:
        dialog.setMaximum(max(total, 1))
        dialog.setValue(min(done, max(total, 1)))
        QCoreApplication.processEvents()
        return not dialog.wasCanceled()

    try:
        return work(progress)
    finally:
        dialog.close()
        dialog.deleteLater()
