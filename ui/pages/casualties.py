"""Casualties: the register (browse, search, filter, add, edit, delete, import), its
possible duplicates, and the summary with its charts.

The table is `CasualtyRegisterModel`, lazy over the store: it opens at once on
130,000 records, SQLite filters and sorts. Each Add, Edit, Delete, Merge and Mark as
distinct is one undo command (ui/undo.py) calling core operations of `store.casualties` each
way, on the page's `undo_stack`, which is cleared when another database is shown.
Imports are not on the stack: they are one transaction, audited, and cancelled as a
whole.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cmdesk.casualties import (
    by_sex_and_age,
    code_label,
    code_labels,
    parse_incident_date,
    summarise,
)
from cmdesk.errors import CMDeskError, InputError, YearFrozenError
from cmdesk.store.casualties import CasualtyFilter, CasualtyRegister, MergedRecords
from ui.context import AppContext
from ui.errors import show_error
from ui.models.casualties import CasualtyRegisterModel
from ui.pages.base import Page
from ui.undo import CoreCommand, RowCommand, UndoButtons
from ui.widgets.frozen_note import FrozenNote

if TYPE_CHECKING:  # imported where used: opening the page at 130,000 records is measured
    from cmdesk.exchange import casualties_import as importer
    from ui.dialogs.casualty import CasualtyDialog
    from ui.progress import BackgroundWork
    from ui.widgets.casualty_charts import BreakdownChart, PerYearChart

FILTER_FIELDS = ("province_code", "device_type", "outcome", "status", "sex", "age_group")
SEARCH_DELAY_MS = 250


def _tr(text: str) -> str:
    return QCoreApplication.translate("CasualtiesPage", text)


# --- undoable edits ----------------------------------------------------------------------


def _name(record: dict) -> str:
    return record.get("source_id") or record.get("incident_date") or _tr("(no number)")


def record_command(register: CasualtyRegister, verb: str, record: dict, changed, failed,
                   record_id: str | None = None) -> RowCommand:
    """Add, edit (`record_id` and the fields) or delete (`record`) one casualty record
    undoably: the one repository command of ui/undo.py."""
    text = {"add": _tr("Add casualty record {name}"), "update": _tr("Edit casualty record {name}"),
            "delete": _tr("Delete casualty record {name}")}[verb].format(name=_name(record))
    if verb == "delete":
        return RowCommand(register, verb, text, changed, failed, row_id=record["id"])
    return RowCommand(register, verb, text, changed, failed, row_id=record_id, fields=record)


class CasualtyCommand(CoreCommand):
    """A register edit other than add, edit and delete (merge, mark as distinct)."""

    def __init__(self, register: CasualtyRegister, changed: Callable[[str | None], None],
                 failed: Callable[[BaseException], None], text: str) -> None:
        super().__init__(changed, failed, text)
        self._register = register


class MergeRecords(CasualtyCommand):
    """Redo merges the others into `keep_id`; undo puts back everything the merge
    removed (the others and their marks as distinct from other records) and the kept
    record's fields as they were (`CasualtyRegister.unmerge`)."""

    def __init__(self, keep: dict, others: list[dict], *args) -> None:
        super().__init__(*args, _tr("Merge {n} record(s) into {name}").format(
            n=len(others), name=_name(keep)))
        self._keep = keep["id"]
        self._others = [other["id"] for other in others]
        self._merged: MergedRecords | None = None

    def redo(self) -> None:
        def merge() -> str:
            self._merged = self._register.merge(self._keep, self._others)
            return self._keep

        self._run(merge)

    def undo(self) -> None:
        self._run(lambda: (self._register.unmerge(self._merged), self._keep)[1])


class MarkDistinct(CasualtyCommand):
    """Redo marks the records as different casualties; undo takes back the marks it
    made (not those made before)."""

    def __init__(self, record_ids: list[str], *args) -> None:
        super().__init__(*args, _tr("Mark {n} record(s) as distinct").format(n=len(record_ids)))
        self._ids = record_ids
        self._marked: list[str] = []

    def redo(self) -> None:
        def mark() -> None:
            self._marked = self._register.mark_distinct(self._ids)
            if not self._marked:
                self.setObsolete(True)  # all marked already: nothing to undo

        self._run(mark)

    def undo(self) -> None:
        self._run(lambda: self._register.unmark_distinct(self._marked))


# --- the page ----------------------------------------------------------------------------


