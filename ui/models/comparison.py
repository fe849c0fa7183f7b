"""A comparison of a submitted year (cmdesk.signoff.Comparison) as a table: one line
per changed field of a changed row, one line per added or removed row.

Columns: What | Row | Change | Field | Before | After | By | When. Casualty records'
personal fields show "(personal data)" unless `set_show_personal(True)`.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from cmdesk.signoff import Comparison, FieldChange, RowChange
from cmdesk.signoff.compare import ADDED, CHANGED, REMOVED, table_labels

CHANGE_ROLE = Qt.ItemDataRole.UserRole + 1  # the RowChange of a line
COLUMNS = ("what", "row", "change", "field", "before", "after", "by", "when")
_BACKGROUNDS = {ADDED: QColor("#e6f4e6"), REMOVED: QColor("#fbe3e4")}

AnyIndex = QModelIndex | QPersistentModelIndex


class Line(NamedTuple):
    change: RowChange
    field: FieldChange | None  # None: the whole row (added or removed)


class ComparisonModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.comparison: Comparison | None = None
        self.lines: list[Line] = []
        self.show_personal = False
        self._tables = table_labels()

    def set_comparison(self, comparison: Comparison | None) -> None:
        self.beginResetModel()
        self.comparison = comparison
        self.lines = []
        for change in comparison.changes if comparison else ():
            if change.action == CHANGED:
                self.lines += [Line(change, field) for field in change.fields]
            else:
                self.lines.append(Line(change, None))
        self.endResetModel()

    def set_show_personal(self, show: bool) -> None:
        self.show_personal = show
        if self.lines:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.lines) - 1, len(COLUMNS) - 1))

    # --- Qt model ----------------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            "what": self.tr("What"), "row": self.tr("Row"), "change": self.tr("Change"),
            "field": self.tr("Field"), "before": self.tr("Before"), "after": self.tr("After"),
            "by": self.tr("By"), "when": self.tr("When (UTC)"),
        }[COLUMNS[section]]

    def _hidden(self, field: FieldChange) -> bool:
        return field.personal and not self.show_personal

    def _summary(self, change: RowChange) -> str:
        """An added or removed row's fields, as one line of text."""
        parts = []
        for field in change.fields:
            text = field.new_text if change.action == ADDED else field.old_text
            if self._hidden(field):
                text = self.tr("(personal data)")
            parts.append(f"{field.label}: {text}")
        return "; ".join(parts)

    def text(self, row: int, column: str) -> str:
        line = self.lines[row]
        change, field = line.change, line.field
        if column == "what":
            return self._tables.get(change.table, change.table)
        if column == "row":
            return change.label
        if column == "change":
            return {ADDED: self.tr("added"), REMOVED: self.tr("removed"),
                    CHANGED: self.tr("changed")}[change.action]
        if column == "field":
            return field.label if field else ""
        if column in ("before", "after"):
            if field is None:
                summary = self._summary(change)
                return summary if (column == "after") == (change.action == ADDED) else ""
            if self._hidden(field):
                return self.tr("(personal data)")
            return field.old_text if column == "before" else field.new_text
        if column == "by":
            return ", ".join(change.who) if change.edits else self.tr("(not recorded)")
        return (change.last_at or "").replace("T", " ")[:16]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        line = self.lines[index.row()]
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            text = self.text(index.row(), column)
            return text if len(text) <= 200 else text[:199] + "…"
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == "by" and line.change.edits:
                return "\n".join(f"{edit.at.replace('T', ' ')[:16]}  {edit.who}: {edit.field}"
                                 for edit in line.change.edits)
            text = self.text(index.row(), column)
            return text if len(text) > 40 else None
        if role == Qt.ItemDataRole.BackgroundRole:
            colour = _BACKGROUNDS.get(line.change.action)
            return QBrush(colour) if colour else None
        if role == CHANGE_ROLE:
            return line.change
        return None
