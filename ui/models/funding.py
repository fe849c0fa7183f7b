"""The Budget page's table: a thin Qt adapter over the year's funding lines.

Rows are the line dicts `store.funding.for_year` gives, in its order; the model
never reads or writes the store itself (the page gives it lines with `set_lines`).
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from cmdesk.funding import format_money, format_rate, funder_kind_label

LINE_ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the line's id, on every cell of its row
VALUE_ROLE = Qt.ItemDataRole.UserRole + 2  # the cell's stored value (number, code, bool)

COLUMNS = ("funder", "funder_kind", "purpose", "amount", "currency", "rate_to_usd",
           "amount_usd", "earmarked", "note")
NUMERIC = {"amount", "rate_to_usd", "amount_usd"}

AnyIndex = QModelIndex | QPersistentModelIndex


class FundingLinesModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.lines: list[dict] = []
        self._headers = {
            "funder": self.tr("Funder"),
            "funder_kind": self.tr("Kind"),
            "purpose": self.tr("Purpose"),
            "amount": self.tr("Amount"),
            "currency": self.tr("Currency"),
            "rate_to_usd": self.tr("Rate to US$"),
            "amount_usd": self.tr("US$ amount"),
            "earmarked": self.tr("Earmarked"),
            "note": self.tr("Note"),
        }

    def set_lines(self, lines: list[dict]) -> None:
        """Show `lines` (as `store.funding.for_year` returns them)."""
        self.beginResetModel()
        self.lines = list(lines)
        self.endResetModel()

    def line_id(self, row: int) -> str:
        return self.lines[row]["id"]

    def row_of(self, line_id: str) -> int:
        """The row showing that line, or -1."""
        return next((row for row, line in enumerate(self.lines) if line["id"] == line_id), -1)

    # --- Qt's model interface ------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[COLUMNS[section]]
        if role == Qt.ItemDataRole.TextAlignmentRole and COLUMNS[section] in NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.lines):
            return None
        line = self.lines[index.row()]
        column = COLUMNS[index.column()]
        value = line[column]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = self._text(column, value)
            if role == Qt.ItemDataRole.ToolTipRole:
                return text if column in ("purpose", "note", "funder") and text else None
            return text
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = Qt.AlignmentFlag.AlignRight if column in NUMERIC else Qt.AlignmentFlag.AlignLeft
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        if role == LINE_ID_ROLE:
            return line["id"]
        if role == VALUE_ROLE:
            return value
        return None

    def _text(self, column: str, value) -> str:
        if column in ("amount", "amount_usd"):
            return format_money(value)
        if column == "rate_to_usd":
            # A USD line has no rate: show the 1 it means.
            return format_rate(value) if value is not None else "1"
        if column == "funder_kind":
            return funder_kind_label(value)
        if column == "earmarked":
            return self.tr("Yes") if value else self.tr("No")
        return "" if value is None else str(value)
