"""SRAAP & narrative: for each SRAAP action and indicator of the year, its status, the
State's narrative, the Committee's request and the State's answer.

The sentences CMDesk drafts from the year's figures are offered beside the narrative
("Use this sentence" appends one); a narrative whose remembered figures no longer
match the data shows which changed, from what to what. Edits are saved through
`cmdesk.narratives` with Save, and also when another indicator or year is shown, so
that moving around never drops what was typed. The Committee's requests can be
imported from its tracker spreadsheet, checked first, all or nothing.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cmdesk.catalog.indicator_text import distinguishing_words
from cmdesk.errors import CMDeskError
from cmdesk.exchange import RequestsImport, apply_requests_import, plan_requests_import
from cmdesk.figures import figure_label
from cmdesk.narratives import (
    Draft,
    FigureChange,
    IndicatorEntry,
    accept_draft,
    indicator_entries,
    save_narrative,
    status_labels,
)
from cmdesk.numbers import format_count
from ui.context import AppContext
from ui.errors import show_error
from ui.pages.base import Page
from ui.trees import child_items, top_level_items
from ui.widgets.frozen_note import FrozenNote

CODE_ROLE = Qt.ItemDataRole.UserRole
def two_lines(text: str, width: int = 44) -> str:
    """`text` on at most two lines of about `width` characters, cut at a word with
    "…" when longer (a tree item shows a line break; it does not wrap by itself)."""
    import textwrap

    lines = textwrap.wrap(text, width, drop_whitespace=False)
    lines = [line.strip() for line in lines]
    if len(lines) <= 2:
        return "\n".join(lines)
    return "\n".join([lines[0], textwrap.shorten(" ".join(lines[1:]), width, placeholder=" …")])


REQUEST_ROLE = Qt.ItemDataRole.UserRole + 1  # True on an indicator the Committee asked about


class SraapPage(Page):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.year = 0
        self.entries: dict[str, IndicatorEntry] = {}
        self.current: str | None = None  # the indicator code shown on the right
        self.dirty = False  # the editors hold changes not saved yet
        self.draft_buttons: list[QPushButton] = []
        self._filling = True  # set while the editors are filled (no edit to save)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        top = QHBoxLayout()
        heading = QLabel(self.title())
        heading.setObjectName("pageHeading")
        top.addWidget(heading)
        top.addStretch(1)
        self.import_button = QPushButton(self.tr("Import the Committee's requests…"))
        self.import_button.setToolTip(self.tr(
            "Read the Committee's requests from its SRAAP country reporting tracker (xlsx), "
            "into the selected year."))
        self.import_button.clicked.connect(self.choose_requests_import)
        top.addWidget(self.import_button)
        layout.addLayout(top)
        self.result_label = QLabel()
        self.result_label.setObjectName("importResult")
        self.result_label.setWordWrap(True)
        self.result_label.setVisible(False)
        layout.addWidget(self.result_label)
        self.frozen_note = FrozenNote()
        layout.addWidget(self.frozen_note)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.tree = QTreeWidget()
        self.tree.setObjectName("indicatorTree")
        self.tree.setHeaderLabels([self.tr("Action / indicator"), self.tr("Status"), self.tr("Committee")])
        self.tree.headerItem().setToolTip(2, self.tr("Marked where the Committee made a request the "
                                                     "year's report must answer"))
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.currentItemChanged.connect(self._item_changed)
        splitter.addWidget(self.tree)
        splitter.addWidget(self._build_editor())
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([540, 560])
        layout.addWidget(splitter, 1)
        self._filling = False

    def _build_editor(self) -> QWidget:
        # No scroll area: the text boxes shrink to fit, so that Save stays in view.
        editor = QWidget()
        column = QVBoxLayout(editor)
        column.setContentsMargins(8, 0, 0, 0)
        self.indicator_label = QLabel()
        self.indicator_label.setObjectName("indicatorText")
        self.indicator_label.setWordWrap(True)
        font = QFont(self.indicator_label.font())
        font.setBold(True)
        self.indicator_label.setFont(font)
        column.addWidget(self.indicator_label)

        self.stale_label = QLabel()
        self.stale_label.setObjectName("outOfDate")
        self.stale_label.setWordWrap(True)
        self.stale_label.setStyleSheet(
            "QLabel#outOfDate { background: #fff4ce; border: 1px solid #e0b400; padding: 6px; }")
        self.stale_label.setVisible(False)
        column.addWidget(self.stale_label)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.status_box = QComboBox()
        for code, label in status_labels().items():
            self.status_box.addItem(label, code)
        self.status_box.currentIndexChanged.connect(self._edited)
        form.addRow(self.tr("Status"), self.status_box)
        column.addLayout(form)

        column.addWidget(QLabel(self.tr("The State's narrative")))
        self.narrative_edit = QPlainTextEdit()
        self.narrative_edit.setObjectName("narrative")
        self.narrative_edit.setMinimumHeight(100)
        self.narrative_edit.textChanged.connect(self._edited)
        column.addWidget(self.narrative_edit, 3)

        self.drafts_box = QGroupBox(self.tr("Sentences drafted from the year's figures"))
        self.drafts_layout = QVBoxLayout(self.drafts_box)
        column.addWidget(self.drafts_box)

        column.addWidget(QLabel(self.tr("The Committee's request")))
        self.request_edit = QPlainTextEdit()
        self.request_edit.setObjectName("committeeRequest")
        self.request_edit.setMinimumHeight(50)
        self.request_edit.textChanged.connect(self._edited)
        column.addWidget(self.request_edit, 1)
        column.addWidget(QLabel(self.tr("The State's answer")))
        self.answer_edit = QPlainTextEdit()
        self.answer_edit.setObjectName("stateAnswer")
        self.answer_edit.setMinimumHeight(50)
        self.answer_edit.textChanged.connect(self._edited)
        column.addWidget(self.answer_edit, 1)

        buttons = QHBoxLayout()
        self.saved_label = QLabel()
        buttons.addWidget(self.saved_label, 1)
        self.revert_button = QPushButton(self.tr("Undo changes"))
        self.revert_button.setToolTip(self.tr("Show the indicator as it was last saved."))
        self.revert_button.clicked.connect(self.revert)
        buttons.addWidget(self.revert_button)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        buttons.addWidget(self.save_button)
        column.addLayout(buttons)
        self.editor = editor
        return editor

    def title(self) -> str:
        return self.tr("SRAAP & narrative")

    # --- showing --------------------------------------------------------------------------

    def show_year(self, year: int) -> None:
        self.save()  # what was typed for the year on screen
        self.year = year
        self.reload()

    def _writable(self) -> bool:
        store = self.context.store
        return (store is not None and not store.read_only
                and not (self.year and store.years.status(self.year) == "submitted"))

    def reload(self) -> None:
        """Read the year's entries again and show them, keeping the selected indicator."""
        store = self.context.store
        if store is None or not self.year:
            return
        try:
            entries = indicator_entries(store, self.context.catalog, self.year)
        except CMDeskError as error:
            show_error(self, error, self.tr("Cannot read the narratives"))
            return
        self.entries = {entry.code: entry for entry in entries}
        self.frozen_note.show_year(store, self.year)
        self.import_button.setEnabled(self._writable())
        keep = self.current or (entries[0].code if entries else None)
        self.current = None
        self.tree.blockSignals(True)
        self.tree.clear()
        labels = status_labels()
        actions: dict[int, QTreeWidgetItem] = {}
        selected = None
        for entry in entries:
            parent = actions.get(entry.action)
            if parent is None:
                action = next(a for a in self.context.catalog.actions if a.number == entry.action)
                text = self.tr("Action {n}: {theme}").format(n=entry.action, theme=action.theme)
                if entry.cross_cutting:
                    text = self.tr("{action} (cross-cutting)").format(action=text)
                parent = QTreeWidgetItem(self.tree, [text, ""])
                parent.setToolTip(0, text)
                parent.setFlags(parent.flags() & ~Qt.ItemFlag.ItemIsSelectable)
                parent.setFirstColumnSpanned(False)
                actions[entry.action] = parent
            # The words that tell the indicator apart, not the opening they all share.
            item = QTreeWidgetItem(parent, [two_lines(f"{entry.code}  {distinguishing_words(entry.text)}"),
                                            labels.get(entry.status, entry.status), ""])
            item.setData(0, CODE_ROLE, entry.code)
            item.setToolTip(0, "\n\n".join(filter(None, (entry.text, self._gloss(entry.code)))))
            if entry.committee_request.strip():
                item.setText(2, self.tr("Request"))
                item.setData(2, REQUEST_ROLE, True)
                item.setToolTip(2, self.tr("The Committee's request: {request}").format(
                    request=entry.committee_request.strip()))
                font = QFont(item.font(2))
                font.setBold(True)
                item.setFont(2, font)
            self._mark(item, entry)
            if entry.code == keep:
                selected = item
        self.tree.expandAll()
        self.tree.blockSignals(False)
        if selected is not None:
            self.tree.setCurrentItem(selected)
            self.tree.scrollToItem(selected)
        self._show(selected.data(0, CODE_ROLE) if selected is not None else None)

    def show_indicator(self, code: str) -> None:
        """Select indicator `code` and show its narrative (where a finding opens)."""
        for parent in top_level_items(self.tree):
            for item in child_items(parent):
                if item.data(0, CODE_ROLE) == code:
                    self.tree.setCurrentItem(item)
                    self.tree.scrollToItem(item)
                    return

    def _mark(self, item: QTreeWidgetItem, entry: IndicatorEntry) -> None:
        font = QFont(item.font(1))
        font.setBold(bool(entry.out_of_date))
        item.setFont(1, font)
        if entry.out_of_date:
            item.setText(1, self.tr("{status} – out of date").format(status=item.text(1)))

    def _item_changed(self, item: QTreeWidgetItem | None, _previous) -> None:
        code = item.data(0, CODE_ROLE) if item is not None else None
        if code is None or code == self.current:
            return
        self.save()
        self._show(code)

    def _gloss(self, code: str) -> str:
        """The Khmer gloss of indicator `code` when the window is in Khmer, else ""."""
        if self.context.language != "km":
            return ""
        from cmdesk.catalog.khmer import indicator_gloss

        return indicator_gloss(code)

    def _show(self, code: str | None) -> None:
        """Fill the editors with the stored entry of `code` (None: nothing selected)."""
        self.current = code
        entry = self.entries.get(code) if code else None
        self._filling = True
        self.editor.setEnabled(entry is not None)
        self.indicator_label.setText(
            self.tr("Indicator {code}: {text}").format(code=entry.code, text=entry.text) if entry else "")
        # In Khmer, the indicator's meaning on hover, beside the Committee's English
        # (which stays as the Committee wrote it; the editor has no room for both).
        self.indicator_label.setToolTip(self._gloss(entry.code) if entry else "")
        self._keep_indicator_whole()
        self.status_box.setCurrentIndex(max(self.status_box.findData(entry.status if entry else ""), 0))
        self.narrative_edit.setPlainText(entry.narrative if entry else "")
        self.request_edit.setPlainText(entry.committee_request if entry else "")
        self.answer_edit.setPlainText(entry.state_answer if entry else "")
        self._filling = False
        self._show_out_of_date(entry.out_of_date if entry else ())
        self._show_drafts(entry.drafts if entry else ())
        writable = self._writable()
        for widget in (self.status_box, self.narrative_edit, self.request_edit, self.answer_edit):
            widget.setEnabled(writable)
        self.narrative_edit.setReadOnly(not writable)
        store = self.context.store
        self.saved_label.setText(
            "" if writable else self.tr("The database is open read-only.") if store is None or store.read_only
            else self.tr("{year} is submitted: reopen it to change its narratives.").format(year=self.year))
        self._set_dirty(False)

    def _show_out_of_date(self, changes: tuple[FigureChange, ...]) -> None:
        if not changes:
            self.stale_label.setVisible(False)
            self.stale_label.clear()
            return
        lines = [self.tr("{figure}: {old} → {new}").format(
            figure=self.figure_label(change.key), old=_number(change.stated),
            new=_number(change.now) if change.now is not None else self.tr("no longer entered"))
            for change in changes]
        self.stale_label.setText(self.tr(
            "Out of date: the narrative states figures that have changed since it was written.")
            + "\n" + "\n".join(f"• {line}" for line in lines))
        self.stale_label.setVisible(True)

    def _keep_indicator_whole(self) -> None:
        """A wrapped label may be squeezed below its text's height when the editors
        below it fill the column (the demo's narratives do): the indicator and its
        gloss ask for the height their text needs at their width."""
        for label in (self.indicator_label,):
            label.setMinimumHeight(label.heightForWidth(max(label.width(), 200)) if label.text() else 0)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._keep_indicator_whole()

    def _show_drafts(self, drafts: tuple[Draft, ...]) -> None:
        while self.drafts_layout.count():
            child = self.drafts_layout.takeAt(0)
            widget = child.widget() if child is not None else None
            if widget is not None:
                widget.hide()  # deleteLater leaves it painted until control returns
                widget.deleteLater()
        self.draft_buttons = []
        if not drafts:
            empty = QLabel(self.tr("None for this indicator: no figure of the year belongs to it."))
            empty.setWordWrap(True)
            self.drafts_layout.addWidget(empty)
        for draft in drafts:
            row = QFrame()
            row_layout = QHBoxLayout(row)
            row_layout.setContentsMargins(0, 2, 0, 2)
            text = QLabel(draft.text)
            text.setWordWrap(True)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            row_layout.addWidget(text, 1)
            button = QPushButton(self.tr("Use this sentence"))
            button.setEnabled(self._writable())
            button.clicked.connect(lambda _checked=False, draft=draft: self.use_draft(draft))
            row_layout.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
            self.drafts_layout.addWidget(row)
            self.draft_buttons.append(button)
        self.drafts_box.setVisible(True)

    def figure_label(self, key: str) -> str:
        """A remembered figure key as the staff know it (cmdesk.figures.figure_label)."""
        return figure_label(key, self.context.catalog)

    # --- editing --------------------------------------------------------------------------

    def _edited(self, *_args) -> None:
        if not self._filling:
            self._set_dirty(True)

    def _set_dirty(self, dirty: bool) -> None:
        self.dirty = dirty
        self.save_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty)
        if dirty:
            self.saved_label.setText(self.tr("Not saved yet."))

    def save(self) -> bool:
        """Save the shown indicator's edits, if any. Returns False when saving failed
        (the edits stay on screen)."""
        store = self.context.store
        code = self.current
        if not self.dirty or code is None or store is None or not self._writable():
            return True
        try:
            save_narrative(store, code, self.year, status=self.status_box.currentData(),
                           narrative=self.narrative_edit.toPlainText(),
                           committee_request=self.request_edit.toPlainText(),
                           state_answer=self.answer_edit.toPlainText())
        except CMDeskError as error:
            show_error(self, error, self.tr("Not saved"))
            return False
        self._after_write(code, self.tr("Saved."))
        return True

    def revert(self) -> None:
        self._show(self.current)

    def use_draft(self, draft: Draft) -> None:
        """Append `draft` to the narrative (after saving what was typed) and remember
        the figures it states."""
        store = self.context.store
        code = self.current
        if code is None or store is None or not self.save():
            return
        try:
            accept_draft(store, code, self.year, draft, append=True)
        except CMDeskError as error:
            show_error(self, error, self.tr("Not saved"))
            return
        self._after_write(code, self.tr("Sentence added and saved."))

    def _after_write(self, code: str, message: str) -> None:
        self.dirty = False
        self.reload()
        if self.current == code:
            self.saved_label.setText(message)
        self.content_changed.emit()

    # --- the Committee's requests ---------------------------------------------------------

    def choose_requests_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import the Committee's requests"), "",
            self.tr("Excel workbooks (*.xlsx);;All files (*)"))
        if path:
            self.import_requests(Path(path))

    def import_requests(self, path: Path, confirm=None) -> bool:
        """Check `path` (the Committee's tracker), list its problems and import nothing,
        or import its requests into the year when the user agrees (`confirm(summary)`,
        by default a question box). Returns whether they were imported."""
        store = self.context.store
        if store is None or not self._writable() or not self.save():
            return False
        try:
            plan: RequestsImport = plan_requests_import(store, self.context.catalog, path, self.year)
        except CMDeskError as error:
            show_error(self, error, self.tr("Cannot read {name}").format(name=path.name))
            return False
        self.result_label.setVisible(True)
        if plan.problems:
            listed = "\n".join(self.tr("Row {row}, column {column} ('{text}'): {reason}").format(
                row=p.row, column=p.column, text=p.text, reason=p.reason) for p in plan.problems)
            self.result_label.setText(self.tr(
                "{name}: {n} problem(s). Nothing was imported: correct the file and import it "
                "again.").format(name=path.name, n=len(plan.problems)) + "\n" + listed)
            return False
        counts = plan.counts()
        summary = self.tr("{name}: {added} request(s) to add, {changed} to change, {unchanged} "
                          "unchanged, for {year}.").format(name=path.name, year=self.year, **counts)
        if not (confirm or self._confirm)(summary):
            self.result_label.setText(self.tr("{summary} Not imported.").format(summary=summary))
            return False
        try:
            done = apply_requests_import(store, plan)
        except CMDeskError as error:
            show_error(self, error, self.tr("Not imported"))
            return False
        self.result_label.setText(self.tr(
            "Imported {name}: {added} added, {changed} changed, {unchanged} unchanged.").format(
            name=path.name, **done))
        self.reload()
        self.content_changed.emit()
        return True

    def _confirm(self, summary: str) -> bool:
        answer = QMessageBox.question(self, self.tr("Import the Committee's requests"),
                                      self.tr("{summary}\n\nImport them now?").format(summary=summary))
        return answer == QMessageBox.StandardButton.Yes


def _number(value: int | float) -> str:
    if isinstance(value, float) and not value.is_integer():
        return f"{value:,.2f}"
    return format_count(int(value))
