"""The Possible duplicates tab: groups of records that may be the same casualty,
merged into one record or marked as distinct."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cmdesk.casualties import code_label
from ui.pages.casualties.commands import MarkDistinct, MergeRecords
from ui.pages.casualties.parts import PagePart
from ui.trees import top_level_items


class CasualtyDuplicatesTab(PagePart):
    """The Possible duplicates tab's part of CasualtiesPage (which mixes it in)."""

    def _build_duplicates(self) -> QWidget:
        tab = QWidget()
        self.duplicates_tab = tab
        layout = QVBoxLayout(tab)
        intro = QLabel(self.tr("Records with the same date, province, sex, age and device type may be "
                               "the same casualty. Select the record to keep and merge the group "
                               "into it, or mark the group as different casualties."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.duplicates_tree = QTreeWidget()
        self.duplicates_tree.setHeaderLabels([self.tr("Group / CMVIS number"), self.tr("Outcome"),
                                              self.tr("District"), self.tr("Entered")])
        self.duplicates_tree.itemSelectionChanged.connect(self._update_buttons)
        layout.addWidget(self.duplicates_tree, 1)
        buttons = QHBoxLayout()
        self.duplicates_label = QLabel()
        buttons.addWidget(self.duplicates_label)
        buttons.addStretch(1)
        self.merge_button = QPushButton(self.tr("&Merge into the selected record"))
        self.merge_button.clicked.connect(self.merge_selected)
        self.distinct_button = QPushButton(self.tr("Mark as &distinct"))
        self.distinct_button.clicked.connect(self.mark_selected_distinct)
        buttons.addWidget(self.merge_button)
        buttons.addWidget(self.distinct_button)
        layout.addLayout(buttons)
        self.duplicate_groups: list[list[dict]] = []
        self._duplicates_stale = True
        return tab

    def show_duplicates(self, record_ids: list[str]) -> None:
        """The Possible duplicates tab with the group of `record_ids` selected."""
        self.tabs.setCurrentIndex(self.tabs.indexOf(self.duplicates_tab))
        wanted = set(record_ids)
        for row, group in enumerate(top_level_items(self.duplicates_tree)):
            if row < len(self.duplicate_groups) and {r["id"] for r in self.duplicate_groups[row]} == wanted:
                self.duplicates_tree.setCurrentItem(group)
                self.duplicates_tree.scrollToItem(group)
                return

    def refresh_duplicates(self) -> None:
        self._duplicates_stale = False
        self.duplicates_tree.clear()
        if self._store is None:
            return
        provinces = {p.code: self.context.province_name(p) for p in self.context.catalog.provinces}
        self.duplicate_groups = self.shown_store.casualties.duplicate_groups()
        for n, group in enumerate(self.duplicate_groups):
            first = group[0]
            title = " · ".join(str(part) for part in (
                first["incident_date"], provinces.get(first["province_code"], self.tr("province unknown")),
                code_label("sex", first["sex"]),
                first["age"] if first["age"] is not None else self.tr("age unknown"),
                code_label("device_type", first["device_type"])))
            top = QTreeWidgetItem([self.tr("{title} ({n} records)").format(title=title, n=len(group))])
            top.setData(0, Qt.ItemDataRole.UserRole, (n, None))
            for record in group:
                child = QTreeWidgetItem([record["source_id"] or self.tr("(no number)"),
                                         code_label("outcome", record["outcome"]),
                                         record["district"], record["created_at"][:10]])
                child.setData(0, Qt.ItemDataRole.UserRole, (n, record["id"]))
                top.addChild(child)
            self.duplicates_tree.addTopLevelItem(top)
            top.setExpanded(True)
        self.duplicates_label.setText(self.tr("{n} group(s) of possible duplicates").format(
            n=len(self.duplicate_groups)))
        self._update_buttons()

    def _chosen_duplicate(self) -> tuple[int, str | None] | None:
        items = self.duplicates_tree.selectedItems() if hasattr(self, "duplicates_tree") else []
        return items[0].data(0, Qt.ItemDataRole.UserRole) if items else None

    def merge_selected(self) -> None:
        chosen = self._chosen_duplicate()
        if not self._writable() or chosen is None or chosen[1] is None:
            return
        group = self.duplicate_groups[chosen[0]]
        keep = next(r for r in group if r["id"] == chosen[1])
        others = [r for r in group if r["id"] != keep["id"]]
        self.undo_stack.push(MergeRecords(keep, others, *self._command_args()))
        self.refresh_duplicates()

    def mark_selected_distinct(self) -> None:
        chosen = self._chosen_duplicate()
        if not self._writable() or chosen is None:
            return
        record_ids = [r["id"] for r in self.duplicate_groups[chosen[0]]]
        self.undo_stack.push(MarkDistinct(record_ids, *self._command_args()))
        self.refresh_duplicates()
