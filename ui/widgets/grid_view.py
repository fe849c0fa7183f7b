"""A table view that edits like a spreadsheet: type to edit, Enter moves down,
Tab moves right, Delete clears, Ctrl+C copies and Ctrl+V pastes a block from Excel."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractItemDelegate, QAbstractItemView, QTableView, QWidget


def parse_block(text: str) -> list[list[str]]:
    """Rows of cells from clipboard text as Excel copies it (tabs and newlines, with a
    final newline)."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return [line.split("\t") for line in lines]


class GridView(QTableView):
    # (top-left index, block of cell texts): the page turns it into one undoable edit.
    paste_requested = Signal(QModelIndex, list)
    # Indexes to clear, as one undoable edit.
    clear_requested = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed
                             | QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ContiguousSelection)
        self.setAlternatingRowColors(False)
        self.verticalHeader().setVisible(False)

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        # Enter commits and moves down, as in Excel (Qt would stay on the cell).
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache:
            super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
            self._move_down()
            return
        super().closeEditor(editor, hint)

    def _move_down(self) -> None:
        current = self.currentIndex()
        below = current.siblingAtRow(current.row() + 1)
        if below.isValid():
            self.setCurrentIndex(below)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.state() != QAbstractItemView.State.EditingState:
            if event.matches(QKeySequence.StandardKey.Paste):
                text = QGuiApplication.clipboard().text()
                if text and self.currentIndex().isValid():
                    self.paste_requested.emit(self.currentIndex(), parse_block(text))
                return
            if event.matches(QKeySequence.StandardKey.Copy):
                self._copy()
                return
            if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self.clear_requested.emit(self.selectedIndexes() or [self.currentIndex()])
                return
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._move_down()
                return
        super().keyPressEvent(event)

    def _copy(self) -> None:
        indexes = self.selectedIndexes()
        if not indexes:
            return
        rows = sorted({i.row() for i in indexes})
        columns = sorted({i.column() for i in indexes})
        model = self.model()
        text = "\n".join(
            "\t".join(str(model.index(r, c).data(Qt.ItemDataRole.EditRole) or "") for c in columns)
            for r in rows
        )
        QGuiApplication.clipboard().setText(text + "\n")
