"""File > Restore from backup: pick one of the automatic backups, or any backup file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cmdesk.store import Store
from ui.dialog_sizes import Dialog


class RestoreDialog(Dialog):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from backup"))
        self.resize(560, 380)
        self._chosen: Path | None = None
        layout = QVBoxLayout(self)
        note = QLabel(self.tr(
            "Restoring replaces everything in {name} with the backup's content. The current "
            "content is backed up first, so a restore can itself be undone.").format(
                name=store.path.name))
        note.setWordWrap(True)
        layout.addWidget(note)
        self.backup_list = QListWidget()
        for backup in store.list_backups():
            item = QListWidgetItem(self.tr("{when}  ({reason})").format(
                when=backup.taken_at.strftime("%Y-%m-%d %H:%M:%S"), reason=backup.reason))
            item.setData(Qt.ItemDataRole.UserRole, str(backup.path))
            self.backup_list.addItem(item)
        if self.backup_list.count() == 0:
            self.backup_list.addItem(self.tr("No automatic backups yet."))
            self.backup_list.setEnabled(False)
        layout.addWidget(self.backup_list)
        other = QPushButton(self.tr("Choose another backup file…"))
        other.clicked.connect(self._choose_file)
        layout.addWidget(other)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Restore"))
        self.buttons.accepted.connect(self._accept_selected)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def _accept_selected(self) -> None:
        item = self.backup_list.currentItem()
        if item is not None and item.data(Qt.ItemDataRole.UserRole):
            self._chosen = Path(item.data(Qt.ItemDataRole.UserRole))
            self.accept()

    def _choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a backup"), "", self.tr("CMDesk databases (*.cmdesk);;All files (*)"))
        if path:
            self._chosen = Path(path)
            self.accept()

    def chosen(self) -> Path | None:
        return self._chosen
