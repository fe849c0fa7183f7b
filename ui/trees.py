"""The items of a QTreeWidget as lists: Qt gives an item by its row, or None past the
last (so PySide6 types each one Optional); these give the items there are."""

from __future__ import annotations

from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem


def top_level_items(tree: QTreeWidget) -> list[QTreeWidgetItem]:
    """`tree`'s top-level items, in order."""
    return [item for row in range(tree.topLevelItemCount())
            if (item := tree.topLevelItem(row)) is not None]


def child_items(parent: QTreeWidgetItem) -> list[QTreeWidgetItem]:
    """`parent`'s children, in order."""
    return [item for row in range(parent.childCount()) if (item := parent.child(row)) is not None]
