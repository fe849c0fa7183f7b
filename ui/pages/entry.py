"""The Services and Assistive devices pages: a spreadsheet-like grid per reporting
source (or the read-only national view), saved cell by cell, with undo and checks."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from cmdesk.entry import NATIONAL_VIEW, Edit, apply_edits, load_grid
from cmdesk.errors import CMDeskError, InputError
from cmdesk.numbers import QUALIFIERS, parse_qualified, qualifier_labels
from cmdesk.years import entered_late
from ui.context import AppContext
from ui.errors import error_text, show_error
from ui.models.values_grid import ValuesGridModel
from ui.pages.base import Page
from ui.undo import UndoButtons
from ui.widgets.combo import shrinkable
from ui.widgets.frozen_note import FrozenNote
from ui.widgets.grid_view import GridView


class ValuesEdit(QUndoCommand):
    """One user action on the grid (a typed cell, a paste, a clear): redo writes the
    new values, undo the old ones, each through one core operation. Either way the
    grid first shows the source the values belong to, so that what is undone is seen."""

    def __init__(self, page: "EntryPage", year: int, source: str,
                 new: list[Edit], old: list[Edit], text: str) -> None:
        super().__init__(text)
        self.page, self.year, self.source, self.new, self.old = page, year, source, new, old
        self._first = True  # the edit was already applied when the command was pushed

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self.page.write(self.year, self.source, self.new)

    def undo(self) -> None:
        self.page.write(self.year, self.source, self.old)


class EntryPage(Page):
    def __init__(self, context: AppContext, page: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._title = title
        self.year = 0
        self.undo_stack = QUndoStack(self)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        heading = QLabel(title)
        heading.setObjectName("pageHeading")
        layout.addWidget(heading)

        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Reporting source:")))
        self.source_box = shrinkable(QComboBox(), 24)  # the sources' names are long, in Khmer longer
        self.source_box.setObjectName("sourceSelector")
        self.source_box.addItem(self.tr("National view (all sources, read-only)"), NATIONAL_VIEW)
        for source in context.catalog.sources:
            self.source_box.addItem(source.name, source.code)
        self.source_box.currentIndexChanged.connect(lambda _: self.reload())
        bar.addWidget(self.source_box, 1)
        bar.addStretch(1)
        # Undo and Redo as on Budget and Casualties; the keys are the Edit menu's.
        self.undo_buttons = UndoButtons(self.undo_stack, self)
        bar.addWidget(self.undo_buttons.undo)
        bar.addWidget(self.undo_buttons.redo)
        layout.addLayout(bar)
        self.mode_label = QLabel()
        self.mode_label.setObjectName("pageSubheading")
        self.mode_label.setWordWrap(True)
        layout.addWidget(self.mode_label)
        self.frozen_note = FrozenNote()
        layout.addWidget(self.frozen_note)

        self.model = ValuesGridModel(context.catalog, page, self, show_figure=context.figure)
        self.model.edit_handler = self.submit
        self.model.edit_refused.connect(self._refused)
        self.view = GridView()
        self.view.setModel(self.model)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.view.paste_requested.connect(self.paste)
        self.view.clear_requested.connect(self.clear)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)

        self.findings = QListWidget()
        self.findings.setObjectName("findings")
        self.findings.itemActivated.connect(self._jump)
        self.findings.itemClicked.connect(self._jump)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.view)
        splitter.addWidget(self.findings)
        splitter.setSizes([600, 120])
        layout.addWidget(splitter, 1)


    def title(self) -> str:
        return self._title

    def source(self) -> str | None:
        return self.source_box.currentData()

    def edited_source(self) -> str:
        """The source shown, for an edit or a value's history: only a source's values
        have them (the national view is read-only, its figures are compiled)."""
        source = self.source()
        assert source is not NATIONAL_VIEW, "the national view is read-only"
        return source

    def set_source(self, code: str | None) -> None:
        self.source_box.setCurrentIndex(self.source_box.findData(code))

    def show_year(self, year: int) -> None:
        if year != self.year:
            self.undo_stack.clear()  # undo steps belong to the year they were made in
        self.year = year
        self.reload()

    def reload(self) -> None:
        store = self.context.store
        if store is None or not self.year:
            return
        source = self.source()
        grid = load_grid(store, self.context.catalog, self.year, source)
        frozen = self.frozen_note.show_year(store, self.year)
        read_only = source is NATIONAL_VIEW or store.read_only or frozen
        self.model.set_grid(grid, read_only)
        self.mode_label.setText(
            self.tr("{year}: national figures: the national total where entered, else the "
                    "authoritative source, else the sum of the sources that do not overlap. Hover a "
                    "cell for how it was made.").format(year=self.year)
            if source is NATIONAL_VIEW else
            self.tr("{year}: type or paste figures; each change is saved at once.").format(year=self.year)
            + (" " + self.tr("Figures typed now are marked as entered late (in italics): {year} was "
                             "reported in {next}.").format(year=self.year, next=self.year + 1)
               if entered_late(self.year, date.today()) else ""))
        self.findings.clear()
        on_page = {row.code for row in self.model.rows}
        for finding in (f for f in grid.findings if f.cells[0][0] in on_page):
            item = QListWidgetItem(self.tr("{severity}: {message}").format(
                severity=self._severity_label(finding.severity), message=finding.message))
            item.setToolTip(finding.description)
            item.setData(Qt.ItemDataRole.UserRole, finding.cells[0])
            self.findings.addItem(item)
        if self.findings.count() == 0:
            self.findings.addItem(self.tr("No problems found in these figures."))

    def _severity_label(self, severity: str) -> str:
        return {"error": self.tr("Error"), "warning": self.tr("Warning"),
                "question": self.tr("Question")}[severity]

    # --- edits -------------------------------------------------------------------------

    def write(self, year: int, source: str, edits: list[Edit]) -> None:
        """Apply edits through the core (used by undo and redo): first show `source`'s
        figures when another source is on screen, then the result, with the cells
        changed selected."""
        if self.source() != source:
            self.set_source(source)
        try:
            apply_edits(self.context.open_store, self.context.catalog, year, source, edits)
        except CMDeskError as error:
            show_error(self, error, self.tr("Cannot undo or redo this change"))
        self.reload()
        if edits:
            self.select_cell((edits[0].item, edits[0].part))

    def submit(self, edits: list[Edit], text: str | None = None) -> bool:
        """Save one user action (one undo step). Refused edits are explained and nothing
        is saved."""
        source = self.edited_source()
        try:
            done = apply_edits(self.context.open_store, self.context.catalog, self.year, source, edits)
        except CMDeskError as error:
            self._refused(error_text(error))
            return False
        label = text or self.tr("Edit {n} value(s)").format(n=len(edits))
        name = self.source_box.currentText()
        self.undo_stack.push(ValuesEdit(self, self.year, source, edits, done.undo,
                                        self.tr("{what} ({source})").format(what=label, source=name)))
        self.reload()
        return True

    def paste(self, top_left: QModelIndex, block: list[list[str]]) -> None:
        """Paste a block copied from Excel onto the grid, as one undo step."""
        edits = []
        for r, cells in enumerate(block):
            for c, text in enumerate(cells):
                index = self.model.index(top_left.row() + r, top_left.column() + c)
                cell = self.model.cell(index) if index.isValid() else None
                if cell is None:
                    if text.strip():
                        self._refused(self.tr(
                            "The pasted block does not fit: row {row}, column {column} of the "
                            "block ('{text}') falls on a cell that takes no value. Nothing was "
                            "pasted.").format(row=r + 1, column=c + 1, text=text.strip()))
                        return
                    continue
                try:
                    value, qualifier = parse_qualified(text)
                    edits.append(Edit(cell[0], cell[1], value, qualifier=qualifier))
                except InputError as error:
                    self._refused(self.tr("Row {row}, column {column} of the pasted block: {error} "
                                          "Nothing was pasted.").format(row=r + 1, column=c + 1, error=error))
                    return
        if edits and not self.model.read_only:
            self.submit(edits, self.tr("Paste {n} value(s)").format(n=len(edits)))

    def clear(self, indexes: list[QModelIndex]) -> None:
        cells = [self.model.cell(i) for i in indexes]
        edits = [Edit(item, part, None) for item, part in filter(None, cells)
                 if self.model.grid and (item, part) in self.model.grid.values]
        if edits and not self.model.read_only:
            self.submit(edits, self.tr("Clear {n} value(s)").format(n=len(edits)))

    def _refused(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("Not saved"), message)

    def _jump(self, item: QListWidgetItem) -> None:
        cell = item.data(Qt.ItemDataRole.UserRole)
        if cell:
            self.select_cell(cell)

    def select_cell(self, cell: tuple[str, str]) -> None:
        index = self.model.index_of(*cell)
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)
        self.view.setFocus()

    def go_to_cell(self, source: str | None, cell: tuple[str, str]) -> None:
        """Show `source`'s figures (None: the national view) with `cell` selected:
        where a finding of the year's checks opens."""
        if self.source() != source:
            self.set_source(source)
        self.select_cell(cell)

    # --- comment and history -----------------------------------------------------------

    def _context_menu(self, position) -> None:
        index = self.view.indexAt(position)
        cell = self.model.cell(index) if index.isValid() else None
        if cell is None or self.source() is NATIONAL_VIEW:
            return
        menu = QMenu(self)
        comment = QAction(self.tr("Comment…"), menu)
        comment.triggered.connect(lambda: self.edit_comment(cell))
        history = QAction(self.tr("History…"), menu)
        history.triggered.connect(lambda: self.show_history(cell))
        menu.addActions([comment, history])
        grid = self.model.grid
        if grid is not None and cell in grid.values and not self.model.read_only:
            # "over 2,800": the qualifier is part of the figure (also typed, ">2800").
            stated = menu.addMenu(self.tr("Stated as"))
            current = grid.qualifiers.get(cell, "")
            for qualifier, label in qualifier_labels().items():
                action = stated.addAction(label)
                action.setCheckable(True)
                action.setChecked(qualifier == current)
                action.triggered.connect(lambda _=False, q=qualifier: self.set_qualifier(cell, q))
        menu.exec(self.view.viewport().mapToGlobal(position))

    def set_qualifier(self, cell: tuple[str, str], qualifier: str) -> bool:
        """State the cell's value "more than", "about", "at least" or exactly (one undo step)."""
        grid = self.model.grid
        if grid is None or cell not in grid.values or qualifier not in QUALIFIERS:
            return False
        return self.submit([Edit(cell[0], cell[1], grid.values[cell], qualifier=qualifier)],
                           self.tr("State as {qualifier}").format(
                               qualifier=qualifier_labels()[qualifier].lower()))

    def edit_comment(self, cell: tuple[str, str]) -> None:
        grid = self.model.grid
        if grid is None or cell not in grid.values:
            self._refused(self.tr("Enter the value first: a comment belongs to a value."))
            return
        text, ok = QInputDialog.getMultiLineText(
            self, self.tr("Comment"), self.context.catalog.item(cell[0]).label,
            grid.comments.get(cell, ""))
        if ok:
            self.submit([Edit(cell[0], cell[1], grid.values[cell], text)], self.tr("Edit comment"))

    def history_lines(self, cell: tuple[str, str]) -> list[str]:
        store = self.context.open_store
        key = store.values.key(self.year, self.edited_source(), cell[0], cell[1])
        return [
            self.tr("{at}  {who}: {field} {old} -> {new}").format(
                at=row["at"].replace("T", " ")[:16], who=row["who"], field=row["field"],
                old=row["old_value"] if row["old_value"] is not None else self.tr("(empty)"),
                new=row["new_value"] if row["new_value"] is not None else self.tr("(empty)"))
            for row in store.audit.history("aggregate_values", key)
        ]

    def show_history(self, cell: tuple[str, str]) -> None:
        lines = self.history_lines(cell) or [self.tr("No changes recorded.")]
        QMessageBox.information(self, self.tr("History of {item}").format(
            item=self.context.catalog.item(cell[0]).label), "\n".join(lines))
