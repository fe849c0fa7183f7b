"""The year's returns, for the Overview page: a line saying what is missing or overdue,
and a compact table (source, section, due, received, checked, status) with the
actions to mark a return received or checked and to change what is expected of a
source for the year and by when.

Built with an AppContext; `set_year` shows a year. Every action is one core
operation (cmdesk.completeness); `changed` is emitted after each, so that the page
holding the widget can refresh what depends on it.
"""

from __future__ import annotations

from datetime import date
from typing import Callable

from PySide6.QtCore import QItemSelectionModel, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cmdesk.catalog.returns import ReturnDefaults, load_returns
from cmdesk.completeness import (
    CHECKED,
    ReturnStatus,
    completeness,
    missing_or_overdue,
    record_checked,
    record_received,
    set_expectation,
    summary_text,
)
from ui.context import AppContext
from ui.dialogs import open_form
from ui.errors import show_error
from ui.models.completeness import KEY_ROLE, CompletenessModel
from ui.widgets.flow import FlowLayout


class CompletenessWidget(QWidget):
    changed = Signal()  # a return's record changed (received, checked, expectation)

    def __init__(self, context: AppContext, parent: QWidget | None = None, *,
                 today: Callable[[], date] = date.today) -> None:
        """`today` gives the day overdue is judged on (tests pass a fixed one)."""
        super().__init__(parent)
        self.context = context
        self.today = today
        self.year: int | None = None
        self.statuses: list[ReturnStatus] = []
        self.defaults: ReturnDefaults | None = None
        self.dialog: QDialog | None = None  # the open form, if any

        self.summary = QLabel()
        self.summary.setObjectName("completenessSummary")
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("font-weight: 600;")
        self.only_missing = QCheckBox(self.tr("Only what is missing or overdue"))
        self.only_missing.toggled.connect(lambda _on: self.refresh())
        self.received_button = QPushButton(self.tr("Mark received…"))
        self.received_button.clicked.connect(self.mark_received)
        self.checked_button = QPushButton(self.tr("Mark checked"))
        self.checked_button.clicked.connect(self.toggle_checked)
        self.expectation_button = QPushButton(self.tr("Expected and due…"))
        self.expectation_button.clicked.connect(self.edit_expectation)
        self.add_button = QPushButton(self.tr("Expect another return…"))
        self.add_button.clicked.connect(self.add_expectation)

        self.model = CompletenessModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        # Compact: about 40 rows is a year; one line of text per row.
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.table.doubleClicked.connect(lambda _index: self.mark_received())

        # A flow: the box and four buttons, in Khmer wider than a small window, take a
        # second line there instead of scrolling the page sideways.
        actions_bar = QWidget()
        actions = FlowLayout(actions_bar)
        actions.addWidget(self.only_missing)
        for button in (self.received_button, self.checked_button, self.expectation_button,
                       self.add_button):
            actions.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(actions_bar)
        layout.addWidget(self.table, 1)
        self._update_buttons()

    # --- showing ---------------------------------------------------------------------------

    def set_year(self, year: int) -> None:
        self.year = year
        self.refresh()

    def refresh(self, select: tuple[str, str] | None = None) -> None:
        """Read the year's returns again and show them, keeping the selected row."""
        store = self.context.store
        if store is None or self.year is None:
            return
        select = select or self.selected_key()
        catalog = self.context.catalog
        self.defaults = load_returns(catalog)
        self.statuses = completeness(store, catalog, self.year, self.today(),
                                     defaults=self.defaults)
        self.summary.setText(summary_text(self.statuses, self.year))
        shown = missing_or_overdue(self.statuses) if self.only_missing.isChecked() else self.statuses
        self.model.set_statuses(shown)
        row = self.model.row_of(select) if select else -1
        if row >= 0:
            self.table.selectionModel().select(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
            self.table.scrollTo(self.model.index(row, 0))
        self._update_buttons()

    def selected_key(self) -> tuple[str, str] | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(KEY_ROLE) if rows else None

    def selected(self) -> ReturnStatus | None:
        key = self.selected_key()
        return next((s for s in self.statuses if s.key == key), None)

    def select(self, key: tuple[str, str]) -> None:
        self.refresh(select=key)

    def _writable(self) -> bool:
        store = self.context.store
        return (store is not None and not store.read_only and self.year is not None
                and self.year not in store.years.frozen_years())  # a submitted year is frozen

    def _update_buttons(self) -> None:
        status = self.selected()
        writable = self._writable()
        self.received_button.setEnabled(writable and status is not None)
        self.expectation_button.setEnabled(writable and status is not None)
        self.add_button.setEnabled(writable)
        checked = status is not None and status.status == CHECKED
        self.checked_button.setText(self.tr("Remove the check") if checked else self.tr("Mark checked"))
        self.checked_button.setEnabled(writable and status is not None and status.received)
        if not writable and self.context.store is not None:
            tip = self.tr("The database is open read-only.")
            for button in (self.received_button, self.checked_button, self.expectation_button,
                           self.add_button):
                button.setToolTip(tip)

    # --- actions ---------------------------------------------------------------------------

    def _apply(self, key: tuple[str, str], action: Callable[[], object]) -> bool:
        """Run one core operation; show what went wrong, or refresh and say it changed."""
        try:
            action()
        except Exception as error:  # shown by the one place that shows errors
            self.refresh(select=key)
            show_error(self, error, self.tr("Cannot record this return"))
            return False
        self.refresh(select=key)
        self.changed.emit()
        return True

    def mark_received(self) -> None:
        """Ask the day the selected return arrived (or that it has not) and record it."""
        status = self.selected()
        if status is None or not self._writable():
            return
        from ui.dialogs.returns import ReceivedDialog  # when first asked for: Overview builds this widget

        dialog = ReceivedDialog(status, self.today(), self)
        open_form(self, dialog, lambda: self._apply(status.key, lambda: record_received(
            self.context.open_store, self.context.catalog, status.year, status.source, status.section,
            dialog.received_on(), today=self.today(), defaults=self.defaults)))

    def toggle_checked(self) -> None:
        """Mark the selected return checked by the current user, or remove its check."""
        status = self.selected()
        if status is None or not self._writable():
            return
        self._apply(status.key, lambda: record_checked(
            self.context.open_store, self.context.catalog, status.year, status.source, status.section,
            status.status != CHECKED, today=self.today(), defaults=self.defaults))

    def edit_expectation(self) -> None:
        status = self.selected()
        if status is not None and self._writable():
            self._expectation_dialog(status.key)

    def add_expectation(self) -> None:
        """Expect a return from any source and section for this year."""
        if self._writable():
            self._expectation_dialog(None)

    def _expectation_dialog(self, key: tuple[str, str] | None) -> None:
        year, defaults = self.year, self.defaults
        assert year is not None and defaults is not None, "a year's returns are shown (set_year)"
        listed = {s.key: s for s in self.statuses}
        from ui.dialogs.returns import ExpectationDialog

        dialog = ExpectationDialog(year, self.context.catalog.sources, defaults, listed, key, self)

        def save() -> None:
            source, section = dialog.key()
            self._apply((source, section), lambda: set_expectation(
                self.context.open_store, self.context.catalog, year, source, section,
                expected=dialog.expected(), due=dialog.due(), defaults=defaults))

        open_form(self, dialog, save)
