"""Budget: the year's funding lines, their totals in US$, and undoable edits.

Each Add, Edit and Delete is one `RowCommand` (ui/undo.py) calling one core
operation of `store.funding` each way, on the page's `undo_stack` (the Edit menu's
Undo and Redo, or the page's buttons). The stack is cleared when another database or
year is shown: its commands belong to the lines that were on screen.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cmdesk.funding import FundingTotals, format_money, funder_kind_labels, totals
from ui.context import AppContext
from ui.dialogs import open_form
from ui.dialogs.funding_line import FundingLineDialog
from ui.errors import show_error
from ui.models.funding import COLUMNS, FundingLinesModel
from ui.pages.base import Page
from ui.undo import RowCommand, UndoButtons
from ui.widgets.frozen_note import FrozenNote


class BudgetPage(Page):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.year = 0
        self._shown: tuple[object, int] | None = None  # (store, year) on screen
        self.dialog: FundingLineDialog | None = None  # the open Add/Edit form, if any
        self.undo_stack = QUndoStack(self)
        self.undo_stack.indexChanged.connect(self._update_buttons)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(10)
        self.heading = QLabel()
        self.heading.setObjectName("pageHeading")
        layout.addWidget(self.heading)
        self.subheading = QLabel(self.tr(
            "One line per allocation, in the funder's currency with the year's average rate "
            "to US$. Totals are in US$."))
        self.subheading.setObjectName("pageSubheading")
        self.subheading.setWordWrap(True)
        layout.addWidget(self.subheading)
        self.frozen_note = FrozenNote()
        layout.addWidget(self.frozen_note)

        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add…"))
        self.add_button.clicked.connect(self.add_line)
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.delete_button.clicked.connect(self.delete_selected)
        for button in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.undo_buttons = UndoButtons(self.undo_stack, self)
        self.undo_button, self.redo_button = self.undo_buttons.undo, self.undo_buttons.redo
        buttons.addWidget(self.undo_button)
        buttons.addWidget(self.redo_button)
        layout.addLayout(buttons)

        self.model = FundingLinesModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        # Figures and codes as wide as they need; the three texts share the rest of the
        # width (long ones are elided, their tooltips show them whole).
        for column, key in enumerate(COLUMNS):
            mode = (QHeaderView.ResizeMode.Stretch if key in ("funder", "purpose", "note")
                    else QHeaderView.ResizeMode.ResizeToContents)
            header.setSectionResizeMode(column, mode)
        self.table.doubleClicked.connect(lambda index: self.edit_row(index.row()))
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        layout.addWidget(self.table, 1)
        self.hint = QLabel()
        self.hint.setObjectName("pageSubheading")
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)

        panels = QHBoxLayout()
        self.totals_box = QGroupBox()
        totals_form = QFormLayout(self.totals_box)
        self.total_labels: dict[str, QLabel] = {}
        for key, label in (("total", self.tr("Total")),
                           ("national", self.tr("National")),
                           ("international", self.tr("International")),
                           ("earmarked", self.tr("Earmarked"))):
            self.total_labels[key] = self._figure_label()
            totals_form.addRow(label, self.total_labels[key])
        font = self.total_labels["total"].font()
        font.setBold(True)
        self.total_labels["total"].setFont(font)
        totals_form.labelForField(self.total_labels["total"]).setFont(font)
        self.kinds_box = QGroupBox(self.tr("By funder kind"))
        kinds_form = QFormLayout(self.kinds_box)
        self.kind_labels: dict[str, QLabel] = {}
        for kind, label in funder_kind_labels().items():
            self.kind_labels[kind] = self._figure_label()
            kinds_form.addRow(label, self.kind_labels[kind])
        panels.addWidget(self.totals_box)
        panels.addWidget(self.kinds_box)
        panels.addStretch(1)
        layout.addLayout(panels)
        self._update_buttons()

    @staticmethod
    def _figure_label() -> QLabel:
        label = QLabel()
        label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        label.setMinimumWidth(110)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def title(self) -> str:
        return QCoreApplication.translate("Pages", "Budget")

    # --- showing -------------------------------------------------------------------------

    def show_year(self, year: int) -> None:
        store = self.context.store
        if store is None:
            return
        if self._shown is None or self._shown[0] is not store or self._shown[1] != year:
            self.undo_stack.clear()
            self._shown = (store, year)
        self.year = year
        self.heading.setText(self.tr("Budget and funding in {year}").format(year=year))
        self.totals_box.setTitle(self.tr("Totals for {year}").format(year=year))
        self.reload()

    def reload(self, select: str | None = None) -> None:
        """Re-read the year's lines and totals; select the line `select` when given,
        else keep the selected line when it is still there."""
        store = self.context.store
        if store is None or not self.year:
            return
        if select is None:
            select = self.selected_id()
        lines = store.funding.for_year(self.year)
        self.model.set_lines(lines)
        self.show_totals(totals(lines))
        row = self.model.row_of(select) if select else -1
        if row >= 0:
            self.table.selectionModel().select(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
            self.table.setCurrentIndex(self.model.index(row, 0))
        frozen = self.frozen_note.show_year(store, self.year)
        if store.read_only:
            self.hint.setText(self.tr("This database is open read-only: funding lines cannot be changed."))
        elif frozen:
            self.hint.setText(self.tr("{year} is submitted: its funding lines cannot be changed "
                                      "until it is reopened.").format(year=self.year))
        elif not lines:
            self.hint.setText(self.tr("No funding lines for {year} yet: click Add to enter one.")
                              .format(year=self.year))
        else:
            self.hint.setText(self.tr("Double-click a line to edit it."))
        self._update_buttons()

    def show_totals(self, figures: FundingTotals) -> None:
        for key, label in self.total_labels.items():
            label.setText(f"US${format_money(getattr(figures, key))}")
        for kind, label in self.kind_labels.items():
            label.setText(f"US${format_money(figures.by_kind.get(kind, 0.0))}")

    def selected_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.line_id(rows[0].row()) if rows else None

    def _writable(self) -> bool:
        store = self.context.store
        return (store is not None and not store.read_only and bool(self.year)
                and store.years.status(self.year) != "submitted")

    def _update_buttons(self, *_args) -> None:
        writable = self._writable()
        self.add_button.setEnabled(writable)
        selected = writable and self.selected_id() is not None
        self.edit_button.setEnabled(selected)
        self.delete_button.setEnabled(selected)

    # --- editing -------------------------------------------------------------------------

    def _command(self, verb: str, text: str, **row) -> RowCommand:
        return RowCommand(self.context.open_store.funding, verb, text, self._line_changed, self._failed, **row)

    def _line_changed(self, line_id: str | None) -> None:
        self.reload(select=line_id)

    def _failed(self, error: BaseException) -> None:
        self.reload()
        show_error(self, error, self.tr("Cannot change the funding lines"))

    def add_line(self) -> None:
        """Open the form for a new line of the year; OK adds it (undoably)."""
        if self._writable():
            self._open_dialog(FundingLineDialog(self.year, None, self),
                              lambda fields: self._command(
                                  "add", self.tr("Add funding line '{funder}'").format(funder=fields["funder"]),
                                  fields=fields))

    def edit_selected(self) -> None:
        line_id = self.selected_id()
        if line_id is not None:
            self.edit_row(self.model.row_of(line_id))

    def edit_row(self, row: int) -> None:
        """Open the form on the line in `row`; OK saves the changes (undoably)."""
        if not self._writable() or not 0 <= row < self.model.rowCount():
            return
        line = self.model.lines[row]
        self._open_dialog(FundingLineDialog(self.year, line, self),
                          lambda fields: self._command(
                              "update", self.tr("Edit funding line '{funder}'").format(funder=fields["funder"]),
                              row_id=line["id"], fields=fields))

    def _open_dialog(self, dialog: FundingLineDialog, command: Callable[[dict], QUndoCommand]) -> None:
        open_form(self, dialog, lambda: self.undo_stack.push(command(dialog.fields())))

    def delete_selected(self) -> None:
        """Delete the selected line (undoably: Undo puts it back)."""
        line_id = self.selected_id()
        if line_id is None or not self._writable():
            return
        line = self.model.lines[self.model.row_of(line_id)]
        self.undo_stack.push(self._command(
            "delete", self.tr("Delete funding line '{funder}'").format(funder=line["funder"]),
            row_id=line["id"]))
