"""The completeness table: a thin Qt adapter over a year's returns
(cmdesk.completeness.ReturnStatus), one row per source and section.

The status shows as text on a coloured background: the colour helps to scan the
table, the word says it (never colour alone). The model never reads the store; the
widget gives it the statuses with `set_statuses`.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QStandardItem, QStandardItemModel

from cmdesk.completeness import (
    CHECKED,
    EXPECTED,
    NOT_EXPECTED,
    OVERDUE,
    RECEIVED,
    ReturnStatus,
    status_labels,
)
from ui.enumless import BACKGROUND_ROLE, FOREGROUND_ROLE, USER_ROLE

KEY_ROLE = USER_ROLE + 1  # (source code, section code), on every cell
STATUS_ROLE = USER_ROLE + 2  # the status code (cmdesk.completeness), on every cell

COLUMNS = ("source", "section", "due", "received", "checked", "status")

# Background and text colours of the status cell (text contrast at least 4.5:1).
STATUS_COLOURS = {
    OVERDUE: ("#f6d5d1", "#8a1c12"),
    EXPECTED: ("#fdf0cf", "#6b4a00"),
    RECEIVED: ("#dbe8f6", "#1f4e79"),
    CHECKED: ("#d7eed8", "#1e5b24"),
    NOT_EXPECTED: ("#eeeeee", "#555555"),
}


class CompletenessModel(QStandardItemModel):
    """The cells are items, filled once per `set_statuses`: Overview shows this table
    while the window settles, and a Python model's `data` and `headerData` would be
    called thousands of times (the header's orientation builds Qt's enums,
    ui/enumless.py). Colours are given as QColor: a QBrush(QColor) call builds them
    too; the views paint a colour as a brush."""

    def __init__(self, parent=None) -> None:
        super().__init__(0, len(COLUMNS), parent)
        self.statuses: list[ReturnStatus] = []
        self.setHorizontalHeaderLabels([
            self.tr("Source"), self.tr("Section"), self.tr("Due"), self.tr("Received"),
            self.tr("Checked"), self.tr("Status"),
        ])
        self._labels = status_labels()
        self._colours = {status: (QColor(back), QColor(text))
                         for status, (back, text) in STATUS_COLOURS.items()}

    def set_statuses(self, statuses: list[ReturnStatus]) -> None:
        self.statuses = list(statuses)
        self.setRowCount(0)
        for status in self.statuses:
            self.appendRow([self._item(column, status) for column in COLUMNS])

    def row_of(self, key: tuple[str, str]) -> int:
        """The row of (source, section), or -1."""
        return next((row for row, s in enumerate(self.statuses) if s.key == key), -1)

    def _item(self, column: str, status: ReturnStatus) -> QStandardItem:
        item = QStandardItem(self._text(column, status))
        item.setEditable(False)
        tooltip = self._tooltip(column, status)
        if tooltip is not None:
            item.setToolTip(tooltip)
        if column == "status":
            background, text = self._colours[status.status]
            item.setData(background, BACKGROUND_ROLE)
            item.setData(text, FOREGROUND_ROLE)
        item.setData(status.key, KEY_ROLE)
        item.setData(status.status, STATUS_ROLE)
        return item

    def _text(self, column: str, s: ReturnStatus) -> str:
        if column == "source":
            return s.source_short
        if column == "section":
            return s.section_label
        if column == "due":
            due = s.due.isoformat()
            return due if s.due_by_default else self.tr("{date} (changed)").format(date=due)
        if column == "received":
            if s.received_on is None:
                return ""
            if s.received_from_data:
                return self.tr("{date} (from the data entered)").format(date=s.received_on.isoformat())
            return s.received_on.isoformat()
        if column == "checked":
            checked_on = s.checked_on
            if checked_on is None:  # not checked (checked_on is None just when checked_at is)
                return ""
            return self.tr("{date}, {who}").format(date=checked_on.isoformat(), who=s.checked_by)
        text = self._labels[s.status]
        if not s.expected and s.status != NOT_EXPECTED:
            text = self.tr("{status} (not expected)").format(status=text)
        return text

    def _tooltip(self, column: str, s: ReturnStatus) -> str | None:
        if column == "source":
            return s.source_name
        if column == "due" and not s.due_by_default:
            return self.tr("The due date was changed for this year.")
        if column == "received" and s.received_from_data:
            return self.tr("Not recorded: figures for this return were first entered on this "
                           "day. Mark it received to record the day it arrived.")
        if column == "received" and s.days_late:
            return self.tr("Received {days} day(s) after the due date.").format(days=s.days_late)
        if column == "status" and s.status == OVERDUE:
            return self.tr("Expected by {date} and not received.").format(date=s.due.isoformat())
        if column == "status" and s.status == NOT_EXPECTED:
            return self.tr("Not expected for this year.")
        return None
