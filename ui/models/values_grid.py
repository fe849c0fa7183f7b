"""The entry grid's Qt model: a thin adapter from `cmdesk.entry.GridData` to Qt roles.

Columns: Item | Previous year | Total | each part the page uses | Unit | Comment.
The previous year sits just left of Total so that a block of Total and parts copied
from Excel pastes onto adjacent columns.
"""

from __future__ import annotations

from typing import Callable, NamedTuple

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from cmdesk.catalog import TOTAL, Catalog
from cmdesk.catalog.compilation import NationalFigure
from cmdesk.entry import Edit, GridData, GridRow, grid_parts, grid_rows
from cmdesk.errors import InputError
from cmdesk.numbers import format_count, format_qualified, parse_qualified, typed_qualified
from cmdesk.validation import Finding

CELL_ROLE = Qt.ItemDataRole.UserRole + 1  # (item code, part) of a value cell, else None
LATE_ROLE = Qt.ItemDataRole.UserRole + 3  # the day a value entered late was entered, else None
SEVERITY_ROLE = Qt.ItemDataRole.UserRole + 2  # worst finding on the cell, else None

_BACKGROUNDS = {
    "group": QColor("#dfe7f1"),
    "computed": QColor("#f3f3f3"),
    "error": QColor("#f8d7da"),
    "warning": QColor("#fff3cd"),
    "question": QColor("#e2f0fb"),
}
_LATE_TEXT = QColor("#6b3fa0")  # figures entered late: italic, in this colour


class Column(NamedTuple):
    kind: str  # "label", "previous", "value", "unit", "comment"
    part: str | None = None  # a "value" column's part

    @property
    def value_part(self) -> str:
        """The part a "value" column shows (the only kind with one)."""
        assert self.part is not None, f"a {self.kind} column has no part"
        return self.part


AnyIndex = QModelIndex | QPersistentModelIndex


