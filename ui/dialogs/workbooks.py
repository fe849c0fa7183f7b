"""Data exchange > Collection workbooks: write the workbook each reporting source fills
for a year, and read filled ones back with a preview (cmdesk/exchange/workbooks.py).

Writing lists the sources expected to send figures that year, with their sections, due
date and e-mail, and writes the chosen ones into a folder. Reading takes several files
at once: each is checked on its own, and the preview shows, per file, what it adds and
changes against what is stored (with the stored value beside the new one), or every
problem by sheet and cell. Only the files without problems are read in, each in one
transaction; the others stay listed so that the user can send them back.
"""

from __future__ import annotations

from pathlib import Path
from typing import Sequence

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cmdesk.errors import CMDeskError
from cmdesk.exchange import workbooks
from cmdesk.numbers import format_count
from cmdesk.store import Store
from ui.dialog_sizes import Dialog
from ui.errors import error_text, show_error
from ui.progress import run_with_progress


def _table(headers: Sequence[str], stretch: int) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    table.setWordWrap(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


def _fill_row(table: QTableWidget, row: int, texts: Sequence[str]) -> None:
    for column, text in enumerate(texts):
        cell = QTableWidgetItem(text)
        cell.setToolTip(text)
        table.setItem(row, column, cell)


class WriteWorkbooksDialog(Dialog):
    """Choose the sources and a folder; write one workbook per source."""

    # The label saying what was written. Its name hides QDialog.result() from Python
    # (Qt's own C++ calls are not affected), which no code here calls; tests read it.
    result: QLabel  # type: ignore[assignment]  # hides QDialog.result(): see above

    def __init__(self, store: Store, year: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.year = store, year
        self.written: list[workbooks.WrittenWorkbook] = []
        self.setWindowTitle(self.tr("Collection workbooks for {year}").format(year=year))
        self.resize(900, 560)
        layout = QVBoxLayout(self)
        about = QLabel(self.tr(
            "One Excel workbook per reporting source, holding the sections it is expected to "
            "return for {year} and its figures of {previous} for reference. Send each file to the "
            "e-mail shown (Tools > Items and reporting sources), and read the filled ones back with "
            "\"Read filled workbooks…\".").format(year=year, previous=year - 1))
        about.setWordWrap(True)
        layout.addWidget(about)
        try:
            self.plans = workbooks.workbook_sources(store, store.catalog, year)
        except CMDeskError as error:
            self.plans = []
            about.setText(error_text(error))
        self.sources = _table([self.tr("Write"), self.tr("Source"), self.tr("Sections"),
                               self.tr("Due"), self.tr("E-mail")], stretch=2)
        self.sources.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.sources.setRowCount(len(self.plans))
        for row, plan in enumerate(self.plans):
            _fill_row(self.sources, row, ["", plan.source.name, "; ".join(s.label for s in plan.sections),
                                          plan.due.isoformat() if plan.due else "",
                                          plan.contact or self.tr("(none entered)")])
            check = self.sources.item(row, 0)
            assert check is not None  # _fill_row set every cell
            check.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            check.setCheckState(Qt.CheckState.Checked)
        layout.addWidget(self.sources, 1)

        folder_row = QHBoxLayout()
        folder_row.addWidget(QLabel(self.tr("Folder:")))
        self.folder = QLineEdit(str(store.path.parent / f"Returns {year}"))
        folder_row.addWidget(self.folder, 1)
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        folder_row.addWidget(browse)
        layout.addLayout(folder_row)
        self.replace = QCheckBox(self.tr("Replace workbooks already in the folder"))
        layout.addWidget(self.replace)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.result)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.write_button = buttons.addButton(self.tr("Write workbooks"),
                                              QDialogButtonBox.ButtonRole.ActionRole)
        self.write_button.clicked.connect(self.write)
        self.write_button.setEnabled(bool(self.plans) and not store.read_only)
        self.open_button = buttons.addButton(self.tr("Open the folder"),
                                             QDialogButtonBox.ButtonRole.ActionRole)
        self.open_button.clicked.connect(self._open_folder)
        self.open_button.setEnabled(False)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def chosen(self) -> list[str]:
        return [plan.source.code for row, plan in enumerate(self.plans) if self._ticked(row)]

    def _ticked(self, row: int) -> bool:
        check = self.sources.item(row, 0)
        return check is not None and check.checkState() == Qt.CheckState.Checked

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the workbooks"),
                                                  self.folder.text())
        if folder:
            self.folder.setText(folder)

    def write(self) -> list[workbooks.WrittenWorkbook]:
        codes = self.chosen()
        if not codes:
            self.result.setText(self.tr("Tick at least one source."))
            return []
        folder = Path(self.folder.text().strip())
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            show_error(self, CMDeskError(self.tr("Cannot create the folder {folder}: {reason}.").format(
                folder=folder, reason=error.strerror or error)), self.tr("Not written"))
            return []
        plans = [plan for plan in self.plans if plan.source.code in codes]
        existing = [plan for plan in plans if (folder / workbooks.workbook_file_name(plan)).exists()]
        if existing and not self.replace.isChecked():
            self.result.setText(self.tr(
                "{folder} already holds {n} of these workbooks ({first}). Tick \"Replace\" or choose "
                "another folder.").format(folder=folder, n=len(existing),
                                           first=workbooks.workbook_file_name(existing[0])))
            return []

        def work(progress):
            done = []
            for n, plan in enumerate(plans):
                if not progress(n, len(plans)):
                    break
                done.append(workbooks.write_workbook(
                    self.store, self.store.catalog, plan, folder / workbooks.workbook_file_name(plan),
                    written_by=self.store.user))
            return done

        try:
            self.written = run_with_progress(self, self.tr("Writing the workbooks…"), work)
        except CMDeskError as error:
            show_error(self, error, self.tr("Not written"))
            return []
        lines = [self.tr("{n} workbook(s) written to {folder}:").format(n=len(self.written), folder=folder)]
        for done in self.written:
            to = done.plan.contact or self.tr("no e-mail entered")
            lines.append(f"• {done.path.name} → {to}")
        self.result.setText("\n".join(lines))
        self.open_button.setEnabled(bool(self.written))
        self._folder = folder
        return self.written

    def _open_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._folder)))


