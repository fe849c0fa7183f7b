"""File > New database: where to save it and which office it belongs to."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from cmdesk.catalog import Catalog, Office
from ui.dialog_sizes import Dialog


class NewDatabaseDialog(Dialog):
    def __init__(self, catalog: Catalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New database"))
        self._offices = catalog.offices()
        layout = QFormLayout(self)
        explanation = QLabel(self.tr(
            "A new database starts with the reference data (provinces, reporting sources, "
            "items and SRAAP indicators) and no figures. Choose the office it belongs to: "
            "every record entered in it is marked with that office, so that provincial "
            "databases can later be merged at headquarters."))
        explanation.setWordWrap(True)
        layout.addRow(explanation)
        self.path_edit = QLineEdit()
        self.path_edit.setPlaceholderText(self.tr("Where to save the database"))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit)
        row.addWidget(browse)
        layout.addRow(self.tr("File:"), row)
        self.office_box = QComboBox()
        for office in self._offices:
            self.office_box.addItem(office.name, office.code)
        layout.addRow(self.tr("Office:"), self.office_box)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addRow(self.buttons)
        self.path_edit.textChanged.connect(self._update_ok)
        self._update_ok()

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("New database"), self.path_edit.text(),
            self.tr("CMDesk databases (*.cmdesk)"))
        if path:
            if not path.endswith(".cmdesk"):
                path += ".cmdesk"
            self.path_edit.setText(path)

    def _update_ok(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            bool(self.path_edit.text().strip()))

    def path(self) -> Path:
        return Path(self.path_edit.text().strip())

    def office(self) -> Office:
        return self._offices[self.office_box.currentIndex()]
