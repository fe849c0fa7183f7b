"""Data exchange: a year's aggregate values to and from CSV files (docs/values-csv.md),
and the collection workbooks each reporting source fills (docs/workbooks.md): written
for the year from here, and read back by choosing the filled files or dropping them on
the page.

Importing is checked first, all or nothing, as on the command line: the preview lists
every problem by line and column and imports nothing, or says how many values will be
added, changed and left as they are, and writes them in one transaction when the user
confirms. Casualty records are imported on the Casualties page.

Below, packages with headquarters or the provinces (ui/widgets/packages.py).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cmdesk.errors import CMDeskError
from cmdesk.exchange import ValuesImport, apply_values_import, export_values_csv, plan_values_import
from cmdesk.exchange.problems import by_reason
from ui.context import AppContext
from ui.errors import show_error
from ui.pages.base import Page


class ExchangePage(Page):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.year = 0
        self.plan: ValuesImport | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        heading = QLabel(self.title())
        heading.setObjectName("pageHeading")
        layout.addWidget(heading)

        values_box = QGroupBox(self.tr("Aggregate values (CSV)"))
        box_layout = QVBoxLayout(values_box)
        about = QLabel(self.tr(
            "One value per line: year, source, item, part, value, comment, as CMDesk exports them "
            "(see docs/values-csv.md for the codes). An import is checked first: if any line is "
            "wrong nothing is imported and every problem is listed below."))
        about.setWordWrap(True)
        box_layout.addWidget(about)
        buttons = QHBoxLayout()
        self.import_button = QPushButton(self.tr("Import values from CSV…"))
        self.import_button.clicked.connect(self.choose_import)
        self.export_button = QPushButton()
        self.export_button.clicked.connect(self.choose_export)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)
        box_layout.addLayout(buttons)
        self.result_label = QLabel()
        self.result_label.setObjectName("importResult")
        self.result_label.setWordWrap(True)
        box_layout.addWidget(self.result_label)
        self.problems = QTableWidget(0, 4)
        self.problems.setObjectName("importProblems")
        self.problems.setHorizontalHeaderLabels(
            [self.tr("Line"), self.tr("Column"), self.tr("Text"), self.tr("Problem")])
        self.problems.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problems.verticalHeader().setVisible(False)
        header = self.problems.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.problems.setVisible(False)
        box_layout.addWidget(self.problems, 1)
        # Takes the room the problems table leaves while it is hidden, so that the text
        # and buttons stay at the top instead of spreading down the page.
        box_layout.addStretch(1)
        self._box_layout = box_layout
        layout.addWidget(values_box, 1)

        workbooks_box = QGroupBox(self.tr("Collection workbooks (Excel)"))
        workbooks_layout = QVBoxLayout(workbooks_box)
        about = QLabel(self.tr(
            "Each reporting source fills its own return in an Excel workbook that CMDesk writes "
            "for the year, and CMDesk reads the filled workbook back checked cell by cell. Drop "
            "filled workbooks on this page to read them."))
        about.setWordWrap(True)
        workbooks_layout.addWidget(about)
        row = QHBoxLayout()
        self.write_workbooks_button = QPushButton(self.tr("Collection workbooks…"))
        self.write_workbooks_button.clicked.connect(self.write_workbooks)
        self.read_workbooks_button = QPushButton(self.tr("Read filled workbooks…"))
        self.read_workbooks_button.clicked.connect(self.choose_workbooks)
        row.addWidget(self.write_workbooks_button)
        row.addWidget(self.read_workbooks_button)
        row.addStretch(1)
        workbooks_layout.addLayout(row)
        self.workbooks_result = QLabel()
        self.workbooks_result.setWordWrap(True)
        workbooks_layout.addWidget(self.workbooks_result)
        layout.addWidget(workbooks_box)
        self.setAcceptDrops(True)
        from ui.widgets.packages import PackagesPanel

        self.packages = PackagesPanel(context)
        self.packages.changed.connect(self.content_changed)
        self.packages.catalog_changed.connect(self.catalog_changed)
        layout.addWidget(self.packages, 2)

    def title(self) -> str:
        return self.tr("Data exchange")

    def show_year(self, year: int) -> None:
        self.year = year
        self.export_button.setText(self.tr("Export {year}'s values to CSV…").format(year=year))
        store = self.context.store
        self.import_button.setEnabled(store is not None and not store.read_only)
        self.write_workbooks_button.setEnabled(store is not None and not store.read_only)
        self.read_workbooks_button.setEnabled(store is not None and not store.read_only)
        self.packages.refresh()

    # --- import ---------------------------------------------------------------------------

    def choose_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import values from a CSV file"), "", self.tr("CSV files (*.csv);;All files (*)"))
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path, confirm=None) -> bool:
        """Check `path`, show the outcome, and import it when it is sound and the user
        agrees (`confirm(plan)`, by default a question box). Returns whether it was
        imported."""
        store = self.context.store
        if store is None:
            return False
        try:
            plan = plan_values_import(store, store.catalog, path)
        except CMDeskError as error:
            show_error(self, error, self.tr("Cannot read {name}").format(name=path.name))
            return False
        self.plan = plan
        self._show_problems(plan)
        if plan.problems:
            self.result_label.setText(self.tr(
                "{name}: {n} problem(s), listed below. Nothing was imported: correct the file and "
                "import it again.").format(name=path.name, n=len(plan.problems)))
            return False
        counts = plan.counts
        summary = self.tr("{name}: {added} value(s) to add, {changed} to change, {unchanged} unchanged.").format(
            name=path.name, added=counts.added, changed=counts.changed, unchanged=counts.unchanged)
        if not (confirm or self._confirm)(summary):
            self.result_label.setText(self.tr("{summary} Not imported.").format(summary=summary))
            return False
        try:
            done = apply_values_import(store, plan)
        except CMDeskError as error:
            show_error(self, error, self.tr("Not imported"))
            return False
        self.result_label.setText(self.tr(
            "Imported {name}: {added} added, {changed} changed, {unchanged} unchanged.").format(
            name=path.name, added=done.added, changed=done.changed, unchanged=done.unchanged))
        self.content_changed.emit()  # the file may have brought a new year
        return True

    def _confirm(self, summary: str) -> bool:
        answer = QMessageBox.question(self, self.tr("Import values"), self.tr("{summary}\n\nImport them now?")
                                      .format(summary=summary))
        return answer == QMessageBox.StandardButton.Yes

    def _show_problems(self, plan: ValuesImport) -> None:
        # One row per reason, with the lines it is on and their count.
        groups = by_reason(plan.problems)
        self.problems.setRowCount(len(groups))
        for row, group in enumerate(groups):
            line = str(group.lines[0]) if group.times == 1 else self.tr("{lines} ({n} lines)").format(
                lines=group.where, n=group.times)
            for column, text in enumerate((line, group.column, ", ".join(group.texts), group.reason)):
                self.problems.setItem(row, column, QTableWidgetItem(text))
        self.problems.setVisible(bool(plan.problems))
        self._box_layout.setStretch(self._box_layout.count() - 1, 0 if plan.problems else 1)

    # --- collection workbooks -------------------------------------------------------------

    def write_workbooks(self) -> None:
        from ui.dialogs.workbooks import WriteWorkbooksDialog

        store = self.context.store
        if store is None or not self.year:
            return
        WriteWorkbooksDialog(store, self.year, self).exec()

    def choose_workbooks(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Read filled collection workbooks"), "",
            self.tr("Excel workbooks (*.xlsx);;All files (*)"))
        if paths:
            self.read_workbooks([Path(path) for path in paths])

    def read_workbooks(self, paths: list[Path], run=None):
        """Check `paths` and show the preview, from which the user reads them in
        (`run(dialog)`, by default the dialog's own event loop). Returns the dialog."""
        from ui.dialogs.workbooks import ReadWorkbooksDialog

        store = self.context.store
        if store is None or store.read_only:
            return None
        dialog = ReadWorkbooksDialog(store, paths, self)
        (run or (lambda d: d.exec()))(dialog)
        if dialog.read_in:
            added = sum(applied.counts.added for applied in dialog.read_in)
            changed = sum(applied.counts.changed for applied in dialog.read_in)
            self.workbooks_result.setText(self.tr(
                "{n} workbook(s) read: {added} value(s) added, {changed} changed.").format(
                n=len(dialog.read_in), added=added, changed=changed))
            self.content_changed.emit()
        return dialog

    @staticmethod
    def _dropped_workbooks(event) -> list[Path]:
        mime = event.mimeData()
        if not mime.hasUrls():
            return []
        return [Path(url.toLocalFile()) for url in mime.urls()
                if url.isLocalFile() and url.toLocalFile().lower().endswith((".xlsx", ".xls", ".ods"))]

    def dragEnterEvent(self, event) -> None:
        if self._dropped_workbooks(event) and self.read_workbooks_button.isEnabled():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        paths = self._dropped_workbooks(event)
        if paths:
            event.acceptProposedAction()
            self.read_workbooks(paths)

    # --- export ---------------------------------------------------------------------------

    def choose_export(self) -> None:
        store = self.context.store
        if store is None or not self.year:
            return
        suggested = store.path.with_name(f"values-{self.year}.csv")
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export values to a CSV file"), str(suggested), self.tr("CSV files (*.csv)"))
        if path:
            self.export_file(Path(path))

    def export_file(self, path: Path) -> int:
        store = self.context.store
        assert store is not None
        try:
            count = export_values_csv(store, self.year, path)
        except OSError as error:
            show_error(self, CMDeskError(self.tr("Cannot write {path}: {reason}.").format(
                path=path, reason=error.strerror or error)), self.tr("Not exported"))
            return 0
        self.result_label.setText(self.tr("{n} value(s) of {year} written to {path}.")
                                  .format(n=count, year=self.year, path=path))
        return count
