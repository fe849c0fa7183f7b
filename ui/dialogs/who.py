"""The one-time "Who is entering data?" question; the answer goes into the audit log."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from ui.dialog_sizes import Dialog


class WhoDialog(Dialog):
    def __init__(self, default_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Who is entering data?"))
        layout = QVBoxLayout(self)
        text = QLabel(self.tr(
            "CMDesk records who made each change. Type your name as colleagues know it; "
            "you can change it later."))
        text.setWordWrap(True)
        layout.addWidget(text)
        self.name_edit = QLineEdit(default_name)
        layout.addWidget(self.name_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)

    def name(self) -> str:
        return self.name_edit.text().strip()
