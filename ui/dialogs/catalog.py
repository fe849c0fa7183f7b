"""Tools > Items and reporting sources: the catalog as this database has it.

Add an item (code, label, group, unit, parts, and whether it is a total stated by
the source, checked against the sum of chosen items), rename or retire one, and name
the rehabilitation centres. Each change is saved at once by `store.reference` and
kept in the database, so every copy of it agrees; values stored for an item are
never changed or hidden by renaming or retiring it.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cmdesk.catalog import Catalog, Item
from cmdesk.errors import CMDeskError
from cmdesk.store import Store
from ui.dialog_sizes import Dialog
from ui.errors import show_error


class NewItemDialog(Dialog):
    """The fields of a new item. Accepting asks the store to add it; a refusal is
    shown under the fields and the dialog stays open."""

    def __init__(self, store: Store, parent: QWidget | None = None,
                 shown: Callable[[], Catalog] | None = None) -> None:
        super().__init__(parent)
        self.store = store
        # The catalog in the reader's language (the window's; in Khmer, its Khmer copy)
        # for what is shown: groups, units, parts, items. What is saved is the store's.
        self.shown = shown or (lambda: store.catalog)
        catalog = self.shown()
        self.setWindowTitle(self.tr("Add an item"))
        self.setMinimumWidth(560)
        self.group_box = QComboBox()
        for group in catalog.groups:
            self.group_box.addItem(group.label, group.code)
        self.code_edit = QLineEdit()
        self.code_edit.setPlaceholderText(self.tr("e.g. svc.home_visits (never changes once added)"))
        self.label_edit = QLineEdit()
        self.label_edit.setPlaceholderText(self.tr("As it appears on the entry page and in reports"))
        self.unit_box = QComboBox()
        for code, label in catalog.units.items():
            self.unit_box.addItem(label, code)
        self.part_checks: dict[str, QCheckBox] = {}
        parts_row = QHBoxLayout()
        for code, label in catalog.parts.items():
            check = QCheckBox(label)
            self.part_checks[code] = check
            parts_row.addWidget(check)
        parts_row.addStretch(1)
        self.stated_check = QCheckBox(self.tr("A total stated by the source, checked against the sum of:"))
        self.components = QListWidget()
        self.components.setEnabled(False)
        self.stated_check.toggled.connect(self.components.setEnabled)
        self.group_box.currentIndexChanged.connect(self._group_changed)
        self.rules_label = QLabel(self.tr(
            "Checks that apply: whole numbers, never negative; each part at most the total; "
            "female survivors at most the females and the survivors."))
        self.rules_label.setWordWrap(True)
        self.message = QLabel()
        self.message.setObjectName("formError")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #a61b1b;")

        form = QFormLayout()
        form.addRow(self.tr("Group"), self.group_box)
        form.addRow(self.tr("Code"), self.code_edit)
        form.addRow(self.tr("Label"), self.label_edit)
        form.addRow(self.tr("Unit"), self.unit_box)
        form.addRow(self.tr("Parts"), parts_row)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.stated_check)
        layout.addWidget(self.components)
        layout.addWidget(self.rules_label)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._group_changed()

    def _group_changed(self) -> None:
        """Offer the group's items as components, and its code prefix."""
        group = self.group_box.currentData()
        catalog = self.shown()
        self.components.clear()
        for item in catalog.items_in_group(group):
            if item.retired or item.is_stated_total:
                continue
            entry = QListWidgetItem(f"{item.label}  ({item.code})")
            entry.setData(Qt.ItemDataRole.UserRole, item.code)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(Qt.CheckState.Unchecked)
            self.components.addItem(entry)
        prefixes = {item.code.split(".")[0] for item in catalog.items_in_group(group)}
        if len(prefixes) == 1 and not self.code_edit.text():
            self.code_edit.setText(f"{prefixes.pop()}.")

    def item(self) -> Item:
        stated = self.stated_check.isChecked()
        components = tuple(
            self.components.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.components.count())
            if self.components.item(row).checkState() == Qt.CheckState.Checked
        )
        return Item(
            code=self.code_edit.text().strip(),
            label=self.label_edit.text(),
            group=self.group_box.currentData(),
            unit=self.unit_box.currentData(),
            parts=tuple(code for code, check in self.part_checks.items() if check.isChecked()),
            kind="stated_total" if stated else "count",
            components=components if stated else (),
        )

    def accept(self) -> None:
        try:
            self.store.reference.add_item(self.item())
        except CMDeskError as error:
            self.message.setText(str(error))
            return
        super().accept()


