"""No dialog shrinks until its wrapped texts are cut.

A layout tells Qt a window's minimum size from its widgets' minimum sizes, but a
word-wrapped label's height depends on its width, and Qt does not enforce that for a
window: a dialog made smaller (or shown on a small screen, a laptop at 125 %) cuts its
explanations and squeezes its buttons. `Dialog`, the base class of CMDesk's dialogs,
sets a dialog's minimum size when it is first shown: a width that leaves its texts
readable (its own minimum, else at most MIN_WIDTH of what it would like), and the
height its layout needs at that width; and keeps it within the screen. (Qt's own
dialogs, QMessageBox and the rest, size themselves.)
"""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QAbstractButton, QDialog, QLabel, QWidget

MIN_WIDTH = 420  # pixels: a wrapped explanation of a few lines, not one word a line


def fit_minimum(dialog: QDialog) -> None:
    """Make `dialog`'s minimum size hold its texts whole, word-wrapped ones included:
    lay it out at its minimum, and add to the height what the texts still lack (per
    line of widgets, the most any of them lacks), until nothing lacks room."""
    layout = dialog.layout()
    if layout is None:
        return
    layout.activate()
    width = max(dialog.minimumWidth(), layout.totalMinimumSize().width(),
                min(dialog.sizeHint().width(), MIN_WIDTH))
    height = max(dialog.minimumHeight(), layout.totalMinimumSize().height())
    texts = [w for w in dialog.findChildren(QWidget)
             if isinstance(w, (QLabel, QAbstractButton)) and w.text() and not w.isHidden()]
    for _ in range(6):
        layout.setGeometry(QRect(0, 0, width, height))
        lacking: dict[int, int] = {}
        for widget in texts:
            needed = (widget.heightForWidth(widget.width()) if isinstance(widget, QLabel) and widget.wordWrap()
                      else widget.sizeHint().height())
            top = widget.mapTo(dialog, widget.rect().topLeft()).y()
            lacking[top] = max(lacking.get(top, 0), needed - widget.height())
        more = sum(n for n in lacking.values() if n > 0)
        if not more:
            break
        height += more
    layout.setGeometry(dialog.rect())
    dialog.setMinimumSize(width, height)


def fit_screen(dialog: QDialog) -> None:
    """No larger than the screen's room (a dialog that asks for 1160x640 on a laptop
    at 125 %, 1093x614, would run off it), nor smaller than its minimum."""
    room = dialog.screen().availableGeometry().size()
    if dialog.width() > room.width() or dialog.height() > room.height():
        dialog.resize(max(dialog.minimumWidth(), min(dialog.width(), room.width())),
                      max(dialog.minimumHeight(), min(dialog.height(), room.height())))


class Dialog(QDialog):
    """CMDesk's dialogs: the first time one is shown, its minimum size holds its texts
    whole (`fit_minimum`) and it stays within the screen (`fit_screen`). A base class,
    not an event filter on the application: such a filter runs Python for every event
    of every widget, and made PySide6 build the Python enums of ~140 Qt classes before
    the window's first paint (~40 ms of start-up, benchmarks/startup.py)."""

    _fitted = False

    def showEvent(self, event: QShowEvent) -> None:
        if not self._fitted:
            self._fitted = True
            fit_minimum(self)
            fit_screen(self)
        super().showEvent(event)
