"""Data exchange > packages with headquarters or the provinces (docs/exchange.md):
send, receive with a preview, undo the last receive, and the conflicts waiting.

The panel calls the core's operations (cmdesk.exchange.packages) and shows what they
return; every question it asks (which province, confirm a preview, a value typed) goes
through a method a test can replace.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cmdesk.errors import CMDeskError
from cmdesk.exchange import packages
from ui.context import AppContext
from ui.dialog_sizes import Dialog
from ui.errors import show_error

if TYPE_CHECKING:
    from cmdesk.store import Store


def _text(value: object) -> str:
    if value is None:
        return "—"
    if isinstance(value, dict):
        return ", ".join(f"{k}: {v}" for k, v in value.items() if v not in (None, ""))
    return str(value)


class PreviewDialog(Dialog):
    """What a package would do, before it is applied."""

    def __init__(self, receipt: packages.Receipt, labels: dict[str, str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Receive package {seq} from {office}").format(
            seq=receipt.seq, office=receipt.peer_name))
        self.resize(760, 460)
        layout = QVBoxLayout(self)
        summary = QLabel(summary_text(receipt, labels))
        summary.setWordWrap(True)
        summary.setObjectName("previewSummary")
        layout.addWidget(summary)
        self.table = items_table(receipt, labels, self)
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok |
                                   QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Apply"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


def table_labels() -> dict[str, str]:
    """What each kind of shared row is called on screen."""
    translate = QCoreApplication.translate
    return {
        "casualties": translate("PackagesPanel", "Casualty record"),
        "aggregate_values": translate("PackagesPanel", "Value"),
        "funding_lines": translate("PackagesPanel", "Funding line"),
        "narratives": translate("PackagesPanel", "Narrative"),
        "acknowledgements": translate("PackagesPanel", "Acknowledgement"),
        "items": translate("PackagesPanel", "Catalog item"),
        "sources": translate("PackagesPanel", "Reporting source"),
        "reporting_years": translate("PackagesPanel", "Year status"),
    }


def summary_text(receipt: packages.Receipt, labels: dict[str, str]) -> str:
    counts = [f"{receipt.count(outcome)} {label}" for outcome, label in labels.items()
              if outcome != "same"]
    return ", ".join(counts) + "."


def items_table(receipt: packages.Receipt, labels: dict[str, str], parent: QWidget) -> QTableWidget:
    """The rows a package adds, changes, deletes, refuses or puts in conflict (those
    already the same are left out)."""
    items = [item for item in receipt.items if item.outcome != "same"]
    table = QTableWidget(len(items), 5, parent)
    table.setObjectName("previewItems")
    translate = QCoreApplication.translate
    table.setHorizontalHeaderLabels([  # spelled out, so that pyside6-lupdate finds them
        translate("PackagesPanel", "What"), translate("PackagesPanel", "Data"),
        translate("PackagesPanel", "Row"), translate("PackagesPanel", "Field"),
        translate("PackagesPanel", "Detail")])
    kinds = table_labels()
    for row, item in enumerate(items):
        if item.outcome == "refused":
            detail = str(item.detail)
        elif item.outcome == "changed":
            detail = f"{_text(item.old)} → {_text(item.new)}"
        elif item.outcome in ("conflict", "held"):
            detail = translate("PackagesPanel", "here {mine}, there {theirs}").format(
                mine=_text(item.old), theirs=_text(item.new))
        else:
            detail = ""
        for column, text in enumerate((labels.get(item.outcome, item.outcome),
                                       kinds.get(item.table, item.table), item.key,
                                       "" if item.field == "*" else item.field, detail)):
            table.setItem(row, column, QTableWidgetItem(text))
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class PackagesPanel(QGroupBox):
    """Packages with the other offices, and the conflicts they left."""

    changed = Signal()  # a receive, an undo or a resolution changed the data
    catalog_changed = Signal()  # ... and headquarters' reference data with it

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setTitle(self.tr("Packages with headquarters and the provinces (.cmdx)"))
        layout = QVBoxLayout(self)
        self.about = QLabel()
        self.about.setWordWrap(True)
        layout.addWidget(self.about)
        buttons = QHBoxLayout()
        self.send_button = QPushButton()
        self.send_button.setObjectName("sendPackage")
        self.send_button.clicked.connect(self.choose_send)
        self.receive_button = QPushButton(self.tr("Receive a package…"))
        self.receive_button.setObjectName("receivePackage")
        self.receive_button.clicked.connect(self.choose_receive)
        self.undo_button = QPushButton(self.tr("Undo the last package received"))
        self.undo_button.setObjectName("undoReceive")
        self.undo_button.clicked.connect(self.undo_receive)
        for button in (self.send_button, self.receive_button, self.undo_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.result_label = QLabel()
        self.result_label.setObjectName("packageResult")
        self.result_label.setWordWrap(True)
        layout.addWidget(self.result_label)

        self.conflicts_label = QLabel()
        self.conflicts_label.setObjectName("conflictsHeading")
        layout.addWidget(self.conflicts_label)
        self.conflicts_table = QTableWidget(0, 7)
        self.conflicts_table.setObjectName("conflicts")
        self.conflicts_table.setHorizontalHeaderLabels([
            self.tr("Key"), self.tr("Data"), self.tr("Row"), self.tr("Field"), self.tr("Base"),
            self.tr("Mine"), self.tr("Theirs")])
        self.conflicts_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.conflicts_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.conflicts_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.conflicts_table.verticalHeader().setVisible(False)
        self.conflicts_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.conflicts_table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.conflicts_table, 1)
        resolve = QHBoxLayout()
        self.mine_button = QPushButton(self.tr("Keep mine"))
        self.mine_button.clicked.connect(lambda: self.resolve_selected("mine"))
        self.theirs_button = QPushButton(self.tr("Take theirs"))
        self.theirs_button.clicked.connect(lambda: self.resolve_selected("theirs"))
        self.value_button = QPushButton(self.tr("Type a value…"))
        self.value_button.clicked.connect(self.choose_value)
        for button in (self.mine_button, self.theirs_button, self.value_button):
            resolve.addWidget(button)
        resolve.addStretch(1)
        layout.addLayout(resolve)
        self.conflicts: list[packages.OpenConflict] = []
        self.refresh()

    def outcome_labels(self) -> dict[str, str]:
        return {
            "added": self.tr("to add"), "changed": self.tr("field(s) to change"),
            "deleted": self.tr("to delete"), "conflict": self.tr("in conflict"),
            "held": self.tr("held (a submitted year)"), "refused": self.tr("refused"),
            "same": self.tr("already the same"),
        }

    # --- state ------------------------------------------------------------------------------

    def refresh(self) -> None:
        store = self.context.store
        pairs = [] if store is None else store.exchange.pairs()
        writable = store is not None and not store.read_only
        at_hq = store is not None and store.office.is_headquarters
        self.send_button.setText(self.tr("Send to a province…") if at_hq
                                 else self.tr("Send to headquarters…"))
        self.send_button.setEnabled(writable and bool(pairs))
        self.receive_button.setEnabled(writable and bool(pairs))
        last = None if store is None else store.exchange.last_receipt()
        self.undo_button.setEnabled(writable and last is not None and bool(last["undo_backup"])
                                    and store is not None and store.audit.last_id() == last["audit_after"])
        if not pairs:
            self.about.setText(self.tr(
                "This database is not paired with another office yet. At headquarters, make a "
                "province's database with Tools > Provincial offices."))
        else:
            self.about.setText(self.tr(
                "Exchanges with: {offices}. A package carries what changed here since the other "
                "office last acknowledged; a received one is merged field by field, and a field "
                "both sides changed waits below for your choice.").format(
                    offices=", ".join(p.peer_name for p in pairs)))
        self.conflicts = [] if store is None else packages.conflicts(store)
        self.conflicts_label.setText(self.tr("Conflicts waiting: {n}").format(n=len(self.conflicts)))
        table = self.conflicts_table
        table.setRowCount(len(self.conflicts))
        for row, conflict in enumerate(self.conflicts):
            texts = (conflict.key, table_labels().get(conflict.table, conflict.table), conflict.row_key,
                     self.tr("(whole row)") if conflict.field == "*" else conflict.field,
                     _text(conflict.base), f"{_text(conflict.mine)}  ({conflict.mine_who})",
                     f"{_text(conflict.theirs)}  ({conflict.theirs_who}, {conflict.theirs_at[:16]})")
            for column, text in enumerate(texts):
                cell = QTableWidgetItem(text)
                cell.setData(Qt.ItemDataRole.UserRole, conflict.key)
                table.setItem(row, column, cell)
        for button in (self.mine_button, self.theirs_button, self.value_button):
            button.setEnabled(writable and bool(self.conflicts))

    # --- sending ------------------------------------------------------------------------------

    def choose_send(self) -> None:
        from PySide6.QtWidgets import QFileDialog, QInputDialog

        store = self.context.store
        if store is None:
            return
        pairs = store.exchange.pairs()
        if len(pairs) == 1:
            pair = pairs[0]
        else:
            names = [p.peer_name for p in pairs]
            name, ok = QInputDialog.getItem(self, self.tr("Send a package"),
                                            self.tr("Send to:"), names, 0, False)
            if not ok:
                return
            pair = pairs[names.index(name)]
        suggested = store.path.with_name(
            f"{store.office.code.replace(':', '-')}-to-{pair.peer_office.replace(':', '-')}-"
            f"{pair.sent_seq + 1}.cmdx")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Send a package"), str(suggested),
                                              self.tr("CMDesk packages (*.cmdx)"))
        if path:
            self.send_to(pair.peer_office, Path(path))

    @staticmethod
    def _peer_name(store: Store, peer_office: str) -> str:
        pair = store.exchange.pair(peer_office)
        return pair.peer_name if pair is not None else peer_office

    def send_to(self, peer_office: str, path: Path) -> packages.SendResult | None:
        store = self.context.store
        assert store is not None
        try:
            result = packages.send(store, peer_office, path)
        except (CMDeskError, OSError) as error:
            show_error(self, error if isinstance(error, CMDeskError) else CMDeskError(str(error)),
                       self.tr("Not sent"))
            return None
        self.result_label.setText(self.tr(
            "Package {seq} written to {path}: {n} row(s) changed since the last acknowledged "
            "state. Carry it to {office}.").format(
                seq=result.seq, path=result.path, n=result.rows,
                office=self._peer_name(store, peer_office)))
        self.refresh()
        return result

    # --- receiving ----------------------------------------------------------------------------

    def choose_receive(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(self, self.tr("Receive a package"), "",
                                              self.tr("CMDesk packages (*.cmdx);;All files (*)"))
        if path:
            self.receive_file(Path(path))

    def confirm_preview(self, receipt: packages.Receipt) -> bool:
        return PreviewDialog(receipt, self.outcome_labels(), self).exec() == QDialog.DialogCode.Accepted

    def receive_file(self, path: Path, confirm=None) -> packages.Receipt | None:
        """Check `path`, show what it would do (`confirm(receipt)`, by default the
        preview dialog), and apply it in one transaction when the user agrees."""
        store = self.context.store
        if store is None:
            return None
        try:
            preview = packages.receive(store, path, dry_run=True)
        except CMDeskError as error:
            show_error(self, error, self.tr("Not received"))
            self.result_label.setText(self.tr("{name} was not received: nothing was changed.").format(
                name=Path(path).name))
            return None
        if not (confirm or self.confirm_preview)(preview):
            self.result_label.setText(self.tr("{name}: not applied.").format(name=Path(path).name))
            return None
        try:
            receipt = packages.receive(store, path)
        except CMDeskError as error:
            show_error(self, error, self.tr("Not received"))
            return None
        labels = self.outcome_labels()
        text = self.tr("Package {seq} from {office} applied: {summary}").format(
            seq=receipt.seq, office=receipt.peer_name, summary=summary_text(receipt, labels))
        if receipt.duplicates:
            text += " " + self.tr("{n} received record(s) may duplicate records here: see the "
                                  "possible duplicates on the Casualties page.").format(
                                      n=len(receipt.duplicates))
        self.result_label.setText(text)
        self.refresh()
        self.changed.emit()
        if receipt.changed_catalog:
            self.catalog_changed.emit()
        return receipt

    def undo_receive(self) -> bool:
        store = self.context.store
        if store is None:
            return False
        try:
            receipt = packages.undo_receive(store)
        except CMDeskError as error:
            show_error(self, error, self.tr("Not undone"))
            self.refresh()
            return False
        self.result_label.setText(self.tr("Package {seq} from {office} was undone: the database is "
                                          "as it was before it was received.").format(
                                              seq=receipt.seq, office=receipt.peer_name))
        self.refresh()
        self.changed.emit()
        self.catalog_changed.emit()  # the whole database as it was: its catalog too
        return True

    # --- conflicts ----------------------------------------------------------------------------

    def selected_conflict(self) -> packages.OpenConflict | None:
        row = self.conflicts_table.currentRow()
        return self.conflicts[row] if 0 <= row < len(self.conflicts) else None

    def choose_value(self) -> None:
        from PySide6.QtWidgets import QInputDialog

        conflict = self.selected_conflict()
        if conflict is None:
            return
        value, ok = QInputDialog.getText(self, self.tr("Type a value"), self.tr(
            "{field} of {row} (base {base}, mine {mine}, theirs {theirs}):").format(
                field=conflict.field, row=conflict.row_key, base=_text(conflict.base),
                mine=_text(conflict.mine), theirs=_text(conflict.theirs)))
        if ok:
            self.resolve_selected("value", value)

    def resolve_selected(self, take: str, value: str | None = None) -> bool:
        store = self.context.store
        conflict = self.selected_conflict()
        if store is None or conflict is None:
            return False
        try:
            packages.resolve(store, conflict.key, take, value)
        except CMDeskError as error:
            show_error(self, error, self.tr("Not settled"))
            return False
        self.result_label.setText(self.tr("Conflict {key} settled: your choice travels in the next "
                                          "package to {office}.").format(
                                              key=conflict.key, office=conflict.peer_name))
        self.refresh()
        self.changed.emit()
        return True
