"""The Register tab: the table over every record, its search and filters, and the
form that adds and edits a record."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cmdesk.casualties import code_labels, parse_incident_date
from cmdesk.errors import InputError, YearFrozenError
from cmdesk.store.casualties import CasualtyFilter
from ui.errors import show_error
from ui.models.casualties import CasualtyRegisterModel
from ui.pages.casualties.commands import record_command
from ui.pages.casualties.parts import PagePart
from ui.undo import RowCommand, UndoButtons
from ui.widgets.combo import shrinkable
from ui.widgets.flow import FlowLayout

FILTER_FIELDS = ("province_code", "device_type", "outcome", "status", "sex", "age_group")
SEARCH_DELAY_MS = 250


class CasualtyRegisterTab(PagePart):
    """The Register tab's part of CasualtiesPage (which mixes it in)."""

    def _build_register(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        # A flow, not a grid: a dozen filters, in Khmer wider, fit a small window in
        # two or three lines instead of cutting their texts or scrolling sideways.
        filter_bar = QWidget()
        filters = FlowLayout(filter_bar)
        self.search_edit = QLineEdit()
        self.search_edit.setMinimumWidth(280)
        self.search_edit.setPlaceholderText(self.tr("Search CMVIS number, district, commune, village or name"))
        self.search_edit.setClearButtonEnabled(True)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filters)
        self.search_edit.textChanged.connect(self._search_timer.start)
        filters.addWidget(self.search_edit)
        self.year_box = QComboBox()
        self.year_box.addItem(self.tr("All years"), None)
        self.year_box.currentIndexChanged.connect(self.apply_filters)
        filters.addWidget(self.year_box)
        self.date_from_edit = QLineEdit()
        self.date_from_edit.setPlaceholderText(self.tr("from (YYYY-MM-DD)"))
        self.date_to_edit = QLineEdit()
        self.date_to_edit.setPlaceholderText(self.tr("to (YYYY-MM-DD)"))
        for edit in (self.date_from_edit, self.date_to_edit):
            edit.editingFinished.connect(self.apply_filters)
            edit.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)  # the search box grows
            edit.setMinimumWidth(max(120, edit.fontMetrics().horizontalAdvance(edit.placeholderText()) + 16))
            filters.addWidget(edit)
        self.personal_check = QCheckBox(self.tr("Show personal details"))
        self.personal_check.setToolTip(self.tr("Names, villages and coordinates are personal data: "
                                               "shown only when asked for."))
        self.personal_check.toggled.connect(self.show_personal)
        filters.addWidget(self.personal_check)
        self.filter_boxes: dict[str, QComboBox] = {}
        titles = {"province_code": self.tr("All provinces"), "device_type": self.tr("All devices"),
                  "outcome": self.tr("Killed and injured"), "status": self.tr("Any status"),
                  "sex": self.tr("Any sex"), "age_group": self.tr("Any age")}
        for name in FILTER_FIELDS:
            # Six in a row: narrower than their longest choice, never than their title.
            box = shrinkable(QComboBox(), 8, whole=titles[name])
            box.addItem(titles[name], None)
            if name == "province_code":
                for p in self.context.provinces_in_order():
                    box.addItem(self.context.province_name(p), p.code)
            else:
                for code, label in code_labels(name).items():
                    box.addItem(label, code)
            box.currentIndexChanged.connect(self.apply_filters)
            self.filter_boxes[name] = box
            filters.addWidget(box)
        layout.addWidget(filter_bar)

        buttons_bar = QWidget()
        buttons = FlowLayout(buttons_bar)  # as the filters: a second line on a small window
        self.count_label = QLabel()
        self.count_label.setObjectName("casualtyCount")
        self.count_label.setMinimumWidth(160)  # room for "12,345 of 130,000 records"
        buttons.addWidget(self.count_label)
        self.add_button = QPushButton(self.tr("&Add…"))
        self.add_button.clicked.connect(self.add_record)
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.delete_button.clicked.connect(self.delete_selected)
        self.import_button = QPushButton(self.tr("&Import…"))
        self.import_button.clicked.connect(lambda: self.import_file())
        self.undo_buttons = UndoButtons(self.undo_stack, self)
        self.undo_button, self.redo_button = self.undo_buttons.undo, self.undo_buttons.redo
        for button in (self.add_button, self.edit_button, self.delete_button, self.import_button,
                       self.undo_button, self.redo_button):
            buttons.addWidget(button)
        layout.addWidget(buttons_bar)

        self.model = CasualtyRegisterModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(1, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        # Tall enough for stacked Khmer clusters in the bundled Khmer font.
        self.table.verticalHeader().setDefaultSectionSize(max(24, self.table.fontMetrics().height() + 6))
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda index: self.edit_row(index.row()))
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        layout.addWidget(self.table, 1)
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setObjectName("pageSubheading")
        layout.addWidget(self.notice)
        return tab

    def _size_columns(self) -> None:
        # Fixed widths: sizing to contents would read every row of a lazy model.
        widths = {"source_id": 120, "incident_date": 90, "province": 130, "device_type": 150,
                  "notes": 200, "activity": 150, "name": 150}
        header = self.table.horizontalHeader()
        for n, column in enumerate(self.model.columns):
            # ... but never narrower than its title (Khmer titles are wider).
            self.table.setColumnWidth(n, max(widths.get(column, 95), header.sectionSizeHint(n)))

    def _fill_years(self) -> None:
        current = self.year_box.currentData()
        self.year_box.blockSignals(True)
        while self.year_box.count() > 1:
            self.year_box.removeItem(1)
        for year in reversed(self.context.open_store.years.with_data()):
            self.year_box.addItem(str(year), year)
        self.year_box.setCurrentIndex(max(0, self.year_box.findData(current)) if current else 0)
        self.year_box.blockSignals(False)

    def current_filter(self) -> CasualtyFilter:
        """The filter the search box and lists say; a date not yet complete is left out."""
        dates = {}
        for key, edit in (("date_from", self.date_from_edit), ("date_to", self.date_to_edit)):
            try:
                date = parse_incident_date(edit.text())
            except InputError:
                date = None
            edit.setStyleSheet("" if date or not edit.text().strip() else "border: 1px solid #a61b1b;")
            if date is not None:
                dates[key] = date.range_start if key == "date_from" else date.range_end
        return CasualtyFilter(
            search=self.search_edit.text(), year=self.year_box.currentData(), **dates,
            **{name: box.currentData() for name, box in self.filter_boxes.items()})

    def apply_filters(self, *_args) -> None:
        self._search_timer.stop()
        if self._store is None:
            return
        self.model.set_filter(self.current_filter())
        self._show_count()

    def _show_count(self) -> None:
        matching = self.model.match_count()
        total = self._store.casualties.count() if self._store is not None else 0
        if matching == total:
            self.count_label.setText(self.tr("{n:,} record(s)").format(n=total))
        else:
            self.count_label.setText(self.tr("{n:,} of {total:,} record(s) match").format(
                n=matching, total=total))

    def show_personal(self, show: bool) -> None:
        self.model.set_show_personal(show)
        self._size_columns()

    def selected_row(self) -> int:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def selected_id(self) -> str | None:
        row = self.selected_row()
        return self.model.record_id(row) if row >= 0 else None

    def _open_dialog(self, record: dict | None, command: Callable[[dict], RowCommand]) -> None:
        from ui.dialogs import open_form
        from ui.dialogs.casualty import CasualtyDialog

        store = self.shown_store
        exclude = record["id"] if record else None
        dialog = CasualtyDialog(
            self.context.catalog.provinces, store.casualties.districts,
            lambda checked: store.casualties.possible_duplicates(checked, exclude_id=exclude),
            record, self)

        def accepted() -> None:
            if dialog.duplicates:
                self.notice.setText(self.tr(
                    "Saved as asked; it is listed under Possible duplicates with {n} other "
                    "record(s).").format(n=len(dialog.duplicates)))
            else:
                self.notice.setText("")
            self.undo_stack.push(command(dialog.record()))

        open_form(self, dialog, accepted)

    def add_record(self) -> None:
        if self._writable():
            self._open_dialog(None, lambda record: record_command(self.shown_store.casualties, "add", record,
                                                                  self._record_changed, self._failed))

    def edit_selected(self) -> None:
        if self.selected_row() >= 0:
            self.edit_row(self.selected_row())

    def clear_filters(self) -> None:
        """Show every record: the search, the year, the dates and the lists cleared."""
        widgets = [self.search_edit, self.date_from_edit, self.date_to_edit, self.year_box,
                   *self.filter_boxes.values()]
        for widget in widgets:
            widget.blockSignals(True)
        self.search_edit.clear()
        self.date_from_edit.clear()
        self.date_to_edit.clear()
        for box in (self.year_box, *self.filter_boxes.values()):
            box.setCurrentIndex(0)
        for widget in widgets:
            widget.blockSignals(False)
        self.apply_filters()

    def open_record(self, record_id: str) -> None:
        """Select the record on the Register tab (all filters cleared) and open its
        form: where a finding of the year's checks opens."""
        record = self._store.casualties.get(record_id) if self._store is not None else None
        if record is None:
            return
        self.tabs.setCurrentIndex(0)
        self.clear_filters()
        self._record_changed(record_id)
        if self._writable():
            self._open_dialog(record, lambda new: record_command(self.shown_store.casualties, "update", new,
                                                                 self._record_changed, self._failed, record_id))

    def edit_row(self, row: int) -> None:
        record = self.model.record(row)
        if not self._writable() or record is None:
            return
        frozen = self.frozen_message([record])
        if frozen is not None:
            show_error(self, YearFrozenError(frozen, record["incident_year"]),
                       self.tr("This record cannot be changed"))
            return
        self._open_dialog(record, lambda new: record_command(self.shown_store.casualties, "update", new,
                                                             self._record_changed, self._failed, record["id"]))

    def delete_selected(self) -> None:
        row = self.selected_row()
        record = self.model.record(row) if row >= 0 else None
        if record is not None and self._writable():
            self.undo_stack.push(record_command(self.shown_store.casualties, "delete", record,
                                                self._record_changed, self._failed))
