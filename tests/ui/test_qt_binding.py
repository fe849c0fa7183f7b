"""Known defects of the Qt binding that CMDesk must not run on."""

import sys

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt


class EmptyModel(QAbstractTableModel):
    def rowCount(self, parent=QModelIndex()):
        return 1

    def columnCount(self, parent=QModelIndex()):
        return 1

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        return None


def test_qt_reading_a_none_from_data_keeps_none_alive(qapp):
    # PySide6 6.12.0 decrements None's reference count on every such read; on Python
    # 3.11 the program then aborts with "deallocating None" (pyproject.toml pins < 6.12).
    model = EmptyModel()
    index = model.index(0, 0)
    before = sys.getrefcount(None)
    for _ in range(1000):
        index.data(Qt.ItemDataRole.DecorationRole)
    assert sys.getrefcount(None) >= before - 10
