"""The casualty register's table: a lazy, thin Qt adapter over `store.casualties`.

The model holds the rowids of the matching records in their order (SQLite filters
and sorts: `store.casualties.keys`, each order served by an index) and reads rows
only when the view asks for them, a block at a time, keeping the last few blocks.
After a filter or a sort it reads how many records match and the keys of the first
block only: the first screen at 130,000 records costs two index lookups, and the
whole key list (130,000 integers, a few times longer) is read when a row past the
first block is first asked for (benchmarks/page.py).

Personal columns (name, village, coordinates) are not columns of the model unless
`set_show_personal(True)`: hidden data cannot be copied out of the table.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from cmdesk.casualties import COLUMNS, PERSONAL_FIELDS, code_label, field_labels
from cmdesk.casualties.codes import CODES
from cmdesk.collation import sort_key
from cmdesk.store.casualties import CasualtyFilter
from ui.enumless import DISPLAY_ROLE, TOOLTIP_ROLE, USER_ROLE

if TYPE_CHECKING:
    from cmdesk.store import Store

RECORD_ID_ROLE = USER_ROLE + 1  # the record's id, on every cell of its row
VALUE_ROLE = USER_ROLE + 2  # the stored value (code, number, text)

BLOCK = 200  # rows read per query
KEEP_BLOCKS = 40  # blocks kept in memory (8,000 rows)

AnyIndex = QModelIndex | QPersistentModelIndex

# Model column -> stored field (the province column shows the province's name).
_FIELD = {"province": "province_code"}
NUMERIC = {"age", "latitude", "longitude"}
_HORIZONTAL = Qt.Orientation.Horizontal
_ALIGNMENT_ROLE = Qt.ItemDataRole.TextAlignmentRole.value
_ANSWERED = frozenset({DISPLAY_ROLE, TOOLTIP_ROLE, _ALIGNMENT_ROLE, RECORD_ID_ROLE, VALUE_ROLE})
_LEFT = (Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter).value
_RIGHT = (Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value


class CasualtyRegisterModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._store: Store | None = None
        self._provinces: dict[str, str] = {}
        self._province_order: list[str] = []  # codes, by the names shown (Khmer dictionary order)
        self.selection = CasualtyFilter()
        self.sort_column = "incident_date"
        self.descending = False
        self.show_personal = False
        self.columns = self._columns()
        self._keys: list[int] = []
        self._count = 0  # rows matching
        self._complete = True  # whether `_keys` holds them all (or the first block only)
        self._blocks: OrderedDict[int, list[dict | None]] = OrderedDict()
        self._labels = field_labels()

    def _columns(self) -> tuple[str, ...]:
        return tuple(c for c in COLUMNS if self.show_personal or c not in PERSONAL_FIELDS)

    # --- what to show --------------------------------------------------------------------

    def set_store(self, store: Store, provinces: dict[str, str]) -> None:
        """Show `store`'s register; `provinces` maps codes to the names shown."""
        self._store = store
        self._provinces = dict(provinces)
        self._province_order = sorted(provinces, key=lambda code: sort_key(provinces[code]))
        self.refresh()

    def set_filter(self, selection: CasualtyFilter) -> None:
        self.selection = selection
        self.refresh()

    def set_show_personal(self, show: bool) -> None:
        if show == self.show_personal:
            return
        self.beginResetModel()
        self.show_personal = show
        self.columns = self._columns()
        self.endResetModel()

    def refresh(self) -> None:
        """Read the matching keys again (after a filter, a sort or an edit)."""
        self.beginResetModel()
        self._read_first_keys()
        self.endResetModel()

    def _read_first_keys(self) -> None:
        """How many records match, and the keys of the first block."""
        self._blocks.clear()
        if self._store is None:
            self._keys, self._count, self._complete = [], 0, True
            return
        self._keys, self._count = self._store.casualties.first_keys(
            self.selection, self.sort_column, self.descending, BLOCK, province_order=self._province_order)
        self._complete = len(self._keys) >= self._count

    def _all_keys(self) -> list[int]:
        """Every matching key, read the first time a row past the first block is needed."""
        if not self._complete:
            # The rows shown stay `_count` until the next refresh, which every edit and
            # import makes: a record another connection added since is not shown yet,
            # one it deleted shows as an empty row (as a deleted record always has).
            assert self._store is not None  # rows are counted only once a store is shown
            self._keys = self._store.casualties.keys(self.selection, self.sort_column,
                                                     self.descending, province_order=self._province_order)
            self._complete = True
        return self._keys

    def match_count(self) -> int:
        return self._count

    def record(self, row: int) -> dict | None:
        """The stored record shown in `row` (every column), or None."""
        if not 0 <= row < self._count:
            return None
        block_number, offset = divmod(row, BLOCK)
        block = self._blocks.get(block_number)
        if block is None:
            all_keys = self._keys if row < len(self._keys) else self._all_keys()
            keys = all_keys[block_number * BLOCK:(block_number + 1) * BLOCK]
            assert self._store is not None  # likewise
            found = self._store.casualties.rows(keys)
            block = [found.get(key) for key in keys]  # None: deleted since the keys were read
            self._blocks[block_number] = block
            while len(self._blocks) > KEEP_BLOCKS:
                self._blocks.popitem(last=False)
        else:
            self._blocks.move_to_end(block_number)
        return block[offset] if offset < len(block) else None

    def record_id(self, row: int) -> str | None:
        record = self.record(row)
        return record["id"] if record else None

    def row_of(self, record_id: str) -> int:
        """The row showing that record, or -1 (looked up in SQL, not by reading rows)."""
        if self._store is None:
            return -1
        key = self._store.casualties.key_of(record_id)
        if key is None:
            return -1
        try:
            return self._all_keys().index(key)
        except ValueError:
            return -1

    def loaded_rows(self) -> int:
        """How many records are held in memory (for tests and the benchmark)."""
        return sum(len(block) for block in self._blocks.values())

    # --- Qt's model interface ------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    # Qt asks these for every role of every cell and header section it paints (about
    # 1,900 calls for the first screen): the roles are compared as plain ints, the
    # roles not answered are refused first.
    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = DISPLAY_ROLE):
        if role == DISPLAY_ROLE:
            if orientation == _HORIZONTAL and 0 <= section < len(self.columns):
                return self._labels[self.columns[section]]
        elif role == VALUE_ROLE and orientation == _HORIZONTAL and 0 <= section < len(self.columns):
            return self.columns[section]
        return None

    def data(self, index: AnyIndex, role: int = DISPLAY_ROLE):
        if role not in _ANSWERED or (not index.isValid() or not 0 <= index.row() < self._count
                                     or not 0 <= index.column() < len(self.columns)):
            return None
        column = self.columns[index.column()]
        if role == _ALIGNMENT_ROLE:
            return _RIGHT if column in NUMERIC else _LEFT
        record = self.record(index.row())
        if record is None:
            return None
        if role == RECORD_ID_ROLE:
            return record["id"]
        value = record[_FIELD.get(column, column)]
        if role == VALUE_ROLE:
            return value
        text = self._text(column, value)
        if role == TOOLTIP_ROLE:
            return text if column in ("notes", "activity") and text else None
        return text

    def _text(self, column: str, value) -> str:
        if value is None:
            return ""
        if column == "province":
            return self._provinces.get(value, value)
        if column in CODES:
            return code_label(column, value)
        return str(value)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in SQL by the column's stored field."""
        if not 0 <= column < len(self.columns):
            return
        self.layoutAboutToBeChanged.emit()
        self.sort_column = _FIELD.get(self.columns[column], self.columns[column])
        self.descending = order == Qt.SortOrder.DescendingOrder
        self._read_first_keys()
        # Rows change wholesale: persistent indexes (the selection) cannot follow them.
        self.changePersistentIndexList(self.persistentIndexList(),
                                       [QModelIndex()] * len(self.persistentIndexList()))
        self.layoutChanged.emit()
