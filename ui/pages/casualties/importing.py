"""Importing casualty records from a CSV or xlsx file: read, map the columns, check,
preview, write, each long step on a worker thread. Imports are not on the undo
stack: they are one transaction, audited, and cancelled as a whole."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Callable

from PySide6.QtWidgets import QDialog, QFileDialog

from cmdesk.errors import CMDeskError
from ui.errors import show_error
from ui.pages.casualties.parts import PagePart

if TYPE_CHECKING:  # imported where used: opening the page at 130,000 records is measured
    from cmdesk.exchange import casualties_import as importer


class CasualtyImportSteps(PagePart):
    """The import's part of CasualtiesPage (which mixes it in)."""

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
        reading the register as it was until the import commits. The write takes
        the lock at its first step (store/sqlite.py: IMMEDIATE); the page's add, edit
        and delete are off while an import runs, and its progress dialog is
        window-modal once shown (300 ms after the step begins), so no edit waits on
        the import's lock."""
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
        self._update_buttons()  # no add, edit or delete meanwhile (_writable)
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
        text = self.tr("{name}: {added:,} added, {updated:,} updated, {duplicates:,} already in "
                       "the register, {rejected:,} rejected.").format(
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
