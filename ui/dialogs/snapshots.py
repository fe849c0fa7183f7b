"""The snapshots of a submitted year: each submission's snapshot, what changed since it
(in today's data, or in another snapshot) by whom and when, and its documents saved
to a folder as they were sent."""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cmdesk import signoff
from cmdesk.errors import CMDeskError
from cmdesk.signoff.compare import table_labels
from cmdesk.store.snapshots import Snapshot
from ui.context import AppContext
from ui.dialog_sizes import Dialog
from ui.errors import show_error
from ui.models.comparison import COLUMNS, ComparisonModel

TODAY = None  # the "compare with" choice for today's data


def _when(at: str) -> str:
    return at.replace("T", " ")[:16]


class SnapshotsDialog(Dialog):
    def __init__(self, context: AppContext, year: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.year = year
        self.snapshots: list[Snapshot] = []
        self.comparison: signoff.Comparison | None = None
        self.last_saved: list[Path] = []
        self.setWindowTitle(self.tr("Snapshots of {year}").format(year=year))
        self.resize(1080, 600)

        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "A snapshot is kept each time {year} is submitted: its figures, funding lines, casualty "
            "records, narratives and submission details, with the documents that were sent. Choose "
            "one to see what changed since, in today's data or in a later snapshot.").format(year=year))
        intro.setWordWrap(True)
        layout.addWidget(intro)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel(self.tr("Snapshots")))
        self.snapshot_list = QListWidget()
        self.snapshot_list.setObjectName("snapshotList")
        self.snapshot_list.currentRowChanged.connect(lambda _row: self._snapshot_chosen())
        left_layout.addWidget(self.snapshot_list, 1)
        self.documents_label = QLabel()
        self.documents_label.setWordWrap(True)
        left_layout.addWidget(self.documents_label)
        self.save_button = QPushButton(self.tr("Save documents…"))
        self.save_button.setToolTip(self.tr("Write the documents this snapshot kept, as they were "
                                            "sent, into a folder."))
        self.save_button.clicked.connect(lambda: self.save_documents())
        left_layout.addWidget(self.save_button)
        splitter.addWidget(left)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        choices = QHBoxLayout()
        choices.addWidget(QLabel(self.tr("Compare with:")))
        self.other_box = QComboBox()
        self.other_box.setObjectName("compareWith")
        self.other_box.currentIndexChanged.connect(lambda _index: self.compare())
        choices.addWidget(self.other_box, 1)
        self.personal_check = QCheckBox(self.tr("Show personal details"))
        self.personal_check.setToolTip(self.tr("Casualty records' names, villages and coordinates "
                                               "are personal data: shown only when asked for."))
        self.personal_check.toggled.connect(self._show_personal)
        choices.addWidget(self.personal_check)
        right_layout.addLayout(choices)
        self.summary_label = QLabel()
        self.summary_label.setObjectName("comparisonSummary")
        self.summary_label.setWordWrap(True)
        right_layout.addWidget(self.summary_label)
        self.model = ComparisonModel(self)
        self.table = QTableView()
        self.table.setObjectName("comparisonTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(max(24, self.table.fontMetrics().height() + 6))
        header = self.table.horizontalHeader()
        # Before and After share the width left; the others as wide as they need.
        for column, name in enumerate(COLUMNS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch if name in (
                "before", "after") else QHeaderView.ResizeMode.Interactive if name == "row"
                else QHeaderView.ResizeMode.ResizeToContents)
        self.table.setColumnWidth(COLUMNS.index("row"), 230)
        right_layout.addWidget(self.table, 1)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([260, 820])
        layout.addWidget(splitter, 1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.reload()

    # --- showing ---------------------------------------------------------------------------

    def reload(self) -> None:
        store = self.context.store
        self.snapshots = list(reversed(store.snapshots.for_year(self.year))) if store else []
        self.snapshot_list.blockSignals(True)
        self.snapshot_list.clear()
        for n, snapshot in enumerate(self.snapshots):
            text = self.tr("{at}  ·  {who}").format(at=_when(snapshot.taken_at), who=snapshot.taken_by)
            if n == 0:
                text = self.tr("{snapshot}  (latest)").format(snapshot=text)
            item = QListWidgetItem(text)
            item.setToolTip(self.tr("Snapshot {id}").format(id=snapshot.id))
            self.snapshot_list.addItem(item)
        self.snapshot_list.blockSignals(False)
        self.save_button.setEnabled(bool(self.snapshots))
        if self.snapshots:
            self.snapshot_list.setCurrentRow(0)
        else:
            self.summary_label.setText(self.tr("{year} has no snapshot yet: one is kept when the "
                                               "year is submitted.").format(year=self.year))

    def chosen(self) -> Snapshot | None:
        row = self.snapshot_list.currentRow()
        return self.snapshots[row] if 0 <= row < len(self.snapshots) else None

    def choose(self, snapshot_id: str, other_id: str | None = TODAY) -> None:
        """Compare snapshot `snapshot_id` with `other_id` (TODAY: today's data)."""
        self.snapshot_list.setCurrentRow(next(n for n, s in enumerate(self.snapshots) if s.id == snapshot_id))
        self.other_box.setCurrentIndex(self.other_box.findData(other_id))

    def _snapshot_chosen(self) -> None:
        snapshot = self.chosen()
        if snapshot is None:
            return
        documents = self.context.open_store.snapshots.documents(snapshot.id)
        self.documents_label.setText(self.tr("Documents kept: {names}").format(
            names=", ".join(d.file_name for d in documents) or self.tr("none")))
        self.other_box.blockSignals(True)
        self.other_box.clear()
        self.other_box.addItem(self.tr("Today's data"), TODAY)
        for other in self.snapshots:
            if other.id != snapshot.id:
                self.other_box.addItem(self.tr("The snapshot of {at} ({who})").format(
                    at=_when(other.taken_at), who=other.taken_by), other.id)
        self.other_box.setCurrentIndex(0)
        self.other_box.blockSignals(False)
        self.compare()

    def compare(self) -> None:
        snapshot = self.chosen()
        if snapshot is None:
            return
        try:
            comparison = signoff.compare_year(self.context.open_store, self.context.catalog, self.year,
                                              snapshot.id, self.other_box.currentData())
        except CMDeskError as error:
            show_error(self, error, self.tr("Cannot compare"))
            return
        self.comparison = comparison
        self.model.set_comparison(comparison)
        self.summary_label.setText(self.summary_text(comparison))

    def summary_text(self, comparison: signoff.Comparison) -> str:
        older = self.tr("the snapshot of {at} ({who})").format(
            at=_when(comparison.older.taken_at), who=comparison.older.taken_by)
        newer = (self.tr("the snapshot of {at} ({who})").format(
            at=_when(comparison.newer.taken_at), who=comparison.newer.taken_by)
            if comparison.newer else self.tr("today's data"))
        if not comparison.changes:
            return self.tr("Nothing changed between {older} and {newer}.").format(older=older, newer=newer)
        counts = ", ".join(f"{label} {comparison.counts()[table]}"
                           for table, label in table_labels().items() if comparison.counts()[table])
        return self.tr("From {older} to {newer}: {n} row(s) changed ({counts}).").format(
            older=older, newer=newer, n=len(comparison.changes), counts=counts)

    def _show_personal(self, show: bool) -> None:
        self.model.set_show_personal(show)

    # --- documents -------------------------------------------------------------------------

    def save_documents(self, folder: Path | None = None,
                       replace: Callable[[list[str]], bool] | None = None) -> list[Path]:
        """Write the chosen snapshot's documents into `folder` (asked when None). Files
        of the same names there are replaced only when `replace(names)` (by default a
        question box) agrees. Returns the paths written."""
        snapshot = self.chosen()
        store = self.context.store
        if snapshot is None or store is None:
            return []
        if folder is None:
            chosen = QFileDialog.getExistingDirectory(
                self, self.tr("Save the documents of {year} as submitted").format(year=self.year),
                str(store.path.parent))
            if not chosen:
                return []
            folder = Path(chosen)
        existing = [d.file_name for d in store.snapshots.documents(snapshot.id)
                    if (Path(folder) / d.file_name).exists()]
        if existing and not (replace or self._ask_replace)(existing):
            return []
        try:
            written = signoff.save_snapshot_documents(store, snapshot.id, folder, overwrite=bool(existing))
        except CMDeskError as error:
            show_error(self, error, self.tr("Documents not saved"))
            return []
        except OSError as error:
            show_error(self, CMDeskError(self.tr("Cannot write into {folder}: {reason}.").format(
                folder=folder, reason=error.strerror or error)), self.tr("Documents not saved"))
            return []
        self.last_saved = written
        self.documents_label.setText(self.tr("{n} document(s) saved in {folder}.").format(
            n=len(written), folder=folder))
        return written

    def _ask_replace(self, names: list[str]) -> bool:
        answer = QMessageBox.question(self, self.tr("Replace files?"), self.tr(
            "The folder has files of the same names already:\n{names}\n\nReplace them?").format(
            names="\n".join(names)))
        return answer == QMessageBox.StandardButton.Yes
