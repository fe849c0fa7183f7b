"""Tools > Provincial offices: the offices this database exchanges with, and, at
headquarters, making a province's database or a pairing code (docs/exchange.md)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cmdesk.catalog import Catalog, Office
from cmdesk.errors import CMDeskError
from cmdesk.exchange import packages
from cmdesk.store import Store
from ui.dialog_sizes import Dialog
from ui.errors import show_error


class ProvincesDialog(Dialog):
    def __init__(self, store: Store, shipped: Catalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.shipped = shipped
        self.setWindowTitle(self.tr("Provincial offices"))
        self.resize(780, 420)
        layout = QVBoxLayout(self)
        self.note = QLabel()
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("pairs")
        self.table.setHorizontalHeaderLabels([
            self.tr("Office"), self.tr("Last package sent"), self.tr("Last package received"),
            self.tr("Acknowledged by them"), self.tr("Conflicts waiting")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.create_button = QPushButton(self.tr("New provincial database…"))
        self.create_button.clicked.connect(self.choose_create)
        self.code_button = QPushButton(self.tr("Pairing code for an existing database…"))
        self.code_button.clicked.connect(self.choose_code)
        at_hq = store.office.is_headquarters and not store.read_only
        for button in (self.create_button, self.code_button):
            button.setEnabled(at_hq)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.refresh()

    def refresh(self) -> None:
        pairs = self.store.exchange.pairs()
        waiting: dict[str, int] = {}
        for conflict in self.store.exchange.conflicts():
            waiting[conflict["peer_office"]] = waiting.get(conflict["peer_office"], 0) + 1
        self.note.setText(self.tr(
            "Each office below has a database paired with this one by a secret key. Packages "
            "(Data exchange) carry what changed since the other office last acknowledged.")
            if pairs else self.tr("This database is not paired with any office yet."))
        self.table.setRowCount(len(pairs))
        for row, pair in enumerate(pairs):
            sent = self.tr("{n} on {at}").format(n=pair.sent_seq, at=(pair.last_sent_at or "")[:16]
                                                .replace("T", " ")) if pair.sent_seq else "—"
            received = self.tr("{n} on {at}").format(
                n=pair.received_seq, at=(pair.last_received_at or "")[:16].replace("T", " ")) \
                if pair.received_seq else "—"
            for column, text in enumerate((pair.peer_name, sent, received, str(pair.acked_seq),
                                           str(waiting.get(pair.peer_office, 0)))):
                self.table.setItem(row, column, QTableWidgetItem(text))

    def _province_offices(self) -> list[Office]:
        paired = {pair.peer_office for pair in self.store.exchange.pairs()}
        return [office for office in self.shipped.offices()[1:] if office.code not in paired]

    def _choose_office(self, title: str) -> Office | None:
        from PySide6.QtWidgets import QInputDialog

        offices = self._province_offices()
        names = [office.name for office in offices]
        if not names:
            return None
        name, ok = QInputDialog.getItem(self, title, self.tr("Province:"), names, 0, False)
        return offices[names.index(name)] if ok else None

    def choose_create(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        office = self._choose_office(self.tr("New provincial database"))
        if office is None:
            return
        suggested = self.store.path.with_name(f"{office.code.replace(':', '-')}.cmdesk")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("New provincial database"), str(suggested),
                                              self.tr("CMDesk databases (*.cmdesk)"))
        if path:
            self.create(office, Path(path))

    def create(self, office: Office, path: Path) -> bool:  # type: ignore[override]  # QWidget.create (native window) is not virtual: Qt never calls this
        try:
            province = packages.create_province(self.store, self.shipped, office, path)
        except CMDeskError as error:
            show_error(self, error, self.tr("Not created"))
            return False
        province.close()
        self.refresh()
        return True

    def choose_code(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        office = self._choose_office(self.tr("Pairing code"))
        if office is None:
            return
        code = self.pairing_code(office)
        if code:
            box = QMessageBox(QMessageBox.Icon.Information, self.tr("Pairing code"), self.tr(
                "Give this code to {office} in person or by telephone, not by e-mail: it is shown "
                "only now, and whoever holds it can sign packages for the province. There, "
                "run: cmdesk province pair --code CODE --db DATABASE").format(office=office.name),
                parent=self)
            box.setDetailedText(code)
            box.exec()

    def pairing_code(self, office: Office) -> str | None:
        try:
            code = packages.pairing_code(self.store, office)
        except CMDeskError as error:
            show_error(self, error, self.tr("No code made"))
            return None
        self.refresh()
        return code