class CatalogDialog(Dialog):
    """Items and reporting sources of the open database. `changed` tells the caller
    whether anything was saved (the pages then rebuild from the new catalog)."""

    ITEM_COLUMNS = ("code", "label", "group", "unit", "parts", "status")

    def __init__(self, store: Store, parent: QWidget | None = None,
                 shown: Callable[[], Catalog] | None = None) -> None:
        super().__init__(parent)
        self.store = store
        # The catalog in the reader's language (see NewItemDialog). In Khmer the items'
        # English labels get a column of their own: renaming changes the English one.
        self.shown = shown or (lambda: store.catalog)
        self.bilingual = self.shown() is not store.catalog
        self.changed = False
        self.setWindowTitle(self.tr("Items and reporting sources"))
        self.resize(1160, 640)
        tabs = QTabWidget()

        items_page = QWidget()
        items_layout = QVBoxLayout(items_page)
        intro = QLabel(self.tr(
            "The items staff enter each year. Renaming or retiring an item never changes or hides "
            "the values stored for it: a retired item is no longer offered for new years, and still "
            "shows in every year that has a value for it."))
        intro.setWordWrap(True)
        items_layout.addWidget(intro)
        headers = [self.tr("Code"), self.tr("Label"), self.tr("Group"), self.tr("Unit"),
                   self.tr("Parts"), self.tr("Status")]
        if self.bilingual:
            headers.insert(2, self.tr("English label (in the documents)"))
        self.items_table = self._table(headers, stretch=1)
        items_layout.addWidget(self.items_table, 1)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add an item…"))
        self.rename_button = QPushButton(self.tr("Rename…"))
        self.retire_button = QPushButton(self.tr("Retire"))
        for button in (self.add_button, self.rename_button, self.retire_button):
            row.addWidget(button)
        row.addStretch(1)
        items_layout.addLayout(row)
        self.add_button.clicked.connect(self.add_item)
        self.rename_button.clicked.connect(self.rename_item)
        self.retire_button.clicked.connect(self.toggle_retired)
        self.items_table.itemSelectionChanged.connect(self._item_selected)
        tabs.addTab(items_page, self.tr("Items"))

        sources_page = QWidget()
        sources_layout = QVBoxLayout(sources_page)
        note = QLabel(self.tr("Where figures come from. The rehabilitation centres' names can be "
                              "set here once they are known; each source's e-mail is where its "
                              "collection workbook goes (CMDesk sends no mail, it shows the address)."))
        note.setWordWrap(True)
        sources_layout.addWidget(note)
        self.sources_table = self._table(
            [self.tr("Code"), self.tr("Name"), self.tr("Kind"), self.tr("E-mail")], stretch=1)
        sources_layout.addWidget(self.sources_table, 1)
        row = QHBoxLayout()
        self.rename_source_button = QPushButton(self.tr("Rename…"))
        self.rename_source_button.clicked.connect(self.rename_source)
        self.sources_table.itemSelectionChanged.connect(self._source_selected)
        row.addWidget(self.rename_source_button)
        self.contact_button = QPushButton(self.tr("E-mail…"))
        self.contact_button.clicked.connect(self.edit_contact)
        row.addWidget(self.contact_button)
        row.addStretch(1)
        sources_layout.addLayout(row)
        tabs.addTab(sources_page, self.tr("Reporting sources"))

        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.tabs = tabs
        read_only = store.read_only
        for button in (self.add_button, self.rename_button, self.retire_button,
                       self.rename_source_button, self.contact_button):
            button.setEnabled(not read_only)
        self.refresh()

    def _table(self, headers: list[str], stretch: int) -> QTableWidget:
        """A read-only table, one row selected at a time; column `stretch` takes the
        width the others leave."""
        table = QTableWidget(0, len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        return table

    @property
    def catalog(self) -> Catalog:
        return self.store.catalog

    def refresh(self, select: str | None = None) -> None:
        catalog, shown = self.catalog, self.shown()
        groups = {group.code: group.label for group in shown.groups}
        labels = {item.code: item.label for item in shown.items}
        self.items_table.setRowCount(len(catalog.items))
        for row, item in enumerate(catalog.items):
            cells = [item.code, labels.get(item.code, item.label), groups[item.group],
                     shown.units[item.unit], ", ".join(shown.parts[p] for p in item.parts),
                     self.tr("Retired") if item.retired else self.tr("In use")]
            if self.bilingual:
                cells.insert(2, item.label)
            for column, text in enumerate(cells):
                self.items_table.setItem(row, column, QTableWidgetItem(text))
            if item.code == select:
                self.items_table.selectRow(row)
        self.sources_table.setRowCount(len(catalog.sources))
        contacts = self.store.reference.source_contacts()
        names = {source.code: source.name for source in shown.sources}
        for row, source in enumerate(catalog.sources):
            source_cells = (source.code, names.get(source.code, source.name),
                            shown.source_kinds.get(source.kind, source.kind),
                            contacts.get(source.code, ""))
            for column, text in enumerate(source_cells):
                self.sources_table.setItem(row, column, QTableWidgetItem(text))
            if source.code == select:
                self.sources_table.selectRow(row)
        self._item_selected()
        self._source_selected()

    def selected_item(self) -> Item | None:
        rows = self.items_table.selectionModel().selectedRows()
        return self.catalog.items[rows[0].row()] if rows else None

    def select_item(self, code: str) -> None:
        self.refresh(select=code)

    def _item_selected(self) -> None:
        item = self.selected_item()
        editable = item is not None and not self.store.read_only
        self.rename_button.setEnabled(editable)
        self.retire_button.setEnabled(editable)
        self.retire_button.setText(self.tr("Bring back") if item and item.retired else self.tr("Retire"))

    def selected_source_code(self) -> str | None:
        rows = self.sources_table.selectionModel().selectedRows()
        return self.catalog.sources[rows[0].row()].code if rows else None

    def _source_selected(self) -> None:
        code = self.selected_source_code()
        self.rename_source_button.setEnabled(
            code is not None and self.catalog.source(code).editable and not self.store.read_only)
        self.contact_button.setEnabled(code is not None and not self.store.read_only)

    # --- changes -------------------------------------------------------------------------

    def add_item(self) -> None:
        dialog = NewItemDialog(self.store, self, self.shown)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.changed = True
            self.refresh(select=dialog.item().code)

    def rename_item(self) -> None:
        item = self.selected_item()
        if item is None:
            return
        label, ok = QInputDialog.getText(self, self.tr("Rename an item"),
                                         self.tr("New label for {code}:").format(code=item.code),
                                         text=item.label)
        if ok:
            self._apply(lambda: self.store.reference.update_item(item.code, label=label), item.code)

    def toggle_retired(self) -> None:
        item = self.selected_item()
        if item is not None:
            self._apply(lambda: self.store.reference.update_item(item.code, retired=not item.retired),
                        item.code)

    def rename_source(self) -> None:
        code = self.selected_source_code()
        if code is None:
            return
        name, ok = QInputDialog.getText(self, self.tr("Rename a reporting source"),
                                        self.tr("Name of {code}:").format(code=code),
                                        text=self.catalog.source(code).name)
        if ok:
            self._apply(lambda: self.store.reference.rename_source(code, name), code)

    def edit_contact(self) -> None:
        code = self.selected_source_code()
        if code is None:
            return
        email, ok = QInputDialog.getText(
            self, self.tr("A reporting source's e-mail"),
            self.tr("E-mail of {name} (empty for none):").format(name=self.catalog.source(code).name),
            text=self.store.reference.source_contacts().get(code, ""))
        if ok:
            self._apply(lambda: self.store.reference.set_source_contact(code, email), code)

    def _apply(self, change, select: str) -> None:
        try:
            change()
        except CMDeskError as error:
            show_error(self, error, self.tr("Not saved"))
            return
        self.changed = True
        self.refresh(select=select)