class ValuesGridModel(QAbstractTableModel):
    edit_refused = Signal(str)

    def __init__(self, catalog: Catalog, page: str, parent=None,
                 show_figure: Callable[[str], str] = str) -> None:
        super().__init__(parent)
        self.catalog = catalog
        self.show_figure = show_figure  # how a formatted figure is shown (Khmer digits or not)
        self.page = page
        self.rows: list[GridRow] = grid_rows(catalog, page)
        self.columns = (
            [Column("label"), Column("previous", TOTAL), Column("value", TOTAL)]
            + [Column("value", part) for part in grid_parts(catalog, page)]
            + [Column("unit"), Column("comment", TOTAL)]
        )
        self.grid: GridData | None = None
        self.read_only = True
        self._findings: dict[tuple[str, str], list[Finding]] = {}
        # Called with the edits of one user action; returns whether they were saved.
        self.edit_handler: Callable[[list[Edit]], bool] | None = None

    # --- feeding ---------------------------------------------------------------------

    def set_grid(self, grid: GridData, read_only: bool) -> None:
        """Show `grid`. The rows change only when the years shown have values for a
        retired item (grid_rows); otherwise this is a data change, not a reset, and
        the view keeps its current cell and selection."""
        rows = grid_rows(self.catalog, self.page, keep=grid.items_with_values())
        reset = rows != self.rows
        if reset:
            self.beginResetModel()
            self.rows = rows
        self.grid = grid
        self.read_only = read_only
        self._findings = {}
        for finding in grid.findings:
            self._findings.setdefault(finding.cells[0], []).append(finding)
        if reset:
            self.endResetModel()
            return
        self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, len(self.columns) - 1))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)

    def cell(self, index: AnyIndex) -> tuple[str, str] | None:
        """The (item, part) a value cell stands for, or None."""
        row, column = self.rows[index.row()], self.columns[index.column()]
        if column.kind == "value" and row.kind == "item" and (
            column.part == TOTAL or column.part in row.parts
        ):
            return (row.code, column.part)
        return None

    def index_of(self, item: str, part: str) -> QModelIndex:
        for r, row in enumerate(self.rows):
            if row.code == item:
                for c, column in enumerate(self.columns):
                    if column.kind == "value" and column.part == part:
                        return self.index(r, c)
        return QModelIndex()

    def findings_at(self, index: AnyIndex) -> list[Finding]:
        cell = self.cell(index)
        return self._findings.get(cell, []) if cell else []

    # --- Qt model --------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        column = self.columns[section]
        if column.kind == "label":
            return self.tr("Item")
        if column.kind == "previous":
            year = self.grid.year - 1 if self.grid else None
            return self.tr("Total {year}").format(year=year) if year else self.tr("Previous year")
        if column.kind == "value":
            return self.tr("Total") if column.part == TOTAL else self.catalog.parts[column.value_part]
        return self.tr("Unit") if column.kind == "unit" else self.tr("Comment")

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        row, column = self.rows[index.row()], self.columns[index.column()]
        editable_comment = column.kind == "comment" and row.kind == "item"
        if not self.read_only and (self.cell(index) or editable_comment):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def _value(self, row: GridRow, column: Column) -> int | None:
        grid = self.grid
        if grid is None:
            return None
        values = grid.previous if column.kind == "previous" else grid.values
        if row.kind == "computed":
            return grid.computed(row, values) if column.part == TOTAL else None
        if row.kind == "item" and (column.part == TOTAL or column.part in row.parts):
            return values.get((row.code, column.part))
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], self.columns[index.column()]
        numeric = column.kind in ("previous", "value")
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column.kind == "label":
                return self.tr("{label} (retired)").format(label=row.label) if row.retired else row.label
            if column.kind == "unit":
                return row.unit
            if column.kind == "comment":
                return self.grid.comments.get((row.code, TOTAL), "") if self.grid else ""
            value = self._value(row, column)
            qualifier = (self.grid.qualifiers.get((row.code, column.value_part), "")
                         if self.grid and column.kind == "value" else "")
            if role == Qt.ItemDataRole.EditRole:
                return typed_qualified(value, qualifier).replace(",", "") if value is not None else ""
            return self.show_figure(format_qualified(value, qualifier) if qualifier else format_count(value))
        if role == Qt.ItemDataRole.TextAlignmentRole and numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and row.kind != "item":
            font = QFont()
            font.setBold(row.kind == "group")
            font.setItalic(row.kind == "computed")
            return font
        if role == Qt.ItemDataRole.FontRole and self._late(index):
            font = QFont()
            font.setItalic(True)  # entered late: see the tooltip
            return font
        if role == Qt.ItemDataRole.ForegroundRole and self._late(index):
            return QBrush(_LATE_TEXT)
        if role == LATE_ROLE:
            return self._late(index)
        if role == CELL_ROLE:
            return self.cell(index)
        findings = self.findings_at(index)
        if role == SEVERITY_ROLE:
            return findings[0].severity if findings else None
        if role == Qt.ItemDataRole.BackgroundRole:
            if findings:
                return QBrush(_BACKGROUNDS[findings[0].severity])
            if row.kind in ("group", "computed"):
                return QBrush(_BACKGROUNDS[row.kind])
            if column.kind == "previous" or (numeric and self.cell(index) is None):
                return QBrush(_BACKGROUNDS["computed"])
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column, findings, index)
        return None

    def _late(self, index) -> str | None:
        """The day the value in `index` was entered, when it was entered late."""
        cell = self.cell(index)
        return self.grid.late.get(cell) if self.grid and cell else None

    def _tooltip(self, row: GridRow, column: Column, findings: list[Finding], index) -> str | None:
        rule = self.tr("Rule")  # not inside the f-string: lupdate would miss it
        lines = [f"{f.message}\n({rule}: {f.description})" for f in findings]
        cell = self.cell(index)
        late = self._late(index)
        if late and self.grid:
            lines.append(self.tr("Entered late, on {day}: after the end of {next}, when {year}'s figures "
                                 "were reported.").format(day=late, next=self.grid.year + 1, year=self.grid.year))
        if self.grid and cell and cell in self.grid.how:
            lines += self._how_lines(self.grid.how[cell])
        if row.kind == "computed" and column.part == TOTAL:
            lines.append(self.tr("Computed: the sum of {items}.").format(
                items=", ".join(self.catalog.item(code).label for code in row.sum_of)))
        return "\n".join(lines) or None

    def _how_lines(self, figure: NationalFigure) -> list[str]:
        """How a national figure was made, in words (the catalog's compilation rules)."""
        names = {s.code: s.name for s in self.catalog.sources}
        lines = [{
            "national": self.tr("How this figure was made: the national total entered."),
            "authoritative": self.tr("How this figure was made: the authoritative source's value."),
            "sum": self.tr("How this figure was made: the sum of the sources, those that overlap counted once."),
        }[figure.rule]]
        lines += [self.tr("  added: {source}: {value}").format(source=names.get(code, code), value=f"{value:,}")
                  for code, value in figure.added]
        lines += [self.tr("  not added: {source}: {value} ({reason})").format(
            source=names.get(n.source, n.source), value=f"{n.value:,}", reason=n.reason)
            for n in figure.not_added]
        return lines

    def setData(self, index: AnyIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not (self.flags(index) & Qt.ItemFlag.ItemIsEditable):
            return False
        row, column = self.rows[index.row()], self.columns[index.column()]
        if column.kind == "comment":
            total = self.grid.values.get((row.code, TOTAL)) if self.grid else None
            edit = Edit(row.code, TOTAL, total, str(value))
        else:
            try:
                number, qualifier = parse_qualified(str(value))
                edit = Edit(row.code, column.value_part, number, qualifier=qualifier)
            except InputError as error:
                self.edit_refused.emit(f"{row.label}, {self.headerData(index.column(), Qt.Orientation.Horizontal)}: {error}")
                return False
        return bool(self.edit_handler and self.edit_handler([edit]))
