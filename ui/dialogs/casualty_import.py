"""The two steps of a casualty import the user decides on: which file column is
which (when the headers are not CMDesk's own), and, after every row was checked,
whether to import (the preview of every problem, by row, column and value)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cmdesk.casualties import COLUMNS, field_labels
from cmdesk.exchange.casualties_import import CasualtyImport
from ui.dialog_sizes import Dialog


class ColumnMappingDialog(Dialog):
    """One row per header of the file, each with the CMDesk column it holds (or
    "leave out"). OK needs the outcome column, and no column chosen twice."""

    def __init__(self, headers: list[str], initial: dict[str, str | None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Which column is which?"))
        self.setMinimumSize(560, 420)
        self.headers = [h for h in headers if h.strip()]
        labels = field_labels()
        intro = QLabel(self.tr("The file's columns are not named as CMDesk's. Choose what each "
                               "holds; CMDesk remembers the choice for files with these columns."))
        intro.setWordWrap(True)
        self.table = QTableWidget(len(self.headers), 2)
        self.table.setHorizontalHeaderLabels([self.tr("Column in the file"), self.tr("CMDesk column")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.boxes: dict[str, QComboBox] = {}
        for row, header in enumerate(self.headers):
            self.table.setItem(row, 0, QTableWidgetItem(header))
            box = QComboBox()
            box.addItem(self.tr("(leave out)"), "")
            for column in COLUMNS:
                box.addItem(f"{labels[column]} ({column})", column)
            box.setCurrentIndex(max(0, box.findData(initial.get(header) or "")))
            box.currentIndexChanged.connect(self._check)
            self.boxes[header] = box
            self.table.setCellWidget(row, 1, box)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #a61b1b;")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self._check()

    def mapping(self) -> dict[str, str | None]:
        return {header: (box.currentData() or None) for header, box in self.boxes.items()}

    def _check(self, *_args) -> bool:
        chosen = [c for c in self.mapping().values() if c]
        twice = sorted({c for c in chosen if chosen.count(c) > 1})
        if twice:
            text = self.tr("Each CMDesk column can be chosen once: {columns}.").format(
                columns=", ".join(twice))
        elif "outcome" not in chosen:
            text = self.tr("Choose the column that gives the outcome (killed or injured): every "
                           "record needs it.")
        else:
            text = ""
        self.message.setText(text)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not text)
        return not text

    def accept(self) -> None:
        if self._check():
            super().accept()


class ImportPreviewDialog(Dialog):
    """What the import will do, and every problem found, before anything is written."""

    def __init__(self, plan: CasualtyImport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import {name}").format(name=plan.path.name))
        self.setMinimumSize(760, 460)
        counts = plan.counts
        self.summary = QLabel(self.tr(
            "{added} record(s) to add, {updated} to update, {duplicates} already in the register, "
            "{rejected} row(s) rejected.").format(
            added=counts.added, updated=counts.updated, duplicates=counts.duplicates,
            rejected=counts.rejected))
        self.summary.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        self.problems = QTableWidget(len(plan.problems), 4)
        self.problems.setHorizontalHeaderLabels(
            [self.tr("Row"), self.tr("Column"), self.tr("Value"), self.tr("Problem")])
        self.problems.verticalHeader().hide()
        self.problems.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problems.setWordWrap(True)
        header = self.problems.horizontalHeader()
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        for row, problem in enumerate(plan.problems):
            for column, text in enumerate((str(problem.line), problem.column, problem.text, problem.reason)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.problems.setItem(row, column, item)
        if plan.problems:
            note = QLabel(self.tr("Rejected rows are not imported; they will be written with their "
                                  "problems to {name} beside the file, to correct and import again.")
                          .format(name=f"{plan.path.stem}-rejected.csv"))
            note.setWordWrap(True)
            layout.addWidget(self.problems, 1)
            layout.addWidget(note)
        else:
            self.problems.hide()
            layout.addWidget(QLabel(self.tr("No problems found.")))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setEnabled(counts.added + counts.updated > 0)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
