"""The completeness table's forms: the day a return was received, and what is expected
of a source for one year (expected or not, and the due date)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cmdesk.catalog import Source
from cmdesk.catalog.returns import ReturnDefaults
from cmdesk.completeness import ReturnStatus
from ui.dialog_sizes import Dialog

DATE_FORMAT = "yyyy-MM-dd"


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def to_date(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def date_edit(earliest: date, latest: date) -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(DATE_FORMAT)
    edit.setDateRange(to_qdate(earliest), to_qdate(latest))
    return edit


class ReceivedDialog(Dialog):
    """When did this return arrive? Defaults to the day recorded, else the day its
    figures were first entered, else today. "Not received" removes a recorded day."""

    def __init__(self, status: ReturnStatus, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Return received"))
        self.setMinimumWidth(400)
        self.not_received = False
        heading = QLabel(self.tr("<b>{source}</b><br>{section}, {year}").format(
            source=status.source_name, section=status.section_label, year=status.year))
        heading.setWordWrap(True)
        earliest = date(status.year, 1, 1)
        self.date_edit = date_edit(earliest, max(today, earliest))
        self.date_edit.setDate(to_qdate(status.received_on or status.suggested_received_on or today))
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        if status.suggested_received_on is not None:
            self.hint.setText(self.tr("Figures for this return were first entered on {date}.")
                              .format(date=status.suggested_received_on.isoformat()))
        self.hint.setVisible(bool(self.hint.text()))

        form = QFormLayout()
        form.addRow(self.tr("Received on:"), self.date_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.not_received_button = self.buttons.addButton(
            self.tr("Not received"), QDialogButtonBox.ButtonRole.ResetRole)
        self.not_received_button.setToolTip(self.tr("Remove the day recorded (and the check)."))
        self.not_received_button.setEnabled(status.received and not status.received_from_data)
        self.not_received_button.clicked.connect(self._not_received)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)

    def _not_received(self) -> None:
        self.not_received = True
        self.accept()

    def received_on(self) -> date | None:
        """The day chosen, or None for "not received"."""
        return None if self.not_received else to_date(self.date_edit.date())


class ExpectationDialog(Dialog):
    """For one year: is a return expected from a source, and by when? Opened on a
    listed return, or on any source and section to expect one more."""

    def __init__(self, year: int, sources: list[Source], defaults: ReturnDefaults,
                 listed: dict[tuple[str, str], ReturnStatus], key: tuple[str, str] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.year = year
        self.defaults = defaults
        self.listed = listed
        self.adding = key is None  # "expect a return": expected, whatever is chosen
        self.setWindowTitle(self.tr("Expected return") if key else self.tr("Expect a return"))
        self.setMinimumWidth(460)
        self.source_box = QComboBox()
        for source in sources:
            self.source_box.addItem(source.name, source.code)
        self.section_box = QComboBox()
        for section in defaults.sections:
            self.section_box.addItem(section.label, section.code)
        self.expected_check = QCheckBox(self.tr("Expected for {year}").format(year=year))
        self.due_edit = date_edit(date(year, 1, 1), date(year + 1, 12, 31))
        self.default_button = QPushButton()
        self.default_button.clicked.connect(self._use_default_due)
        self.default_label = QLabel()
        self.default_label.setWordWrap(True)
        if key is not None:
            self.source_box.setCurrentIndex(self.source_box.findData(key[0]))
            self.section_box.setCurrentIndex(self.section_box.findData(key[1]))
            # A listed return's form is about that return.
            self.source_box.setEnabled(False)
            self.section_box.setEnabled(False)
        self.source_box.currentIndexChanged.connect(self._show_current)
        self.section_box.currentIndexChanged.connect(self._show_current)

        due_row = QHBoxLayout()
        due_row.addWidget(self.due_edit)
        due_row.addWidget(self.default_button)
        due_row.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Source:"), self.source_box)
        form.addRow(self.tr("Section:"), self.section_box)
        form.addRow("", self.expected_check)
        form.addRow(self.tr("Due on:"), due_row)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.default_label)
        layout.addWidget(self.buttons)
        self._show_current()

    def key(self) -> tuple[str, str]:
        return (self.source_box.currentData(), self.section_box.currentData())

    def _default_due(self) -> date:
        return self.defaults.section(self.key()[1]).default_due(self.year)

    def _show_current(self) -> None:
        """Show what is expected of the chosen source and section now."""
        source, section = self.key()
        listed = self.listed.get((source, section))
        expected = self.adding or (listed.expected if listed
                                   else self.defaults.is_expected(source, section))
        due = listed.due if listed else self._default_due()
        self.expected_check.setChecked(expected)
        self.due_edit.setDate(to_qdate(due))
        default = self._default_due().isoformat()
        self.default_button.setText(self.tr("Default ({date})").format(date=default))
        self.default_label.setText(self.tr(
            "By default this return is {expected}, due on {date}. A change applies to {year} "
            "only.").format(
                expected=self.tr("expected") if self.defaults.is_expected(source, section)
                else self.tr("not expected"), date=default, year=self.year))

    def _use_default_due(self) -> None:
        self.due_edit.setDate(to_qdate(self._default_due()))

    def expected(self) -> bool:
        return self.expected_check.isChecked()

    def due(self) -> date:
        return to_date(self.due_edit.date())