class ReadWorkbooksDialog(Dialog):
    """Check filled workbooks, show what each would change, and read in the sound ones."""

    def __init__(self, store: Store, paths: Sequence[Path], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(self.tr("Read filled workbooks"))
        self.resize(1000, 620)
        self.entries: list[tuple[Path, workbooks.WorkbookRead | None, str]] = []
        self.read_in: list[workbooks.WorkbookApplied] = []
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        splitter = QSplitter(Qt.Orientation.Vertical)
        self.files = _table([self.tr("File"), self.tr("Source"), self.tr("Year"), self.tr("Added"),
                             self.tr("Changed"), self.tr("Unchanged"), self.tr("Outcome")], stretch=6)
        self.files.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.files.itemSelectionChanged.connect(self._show_details)
        splitter.addWidget(self.files)
        self.details = _table([self.tr("Cell"), self.tr("Item"), self.tr("Part"), self.tr("Stored"),
                               self.tr("New"), self.tr("Comment or problem")], stretch=5)
        splitter.addWidget(self.details)
        splitter.setSizes([220, 380])
        layout.addWidget(splitter, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.apply_button = buttons.addButton(self.tr("Read into the database"),
                                              QDialogButtonBox.ButtonRole.AcceptRole)
        self.apply_button.clicked.connect(self.apply)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._check(paths)

    def _check(self, paths: Sequence[Path]) -> None:
        def work(progress):
            entries = []
            for n, path in enumerate(paths):
                if not progress(n, len(paths)):
                    break
                try:
                    entries.append((path, workbooks.plan_workbook_read(self.store, self.store.catalog, path), ""))
                except CMDeskError as error:
                    entries.append((path, None, error_text(error)))
            return entries

        self.entries = run_with_progress(self, self.tr("Checking the workbooks…"), work)
        self._refresh()

    def _outcome(self, plan: workbooks.WorkbookRead | None, refusal: str) -> str:
        if plan is None:
            return self.tr("Refused: {reason}").format(reason=refusal)
        if plan.problems:
            return self.tr("{n} problem(s): nothing of it will be read").format(n=len(plan.problems))
        if not plan.planned:
            return self.tr("No figure filled in")
        if not plan.changes:
            return self.tr("Already read: nothing to change")
        notes = self.tr(" ({n} note(s))").format(n=len(plan.notes)) if plan.notes else ""
        return self.tr("Ready to read") + notes

    def readable(self) -> list[workbooks.WorkbookRead]:
        return [plan for _, plan, _ in self.entries if plan is not None and plan.ok and plan.changes]

    def _refresh(self) -> None:
        self.files.setRowCount(len(self.entries))
        for row, (path, plan, refusal) in enumerate(self.entries):
            counts = plan.counts if plan is not None else None
            _fill_row(self.files, row, [
                path.name, plan.source_name if plan else "", str(plan.year) if plan else "",
                str(counts.added) if counts else "", str(counts.changed) if counts else "",
                str(counts.unchanged) if counts else "", self._outcome(plan, refusal)])
        ready = self.readable()
        blocked = sum(1 for _, plan, _ in self.entries if plan is None or plan.problems)
        self.summary.setText(self.tr(
            "{n} workbook(s) checked: {ready} ready to read, {blocked} with problems or refused. "
            "Select a file to see its cells.").format(n=len(self.entries), ready=len(ready),
                                                      blocked=blocked))
        self.apply_button.setEnabled(bool(ready) and not self.store.read_only)
        if self.entries and not self.files.selectedItems():
            self.files.selectRow(0)
        self._show_details()

    def _show_details(self) -> None:
        rows = self.files.selectionModel().selectedRows()
        self.details.setRowCount(0)
        if not rows:
            return
        path, plan, refusal = self.entries[rows[0].row()]
        if plan is None:
            self.details.setRowCount(1)
            _fill_row(self.details, 0, ["", "", "", "", "", refusal])
            return
        catalog = self.store.catalog
        labels = {item.code: item.label for item in catalog.items}
        parts = {"total": self.tr("Total"), **catalog.parts}
        lines: list[list[str]] = []
        def named(item: str, part: str) -> list[str]:
            return [labels.get(item, item), parts.get(part, part) if part else ""]

        for problem in plan.problems:
            lines.append([problem.place, *named(problem.item, problem.part), "", problem.text,
                          problem.reason])
        if not plan.problems:
            for change in plan.changes:
                lines.append([change.place, labels.get(change.item, change.item),
                              parts.get(change.part, change.part), format_count(change.old_value),
                              format_count(change.value), change.comment or ""])
        for note in plan.notes:
            lines.append([note.place, *named(note.item, note.part), "", note.text, note.reason])
        self.details.setRowCount(len(lines))
        for row, line in enumerate(lines):
            _fill_row(self.details, row, line)

    def apply(self) -> list[workbooks.WorkbookApplied]:
        done = []
        for plan in self.readable():
            try:
                done.append(workbooks.apply_workbook_read(self.store, self.store.catalog, plan))
            except CMDeskError as error:
                show_error(self, error, self.tr("{name} was not read").format(name=plan.path.name))
        self.read_in += done
        # Check again against what is now stored: what was read shows as already read.
        self._check([path for path, _, _ in self.entries])
        added = sum(applied.counts.added for applied in done)
        changed = sum(applied.counts.changed for applied in done)
        self.summary.setText(self.tr(
            "{n} workbook(s) read: {added} value(s) added, {changed} changed. The returns are "
            "recorded as received.").format(n=len(done), added=added, changed=changed)
            + " " + self.summary.text())
        return done
