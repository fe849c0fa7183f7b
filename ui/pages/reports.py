"""Reports: the submissions of the selected year (SRAAP tracker, VA update, Form J) as
xlsx, PDF or Word (.docx, the VA update and Form J), and the submission details their cover blocks print.

An export runs with a progress dialog and Cancel (a cancelled export leaves no file:
the core writes beside the destination and moves the file into place at the end). A
year whose figures have errors is exported only as a DRAFT, after the user has seen
the errors and agreed.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cmdesk.errors import CMDeskError
from cmdesk.reports import (
    DOCUMENT_KINDS,
    KIND_FORMATS,
    DraftRequired,
    ExportResult,
    document_file_name,
    document_titles,
    export_document,
    kinds_for,
)
from cmdesk.reports.export import KHMER_ON_REQUEST, written_in_khmer
from cmdesk.validation import Finding
from ui.context import AppContext
from ui.errors import show_error
from ui.pages.base import Page
from ui.progress import run_with_progress
from ui.widgets.frozen_note import FrozenNote


class ExportCancelled(Exception):
    """The user pressed Cancel in the progress dialog."""


class ReportsPage(Page):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.year = 0
        self.last_result: ExportResult | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        heading = QLabel(self.title())
        heading.setObjectName("pageHeading")
        layout.addWidget(heading)
        self.frozen_note = FrozenNote()
        layout.addWidget(self.frozen_note)

        document_box = QGroupBox(self.tr("Document"))
        document_form = QFormLayout(document_box)
        self.kind_box = QComboBox()
        self.format_box = QComboBox()
        self._fill_kinds()  # and the formats of the first kind
        document_form.addRow(self.tr("Document"), self.kind_box)
        self.kind_box.currentIndexChanged.connect(self._fill_formats)
        document_form.addRow(self.tr("Format"), self.format_box)
        self.year_label = QLabel()
        document_form.addRow(self.tr("Year"), self.year_label)
        self.khmer_box = QCheckBox(self.tr("In Khmer, for national use (the Committee receives "
                                           "the English one)"))
        self.khmer_box.setVisible(False)
        self.kind_box.currentIndexChanged.connect(
            lambda _index: self.khmer_box.setVisible(self.kind_box.currentData() in KHMER_ON_REQUEST))
        self.khmer_box.setVisible(self.kind_box.currentData() in KHMER_ON_REQUEST)
        document_form.addRow(self.khmer_box)
        export_row = QHBoxLayout()
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.choose_export)
        export_row.addWidget(self.export_button)
        self.open_folder_button = QPushButton(self.tr("Open folder"))
        self.open_folder_button.setVisible(False)
        self.open_folder_button.clicked.connect(self.open_folder)
        export_row.addWidget(self.open_folder_button)
        export_row.addStretch(1)
        document_form.addRow(export_row)
        self.result_label = QLabel()
        self.result_label.setObjectName("exportResult")
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        document_form.addRow(self.result_label)
        layout.addWidget(document_box)

        details_box = QGroupBox(self.tr("Submission details (printed on the documents' cover)"))
        details_form = QFormLayout(details_box)
        self.detail_edits: dict[str, QLineEdit] = {}
        for name, label, placeholder in (
            ("focal_point", self.tr("Focal point"), self.tr("e.g. Cambodian Mine Action and Victim Assistance Authority")),
            ("contact_name", self.tr("Contact name"), ""),
            ("contact_position", self.tr("Position"), ""),
            ("contact_email", self.tr("E-mail"), ""),
            ("contact_phone", self.tr("Telephone"), ""),
            ("contact_address", self.tr("Address"), ""),
            ("submission_date", self.tr("Submission date"), self.tr("YYYY-MM-DD or DD/MM/YYYY")),
        ):
            edit = QLineEdit()
            edit.setPlaceholderText(placeholder)
            edit.textEdited.connect(self._details_edited)
            details_form.addRow(label, edit)
            self.detail_edits[name] = edit
        details_buttons = QHBoxLayout()
        self.details_label = QLabel()
        details_buttons.addWidget(self.details_label, 1)
        self.save_details_button = QPushButton(self.tr("Save details"))
        self.save_details_button.clicked.connect(self.save_details)
        details_buttons.addWidget(self.save_details_button)
        details_form.addRow(details_buttons)
        layout.addWidget(details_box)
        layout.addStretch(1)
        self.details_dirty = False

    def title(self) -> str:
        return self.tr("Reports")

    def _fill_kinds(self) -> None:
        """The documents the open database's office produces: the Convention documents
        at headquarters, the provincial summary in a province."""
        store = self.context.store
        kinds = kinds_for(store) if store is not None else DOCUMENT_KINDS
        if [self.kind_box.itemData(n) for n in range(self.kind_box.count())] == list(kinds):
            return
        self.kind_box.blockSignals(True)
        self.kind_box.clear()
        titles = document_titles()
        for kind in kinds:
            self.kind_box.addItem(titles[kind], kind)
        self.kind_box.blockSignals(False)
        self._fill_formats()

    def _format_labels(self) -> dict[str, str]:
        return {"xlsx": self.tr("Excel workbook (.xlsx)"), "pdf": self.tr("PDF, ready to print (.pdf)"),
                "docx": self.tr("Word document, to edit and approve (.docx)")}

    def _fill_formats(self) -> None:
        """The formats the chosen document is written in (the tracker has no .docx),
        keeping the chosen format when the new document has it."""
        current = self.format_box.currentData()
        self.format_box.blockSignals(True)
        self.format_box.clear()
        labels = self._format_labels()
        for fmt in KIND_FORMATS[self.kind_box.currentData()]:
            self.format_box.addItem(labels[fmt], fmt)
        index = self.format_box.findData(current)
        self.format_box.setCurrentIndex(max(index, 0))
        self.format_box.blockSignals(False)

    def show_year(self, year: int) -> None:
        self.save_details()
        self.year = year
        self._fill_kinds()
        self.year_label.setText(str(year))
        store = self.context.store
        details = store.submissions.get(year) if store is not None else {}
        frozen = self.frozen_note.show_year(store, year)
        for name, edit in self.detail_edits.items():
            edit.setText(details.get(name, ""))
            edit.setReadOnly(store is None or store.read_only or frozen)
        self.details_dirty = False
        self.save_details_button.setEnabled(False)
        self.details_label.setText(
            self.tr("The database is open read-only.") if store is not None and store.read_only
            else self.tr("Submitted: these details are kept as they were sent.") if frozen else "")

    # --- submission details ---------------------------------------------------------------

    def _details_edited(self, _text: str) -> None:
        self.details_dirty = True
        self.save_details_button.setEnabled(True)
        self.details_label.setText(self.tr("Not saved yet."))

    def save_details(self) -> bool:
        """Save the edited submission details of the year. False when they are wrong
        (the error is shown; the edits stay on screen)."""
        store = self.context.store
        if not self.details_dirty or store is None or store.read_only or not self.year:
            return True
        fields = {name: edit.text().strip() for name, edit in self.detail_edits.items()}
        try:
            store.submissions.set(self.year, **fields)
        except CMDeskError as error:
            show_error(self, error, self.tr("Submission details not saved"))
            return False
        self.details_dirty = False
        self.save_details_button.setEnabled(False)
        self.details_label.setText(self.tr("Saved."))
        self.content_changed.emit()
        return True

    # --- export ---------------------------------------------------------------------------

    def choose_export(self) -> None:
        store = self.context.store
        if store is None or not self.year:
            return
        kind, fmt = self.kind_box.currentData(), self.format_box.currentData()
        suggested = store.path.with_name(document_file_name(kind, self.year, fmt))
        filters = {"xlsx": self.tr("Excel workbooks (*.xlsx)"), "pdf": self.tr("PDF files (*.pdf)"),
                   "docx": self.tr("Word documents (*.docx)")}
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export {document}").format(document=self.kind_box.currentText()),
            str(suggested), filters[fmt])
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != f".{fmt}":
            path = path.with_name(f"{path.name}.{fmt}")
        self.export(kind, path)

    def export(self, kind: str, path: Path, confirm_draft=None) -> ExportResult | None:
        """Export document `kind` of the year to `path` (.xlsx, .pdf or .docx) with progress
        and Cancel. When the year has errors, `confirm_draft(findings)` (by default a
        question box listing them) decides whether a DRAFT is written. Returns the
        result, or None when nothing was written."""
        store = self.context.store
        if store is None or not self.year or not self.save_details():
            return None
        assert kind in DOCUMENT_KINDS
        title = document_titles()[kind]
        try:
            try:
                result = self._run_export(kind, path, draft=False)
            except DraftRequired as required:
                if not (confirm_draft or self._confirm_draft)(required.findings):
                    self.result_label.setText(self.tr(
                        "Not exported: {year} has {n} error(s) in its figures. Correct them on the "
                        "entry pages, or export a draft.").format(year=self.year, n=len(required.findings)))
                    self.open_folder_button.setVisible(False)
                    return None
                result = self._run_export(kind, path, draft=True)
        except ExportCancelled:
            self.result_label.setText(self.tr("The export was cancelled; no file was written."))
            self.open_folder_button.setVisible(False)
            return None
        except CMDeskError as error:
            show_error(self, error, self.tr("Not exported"))
            return None
        except OSError as error:
            show_error(self, CMDeskError(self.tr("Cannot write {path}: {reason}.").format(
                path=path, reason=error.strerror or error)), self.tr("Not exported"))
            return None
        self.last_result = result
        if result.snapshot_id:
            sent = store.snapshots.get(result.snapshot_id)
            self.result_label.setText(self.tr(
                "{document} of {year}, as submitted on {date} by {who}, written to {path}.").format(
                document=title, year=self.year, date=sent.taken_at[:10], who=sent.taken_by,
                path=result.path))
        else:
            text = (self.tr("{document} of {year} written as a DRAFT to {path}.") if result.draft
                    else self.tr("{document} of {year} written to {path}."))
            self.result_label.setText(text.format(document=title, year=self.year, path=result.path))
        self.open_folder_button.setVisible(True)
        return result

    def _run_export(self, kind: str, path: Path, *, draft: bool) -> ExportResult:
        store = self.context.open_store
        label = self.tr("Writing {document}…").format(document=document_titles()[kind])

        def work(progress) -> ExportResult:
            def step(done: int, total: int, _what: str) -> None:
                if not progress(done, total):
                    raise ExportCancelled()

            return export_document(kind, store, self.context.catalog, self.year, path,
                                   draft=draft, progress=step, khmer=khmer,
                                   khmer_digits=self.context.khmer_digits)

        # The provincial summary follows the window's language (and its digits).
        khmer = written_in_khmer(kind, self.context.language, self.khmer_box.isChecked())

        return run_with_progress(self, label, work)

    def _confirm_draft(self, findings: list[Finding]) -> bool:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Export as DRAFT?"), self.tr(
            "{year} has {n} error(s) in its figures, for example:\n\n{first}\n\nExport as DRAFT? "
            "Every page and sheet is then marked DRAFT.").format(
            year=self.year, n=len(findings), first=findings[0].message),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setDetailedText("\n".join(f"• {finding.message}" for finding in findings))
        box.setDefaultButton(QMessageBox.StandardButton.No)
        return box.exec() == QMessageBox.StandardButton.Yes

    def open_folder(self) -> None:
        if self.last_result is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_result.path.parent)))
