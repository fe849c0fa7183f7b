"""Casualties: the register (browse, search, filter, add, edit, delete, import), its
possible duplicates, and the summary with its charts.

The table is `CasualtyRegisterModel`, lazy over the store: it opens at once on
130,000 records, SQLite filters and sorts. Each Add, Edit, Delete, Merge and Mark as
distinct is one undo command (commands.py, ui/undo.py) calling core operations of
`store.casualties` each way, on the page's `undo_stack`, which is cleared when another
database is shown. Each tab is a module of this package, mixed into the page: register.py,
duplicates.py, summary.py; importing.py is the import chain.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from ui.context import AppContext
from ui.errors import show_error
from ui.pages.base import Page
from ui.pages.casualties.duplicates import CasualtyDuplicatesTab
from ui.pages.casualties.importing import CasualtyImportSteps
from ui.pages.casualties.register import CasualtyRegisterTab
from ui.pages.casualties.summary import CasualtySummaryTab
from ui.widgets.frozen_note import FrozenNote

if TYPE_CHECKING:  # imported where used: opening the page at 130,000 records is measured
    from cmdesk.exchange import casualties_import as importer
    from cmdesk.store import Store
    from ui.dialogs.casualty import CasualtyDialog
    from ui.pages.casualties.commands import CommandArgs
    from ui.progress import BackgroundWork

__all__ = ["CasualtiesPage"]


class CasualtiesPage(CasualtyRegisterTab, CasualtyDuplicatesTab, CasualtySummaryTab, CasualtyImportSteps, Page):
    import_finished = Signal(object)
    """An import ended: its CasualtyImportCounts, or None when nothing was imported."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.year = 0
        self.import_job: BackgroundWork | None = None  # the import's step running now
        self._store: Store | None = None  # the store on screen
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
        return self.shown_store.years.frozen_message(year) if year is not None else None

    def _tab_changed(self, index: int) -> None:
        if index == 1 and self._duplicates_stale:
            self.refresh_duplicates()
        elif index == 2 and self._summary_stale:
            self.refresh_summary()

    @property
    def shown_store(self) -> Store:
        """The store on screen, for what runs only while one is (the page's actions)."""
        assert self._store is not None, "the register's actions run only with a database shown"
        return self._store

    def _writable(self) -> bool:
        # Not while an import runs: its worker holds the write lock from its first
        # step, and its window-modal progress dialog shows only 300 ms after.
        return self._store is not None and not self._store.read_only and self.import_job is None

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

    def _command_args(self) -> CommandArgs:
        return (self.shown_store.casualties, self._record_changed, self._failed)

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