class CasualtiesPage(Page):
    import_finished = Signal(object)
    """An import ended: its CasualtyImportCounts, or None when nothing was imported."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.year = 0
        self.import_job: BackgroundWork | None = None  # the import's step running now
        self._store = None  # the store on screen
        self.dialog: CasualtyDialog | None = None
        self.last_import: importer.CasualtyImportCounts | None = None
        self.last_rejects: Path | None = None
        self.undo_stack = QUndoStack(self)
        self.undo_stack.indexChanged.connect(self._update_buttons)
        self.frozen_years: set[int] = set()  # submitted years: their records are read-only

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(8)
        self.heading = QLabel(self.tr("Casualty register"))
        self.heading.setObjectName("pageHeading")
        layout.addWidget(self.heading)
        self.frozen_note = FrozenNote()
        layout.addWidget(self.frozen_note)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_register(), self.tr("Register"))
        self.tabs.addTab(self._build_duplicates(), self.tr("Possible duplicates"))
        self.tabs.addTab(self._build_summary(), self.tr("Summary"))
        self.tabs.currentChanged.connect(self._tab_changed)
        layout.addWidget(self.tabs, 1)

        # Undo and Redo keys are the Edit menu's (ui/undo.py), acting on this page's stack.
        self._update_buttons()

    def title(self) -> str:
        return QCoreApplication.translate("Pages", "Casualties")

    # --- building ------------------------------------------------------------------------

    def _build_register(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        filters = QGridLayout()
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Search CMVIS number, district, commune, village or name"))
        self.search_edit.setClearButtonEnabled(True)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filters)
        self.search_edit.textChanged.connect(self._search_timer.start)
        filters.addWidget(self.search_edit, 0, 0, 1, 3)
        self.year_box = QComboBox()
        self.year_box.addItem(self.tr("All years"), None)
        self.year_box.currentIndexChanged.connect(self.apply_filters)
        filters.addWidget(self.year_box, 0, 3)
        self.date_from_edit = QLineEdit()
        self.date_from_edit.setPlaceholderText(self.tr("from (YYYY-MM-DD)"))
        self.date_to_edit = QLineEdit()
        self.date_to_edit.setPlaceholderText(self.tr("to (YYYY-MM-DD)"))
        for edit in (self.date_from_edit, self.date_to_edit):
            edit.editingFinished.connect(self.apply_filters)
        filters.addWidget(self.date_from_edit, 0, 4)
        filters.addWidget(self.date_to_edit, 0, 5)
        self.personal_check = QCheckBox(self.tr("Show personal details"))
        self.personal_check.setToolTip(self.tr("Names, villages and coordinates are personal data: "
                                               "shown only when asked for."))
        self.personal_check.toggled.connect(self.show_personal)
        filters.addWidget(self.personal_check, 0, 6)
        self.filter_boxes: dict[str, QComboBox] = {}
        titles = {"province_code": self.tr("All provinces"), "device_type": self.tr("All devices"),
                  "outcome": self.tr("Killed and injured"), "status": self.tr("Any status"),
                  "sex": self.tr("Any sex"), "age_group": self.tr("Any age")}
        for n, name in enumerate(FILTER_FIELDS):
            box = QComboBox()
            box.addItem(titles[name], None)
            if name == "province_code":
                for p in self.context.catalog.provinces:
                    box.addItem(self.context.province_name(p), p.code)
            else:
                for code, label in code_labels(name).items():
                    box.addItem(label, code)
            box.currentIndexChanged.connect(self.apply_filters)
            self.filter_boxes[name] = box
            filters.addWidget(box, 1, n)
        layout.addLayout(filters)

        buttons = QHBoxLayout()
        self.count_label = QLabel()
        self.count_label.setObjectName("casualtyCount")
        buttons.addWidget(self.count_label)
        buttons.addStretch(1)
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
        layout.addLayout(buttons)

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

    def _build_duplicates(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        intro = QLabel(self.tr("Records with the same date, province, sex, age and device type may be "
                               "the same casualty. Select the record to keep and merge the group "
                               "into it, or mark the group as different casualties."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.duplicates_tree = QTreeWidget()
        self.duplicates_tree.setHeaderLabels([self.tr("Group / CMVIS number"), self.tr("Outcome"),
                                              self.tr("District"), self.tr("Entered")])
        self.duplicates_tree.itemSelectionChanged.connect(self._update_buttons)
        layout.addWidget(self.duplicates_tree, 1)
        buttons = QHBoxLayout()
        self.duplicates_label = QLabel()
        buttons.addWidget(self.duplicates_label)
        buttons.addStretch(1)
        self.merge_button = QPushButton(self.tr("&Merge into the selected record"))
        self.merge_button.clicked.connect(self.merge_selected)
        self.distinct_button = QPushButton(self.tr("Mark as &distinct"))
        self.distinct_button.clicked.connect(self.mark_selected_distinct)
        buttons.addWidget(self.merge_button)
        buttons.addWidget(self.distinct_button)
        layout.addLayout(buttons)
        self.duplicate_groups: list[list[dict]] = []
        self._duplicates_stale = True
        return tab

    def _build_summary(self) -> QWidget:
        tab = QWidget()
        layout = QHBoxLayout(tab)
        self.figures_box = QGroupBox()
        form = QFormLayout(self.figures_box)
        self.figure_labels: dict[str, QLabel] = {}
        for key, label in (
            ("total", self.tr("Total")), ("killed", self.tr("Killed")),
            ("injured", self.tr("Injured (all survivors)")),
            ("injured_without_amputation", self.tr("  injured, no amputation")),
            ("amputations", self.tr("  lost limbs (amputations)")),
            ("men", self.tr("Men")), ("women", self.tr("Women")), ("boys", self.tr("Boys")),
            ("girls", self.tr("Girls")), ("sex_age_unknown", self.tr("Sex or age unknown")),
            ("previous_year_total", self.tr("Previous year's total")),
        ):
            value = QLabel()
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            value.setMinimumWidth(70)
            self.figure_labels[key] = value
            form.addRow(label, value)
        self.breakdown_label = QLabel()
        self.breakdown_label.setWordWrap(True)
        self.breakdown_label.setAlignment(Qt.AlignmentFlag.AlignTop)
        form.addRow(self.breakdown_label)
        layout.addWidget(self.figures_box)
        # The charts (QtCharts, ~0.1 s to import) are built when the tab is first shown.
        self._charts = QVBoxLayout()
        self.per_year_chart: PerYearChart | None = None
        self.breakdown_chart: BreakdownChart | None = None
        layout.addLayout(self._charts, 1)
        self._summary_stale = True
        return tab

    def _build_charts(self) -> None:
        if self.per_year_chart is not None:
            return
        from ui.widgets.casualty_charts import BreakdownChart, PerYearChart

        self.per_year_chart = PerYearChart()
        self.breakdown_chart = BreakdownChart()
        for chart, key in ((self.per_year_chart, "per_year"), (self.breakdown_chart, "breakdown")):
            self._charts.addWidget(chart, 1)
            button = QPushButton(self.tr("Save chart as PNG…"))
            button.clicked.connect(lambda _checked=False, key=key: self.save_chart(key))
            row = QHBoxLayout()
            row.addStretch(1)
            row.addWidget(button)
            self._charts.addLayout(row)

    # --- showing -------------------------------------------------------------------------

    def show_year(self, year: int) -> None:
        store = self.context.store
        if store is None:
            return
        self.year = year
        if store is not self._store:
            self._store = store
            self.undo_stack.clear()
            self._fill_years()
            self.model.set_store(store, {p.code: self.context.province_name(p)
                                         for p in self.context.catalog.provinces})
            self._size_columns()
        else:
            self._fill_years()
        self._summary_stale = self._duplicates_stale = True
        self._show_frozen()
        self._tab_changed(self.tabs.currentIndex())
        self._show_count()
        self._update_buttons()

    def _show_frozen(self) -> None:
        """Read which years are submitted; their records cannot be changed."""
        self.frozen_years = self._store.years.frozen_years() if self._store is not None else set()
        self.frozen_note.show_message(self.tr(
            "The records of {years} cannot be changed: reopen the year on Overview to change "
            "them.").format(years=", ".join(map(str, sorted(self.frozen_years))))
            if self.frozen_years else None)

    def frozen_message(self, records: list[dict]) -> str | None:
        """Why `records` cannot be changed (the first one in a submitted year), or None."""
        year = next((r["incident_year"] for r in records if r["incident_year"] in self.frozen_years), None)
        return self._store.years.frozen_message(year) if year is not None else None

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
        for year in reversed(self.context.store.years.with_data()):
            self.year_box.addItem(str(year), year)
        self.year_box.setCurrentIndex(max(0, self.year_box.findData(current)) if current else 0)
        self.year_box.blockSignals(False)

    def _tab_changed(self, index: int) -> None:
        if index == 1 and self._duplicates_stale:
            self.refresh_duplicates()
        elif index == 2 and self._summary_stale:
            self.refresh_summary()

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
                dates[key] = (date.stored if date.day else
                              date.stored + ("-01" if key == "date_from" else "-31"))
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

    # --- editing -------------------------------------------------------------------------

    def _writable(self) -> bool:
        return self._store is not None and not self._store.read_only

    def selected_row(self) -> int:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def selected_id(self) -> str | None:
        row = self.selected_row()
        return self.model.record_id(row) if row >= 0 else None

    def _update_buttons(self, *_args) -> None:
        writable = self._writable()
        self.add_button.setEnabled(writable)
        self.import_button.setEnabled(writable and self.import_job is None)
        row = self.selected_row()
        record = self.model.record(row) if writable and row >= 0 else None
        frozen = self.frozen_message([record]) if record is not None else None
        selected = record is not None and frozen is None
        self.edit_button.setEnabled(selected)
        self.delete_button.setEnabled(selected)
        for button in (self.edit_button, self.delete_button):
            button.setToolTip(frozen or "")
        chosen = self._chosen_duplicate()
        group_frozen = (chosen is not None
                        and self.frozen_message(self.duplicate_groups[chosen[0]]) is not None)
        self.merge_button.setEnabled(writable and chosen is not None and chosen[1] is not None
                                     and not group_frozen)
        self.distinct_button.setEnabled(writable and chosen is not None and not group_frozen)

    def _command_args(self) -> tuple:
        return (self._store.casualties, self._record_changed, self._failed)

    def _record_changed(self, record_id: str | None) -> None:
        self._show_frozen()
        self.model.refresh()
        self._fill_years()
        self._show_count()
        self._summary_stale = self._duplicates_stale = True
        self._tab_changed(self.tabs.currentIndex())
        row = self.model.row_of(record_id) if record_id else -1
        if row >= 0:
            index = self.model.index(row, 0)
            self.table.selectionModel().select(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
            self.table.setCurrentIndex(index)
            self.table.scrollTo(index)
        self._update_buttons()

    def _failed(self, error: BaseException) -> None:
        self.model.refresh()
        self._show_count()
        show_error(self, error, self.tr("Cannot change the casualty register"))

    def _open_dialog(self, record: dict | None, command: Callable[[dict], RowCommand]) -> None:
        from ui.dialogs import open_form
        from ui.dialogs.casualty import CasualtyDialog

        store = self._store
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
            self._open_dialog(None, lambda record: record_command(self._store.casualties, "add", record,
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
            self._open_dialog(record, lambda new: record_command(self._store.casualties, "update", new,
                                                                 self._record_changed, self._failed, record_id))

    def show_duplicates(self, record_ids: list[str]) -> None:
        """The Possible duplicates tab with the group of `record_ids` selected."""
        self.tabs.setCurrentIndex(self.tabs.indexOf(self.duplicates_tree.parentWidget()))
        wanted = set(record_ids)
        for row in range(self.duplicates_tree.topLevelItemCount()):
            group = self.duplicates_tree.topLevelItem(row)
            if row < len(self.duplicate_groups) and {r["id"] for r in self.duplicate_groups[row]} == wanted:
                self.duplicates_tree.setCurrentItem(group)
                self.duplicates_tree.scrollToItem(group)
                return

    def edit_row(self, row: int) -> None:
        record = self.model.record(row)
        if not self._writable() or record is None:
            return
        frozen = self.frozen_message([record])
        if frozen is not None:
            show_error(self, YearFrozenError(frozen, record["incident_year"]),
                       self.tr("This record cannot be changed"))
            return
        self._open_dialog(record, lambda new: record_command(self._store.casualties, "update", new,
                                                             self._record_changed, self._failed, record["id"]))

    def delete_selected(self) -> None:
        row = self.selected_row()
        record = self.model.record(row) if row >= 0 else None
        if record is not None and self._writable():
            self.undo_stack.push(record_command(self._store.casualties, "delete", record,
                                                self._record_changed, self._failed))

    # --- importing -----------------------------------------------------------------------

    def import_file(self, path: Path | None = None) -> bool:
        """Import a CSV or xlsx file: read it, map its columns when needed, check
        every row, show the problems, then write, each long step on a worker thread
        with progress and Cancel. Returns at once, True when the import started;
        `import_finished` is emitted at the end, with the counts, or None when
        nothing was imported (cancelled, refused or failed).

        Threads: the worker opens its own connection to the database file
        (`Store.another_connection`) to check and to write, and closes it when done;
        the GUI thread's connection is never used off the GUI thread. Sharing one
        connection across threads (check_same_thread=False) would let the table,
        which reads rows as it paints, run statements in the middle of the import's
        transaction and see its uncommitted rows. With its own connection the write
        stays one transaction, rolled back by Cancel, and WAL lets the page keep
        reading the register as it was until the import commits; the progress
        dialog is window-modal, so no edit can wait on the import's lock."""
        from cmdesk.exchange import casualties_import as importer

        if not self._writable() or self.import_job is not None:
            return False
        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(
                self, self.tr("Import casualty records"), "",
                self.tr("Casualty files (*.csv *.xlsx);;All files (*)"))
            if not chosen:
                return False
            path = Path(chosen)
        # Import sqlite-utils here, on the GUI thread, before a worker opens its
        # connection: its first import briefly hides pandas from every thread.
        self._store.db.utils
        self._run_import_step(self.tr("Reading {name}…").format(name=path.name),
                              lambda progress: importer.read_table(path, progress),
                              lambda table: self._map_columns(path, table), path)
        return True

    def _run_import_step(self, label: str, work: Callable, then: Callable, path: Path) -> None:
        """Run one long step of an import on a worker, then `then(result)` on the GUI
        thread; a cancel or an error ends the import."""
        from ui.progress import BackgroundWork

        job = BackgroundWork(self, label, work)
        self.import_job = job
        job.succeeded.connect(then)
        job.cancelled.connect(lambda: self._import_ended(None, self.tr(
            "The import was cancelled; the register is as it was.")))
        job.failed.connect(lambda error: self._import_failed(path, error))
        job.start()

    def _with_own_store(self, work: Callable) -> Callable:
        """`work(store, progress)` as a worker's work, on a connection of its own."""
        store = self._store

        def run(progress):
            own = store.another_connection()
            try:
                return work(own, progress)
            finally:
                own.close()

        return run

    def _map_columns(self, path: Path, table: importer.SourceTable) -> None:
        from cmdesk.exchange import casualties_import as importer
        from ui.dialogs.casualty_import import ColumnMappingDialog

        settings = self.context.settings
        column_map = None
        if importer.needs_mapping(table.headers):
            remembered = settings.casualty_column_map(table.headers)
            mapping = ColumnMappingDialog(list(table.headers),
                                          remembered or importer.guess_mapping(table.headers), self)
            if mapping.exec() != QDialog.DialogCode.Accepted:
                self._import_ended(None, "")
                return
            column_map = mapping.mapping()
            settings.remember_casualty_column_map(table.headers, column_map)
        catalog = self.context.catalog
        self._run_import_step(
            self.tr("Checking {name}…").format(name=path.name),
            self._with_own_store(lambda store, progress: importer.plan_casualty_import(
                store, catalog, table, column_map, progress=progress)),
            lambda plan: self._preview(path, plan), path)

    def _preview(self, path: Path, plan: importer.CasualtyImport) -> None:
        from cmdesk.exchange import casualties_import as importer
        from ui.dialogs.casualty_import import ImportPreviewDialog

        preview = ImportPreviewDialog(plan, self)
        if preview.exec() != QDialog.DialogCode.Accepted:
            self._import_ended(None, "")
            return
        self._run_import_step(
            self.tr("Importing {name}…").format(name=path.name),
            self._with_own_store(lambda store, progress: importer.apply_casualty_import(
                store, plan, progress)),
            lambda counts: self._imported(path, plan, counts), path)

    def _imported(self, path: Path, plan: importer.CasualtyImport,
                  counts: importer.CasualtyImportCounts) -> None:
        from cmdesk.exchange import casualties_import as importer

        self.last_import = counts
        text = self.tr("{name}: {added} added, {updated} updated, {duplicates} already in the "
                       "register, {rejected} rejected.").format(
            name=path.name, added=counts.added, updated=counts.updated,
            duplicates=counts.duplicates, rejected=counts.rejected)
        try:
            self.last_rejects = importer.write_rejects(plan)
        except CMDeskError as error:
            self.last_rejects = None
            show_error(self, error, self.tr("Cannot write the rejected rows of {name}").format(
                name=path.name))
        if self.last_rejects is not None:
            text += " " + self.tr("The rejected rows and their problems are in {path}.").format(
                path=self.last_rejects)
        self._record_changed(None)
        self.content_changed.emit()  # the file may have brought a new year
        self._import_ended(counts, text)

    def _import_failed(self, path: Path, error: BaseException) -> None:
        show_error(self, error, self.tr("Cannot import {name}").format(name=path.name))
        self._import_ended(None, "")

    def _import_ended(self, counts: importer.CasualtyImportCounts | None, notice: str) -> None:
        if notice:
            self.notice.setText(notice)
        self.import_job = None
        self._update_buttons()
        self.import_finished.emit(counts)

    # --- possible duplicates -------------------------------------------------------------

    def refresh_duplicates(self) -> None:
        self._duplicates_stale = False
        self.duplicates_tree.clear()
        if self._store is None:
            return
        provinces = {p.code: self.context.province_name(p) for p in self.context.catalog.provinces}
        self.duplicate_groups = self._store.casualties.duplicate_groups()
        for n, group in enumerate(self.duplicate_groups):
            first = group[0]
            title = " · ".join(str(part) for part in (
                first["incident_date"], provinces.get(first["province_code"], self.tr("province unknown")),
                code_label("sex", first["sex"]),
                first["age"] if first["age"] is not None else self.tr("age unknown"),
                code_label("device_type", first["device_type"])))
            top = QTreeWidgetItem([self.tr("{title} ({n} records)").format(title=title, n=len(group))])
            top.setData(0, Qt.ItemDataRole.UserRole, (n, None))
            for record in group:
                child = QTreeWidgetItem([record["source_id"] or self.tr("(no number)"),
                                         code_label("outcome", record["outcome"]),
                                         record["district"], record["created_at"][:10]])
                child.setData(0, Qt.ItemDataRole.UserRole, (n, record["id"]))
                top.addChild(child)
            self.duplicates_tree.addTopLevelItem(top)
            top.setExpanded(True)
        self.duplicates_label.setText(self.tr("{n} group(s) of possible duplicates").format(
            n=len(self.duplicate_groups)))
        self._update_buttons()

    def _chosen_duplicate(self) -> tuple[int, str | None] | None:
        items = self.duplicates_tree.selectedItems() if hasattr(self, "duplicates_tree") else []
        return items[0].data(0, Qt.ItemDataRole.UserRole) if items else None

    def merge_selected(self) -> None:
        chosen = self._chosen_duplicate()
        if not self._writable() or chosen is None or chosen[1] is None:
            return
        group = self.duplicate_groups[chosen[0]]
        keep = next(r for r in group if r["id"] == chosen[1])
        others = [r for r in group if r["id"] != keep["id"]]
        self.undo_stack.push(MergeRecords(keep, others, *self._command_args()))
        self.refresh_duplicates()

    def mark_selected_distinct(self) -> None:
        chosen = self._chosen_duplicate()
        if not self._writable() or chosen is None:
            return
        record_ids = [r["id"] for r in self.duplicate_groups[chosen[0]]]
        self.undo_stack.push(MarkDistinct(record_ids, *self._command_args()))
        self.refresh_duplicates()

    # --- summary -------------------------------------------------------------------------

    def refresh_summary(self) -> None:
        self._summary_stale = False
        if self._store is None or not self.year:
            return
        summary = summarise(self._store, self.year)
        everything = summarise(self._store)
        self.figures_box.setTitle(self.tr("Casualties in {year}").format(year=self.year))
        for key, label in self.figure_labels.items():
            value = getattr(summary, key)
            label.setText("—" if value is None else f"{value:,}")
        devices = ", ".join(f"{code_label('device_type', code)} {n:,}"
                            for code, n in summary.device_type.items() if n)
        statuses = ", ".join(f"{code_label('status', code)} {n:,}"
                             for code, n in summary.status.items() if n)
        self.breakdown_label.setText(self.tr("By device: {devices}\nBy status: {statuses}\n"
                                             "Since records began: {total:,}").format(
            devices=devices or "—", statuses=statuses or "—", total=everything.total))
        self.summary = summary
        self._build_charts()
        self.per_year_chart.show_years(everything.per_year)
        self.breakdown_chart.show_summary(summary, by_sex_and_age(self._store, self.year))

    def save_chart(self, key: str, path: Path | None = None) -> Path | None:
        self._build_charts()
        chart = self.per_year_chart if key == "per_year" else self.breakdown_chart
        if path is None:
            default = f"casualties-{'per-year' if key == 'per_year' else self.year}.png"
            chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Save chart as PNG"), default,
                                                    self.tr("PNG images (*.png)"))
            if not chosen:
                return None
            path = Path(chosen)
        try:
            return chart.save_png(path)
        except OSError as error:
            show_error(self, InputError(str(error)), self.tr("Cannot save the chart"))
            return None

