"""The year's findings on Overview: every check over the year, to open, acknowledge or
withdraw an acknowledgement (cmdesk/review.py does the checking)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cmdesk.errors import CMDeskError
from cmdesk.review import YearReview, acknowledge, review_year, withdraw_acknowledgement
from cmdesk.validation import Finding
from ui.context import AppContext
from ui.enumless import BACKGROUND_ROLE, USER_ROLE, make_selectable
from ui.errors import error_text, show_error
from ui.trees import top_level_items
from ui.widgets.heading import section_heading

FINDING_ROLE = USER_ROLE
# Severity is said in words in its own column; the colour only helps the eye.
_BACKGROUNDS = {"error": "#fde2e1", "warning": "#fff4d6", "question": "#e2f0fb"}
_ACKNOWLEDGED = "#eeeeee"


class FindingsPanel(QWidget):
    """The findings of one year. `open_requested(Finding)` asks the main window to show
    where a finding is (a cell, a record, a narrative); `changed` tells that an
    acknowledgement was given or withdrawn."""

    open_requested = Signal(object)
    changed = Signal()

    COLUMNS = ("severity", "where", "finding", "acknowledged")

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.year = 0
        self.review: YearReview | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        heading = section_heading(self.tr("Checks of the year"))
        top.addWidget(heading)
        self.summary = QLabel()
        self.summary.setObjectName("findingsSummary")
        self.summary.setWordWrap(True)  # long in Khmer: wraps on a small window, never cut
        top.addWidget(self.summary, 1)
        self.show_acknowledged = QCheckBox(self.tr("Show acknowledged"))
        self.show_acknowledged.setChecked(True)
        self.show_acknowledged.toggled.connect(self._fill)
        top.addWidget(self.show_acknowledged)
        layout.addLayout(top)

        self.tree = QTreeWidget()
        self.tree.setObjectName("yearFindings")
        self.tree.setRootIsDecorated(False)
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setHeaderLabels([self.tr("Severity"), self.tr("Where"), self.tr("Finding"),
                                   self.tr("Acknowledged")])
        header = self.tree.header()
        header.setStretchLastSection(False)
        for column, mode in enumerate((QHeaderView.ResizeMode.ResizeToContents,
                                       QHeaderView.ResizeMode.ResizeToContents,
                                       QHeaderView.ResizeMode.Stretch,
                                       QHeaderView.ResizeMode.Interactive)):
            header.setSectionResizeMode(column, mode)
        header.resizeSection(3, 180)
        self.tree.setMinimumHeight(140)
        self.tree.itemActivated.connect(lambda item, _column: self.open_item(item))
        self.tree.itemSelectionChanged.connect(self._update_buttons)
        layout.addWidget(self.tree, 1)
        # The selected finding in full (a long message is cut in its row).
        self.detail = QLabel()
        self.detail.setObjectName("findingDetail")
        self.detail.setWordWrap(True)
        make_selectable(self.detail)
        layout.addWidget(self.detail)

        buttons = QHBoxLayout()
        self.hint = QLabel(self.tr("Double-click a finding to open the figure or record it is about."))
        self.hint.setObjectName("pageSubheading")
        self.hint.setWordWrap(True)
        buttons.addWidget(self.hint, 1)
        self.open_button = QPushButton(self.tr("&Open"))
        self.open_button.clicked.connect(lambda: self.open_item(self.tree.currentItem()))
        self.acknowledge_button = QPushButton(self.tr("&Acknowledge…"))
        self.acknowledge_button.setToolTip(self.tr(
            "Accept this finding as it stands, with a reason kept in the audit log. An "
            "acknowledged error no longer blocks the year's export and submission."))
        self.acknowledge_button.clicked.connect(lambda: self.acknowledge_selected())
        self.withdraw_button = QPushButton(self.tr("&Withdraw acknowledgement"))
        self.withdraw_button.clicked.connect(self.withdraw_selected)
        for button in (self.open_button, self.acknowledge_button, self.withdraw_button):
            buttons.addWidget(button)
        layout.addLayout(buttons)
        self._update_buttons()

    # --- filling ---------------------------------------------------------------------------

    def show_year(self, year: int) -> None:
        """Run every check over `year` and list the findings."""
        self.year = year
        store = self.context.store
        if store is None:
            return
        try:
            self.review = review_year(store, self.context.catalog, year)
        except CMDeskError as error:
            self.review = None
            self.summary.setText(error_text(error))
            self.tree.clear()
            return
        self._fill()

    def _where(self, finding: Finding) -> str:
        if finding.records:
            return self.tr("Casualty register")
        if finding.indicators:
            return self.tr("Narrative {code}").format(code=", ".join(finding.indicators))
        if finding.source is None:
            return self.tr("National view")
        names = {source.code: source.name for source in self.context.catalog.sources}
        return names.get(finding.source, finding.source)

    def severity_label(self, severity: str) -> str:
        return {"error": self.tr("Error"), "warning": self.tr("Warning"),
                "question": self.tr("Question")}[severity]

    def _fill(self) -> None:
        selected = self.selected_finding()
        self.tree.clear()
        review = self.review
        if review is None:
            return
        counts = review.counts()
        acknowledged = len(review.findings) - sum(counts.values())
        if not review.findings:
            self.summary.setText(self.tr("No findings: every check passed."))
        else:
            self.summary.setText(self.tr(
                "{errors} error(s), {warnings} warning(s), {questions} question(s) to look at; "
                "{acknowledged} acknowledged.").format(
                errors=counts["error"], warnings=counts["warning"], questions=counts["question"],
                acknowledged=acknowledged))
        self.summary.setProperty("blocking", bool(review.blocking))
        for finding in review.findings:
            acknowledgement = review.acknowledgement(finding)
            if acknowledgement and not self.show_acknowledged.isChecked():
                continue
            item = QTreeWidgetItem(self.tree, [
                self.severity_label(finding.severity), self._where(finding), finding.message,
                self.tr("{who}, {at}: {reason}").format(
                    who=acknowledgement.who, at=acknowledgement.at[:10], reason=acknowledgement.reason)
                if acknowledgement else ""])
            item.setData(0, FINDING_ROLE, finding)
            item.setToolTip(2, finding.description)
            if acknowledgement:
                item.setToolTip(3, acknowledgement.reason)
            # A colour as the role's data: QBrush(QColor) would build Qt's enums.
            item.setData(0, BACKGROUND_ROLE,
                         QColor(_ACKNOWLEDGED if acknowledgement else _BACKGROUNDS[finding.severity]))
            if selected is not None and finding.key == selected.key:
                self.tree.setCurrentItem(item)
        if self.tree.currentItem() is None and self.tree.topLevelItemCount():
            self.tree.setCurrentItem(top_level_items(self.tree)[0])
        self._update_buttons()

    # --- acting -------------------------------------------------------------------------------

    def items(self) -> list[QTreeWidgetItem]:
        return top_level_items(self.tree)

    def select(self, finding: Finding) -> None:
        for item in self.items():
            if item.data(0, FINDING_ROLE).key == finding.key:
                self.tree.setCurrentItem(item)
                return

    def selected_finding(self) -> Finding | None:
        item = self.tree.currentItem()
        return None if item is None else item.data(0, FINDING_ROLE)

    def _writable(self) -> bool:
        """Acknowledging writes: not in a read-only database, nor in a submitted
        (frozen) year."""
        store = self.context.store
        return (store is not None and not store.read_only
                and self.year not in store.years.frozen_years())

    def _update_buttons(self) -> None:
        finding = self.selected_finding()
        acknowledgement = self.review.acknowledgement(finding) if finding and self.review else None
        acknowledged = acknowledgement is not None
        if finding is None:
            self.detail.setText("")
        else:
            text = self.tr("{severity} · {where}: {message}\nRule: {rule}").format(
                severity=self.severity_label(finding.severity), where=self._where(finding),
                message=finding.message, rule=finding.description)
            if acknowledgement:
                text += "\n" + self.tr("Acknowledged by {who} on {at}: {reason}").format(
                    who=acknowledgement.who, at=acknowledgement.at[:10], reason=acknowledgement.reason)
            self.detail.setText(text)
        self.open_button.setEnabled(finding is not None)
        self.acknowledge_button.setEnabled(finding is not None and self._writable())
        self.acknowledge_button.setText(self.tr("Change &reason…") if acknowledged
                                        else self.tr("&Acknowledge…"))
        self.withdraw_button.setEnabled(acknowledged and self._writable())

    def open_item(self, item: QTreeWidgetItem | None) -> None:
        if item is not None:
            self.open_requested.emit(item.data(0, FINDING_ROLE))

    def acknowledge_selected(self, reason: str | None = None) -> bool:
        """Acknowledge the selected finding with `reason` (asked for when None)."""
        finding = self.selected_finding()
        if finding is None or self.review is None:
            return False
        if reason is None:
            current = self.review.acknowledgement(finding)
            from PySide6.QtWidgets import QInputDialog  # here: its enums, ~0.3 ms at settling

            reason, ok = QInputDialog.getMultiLineText(
                self, self.tr("Acknowledge a finding"),
                self.tr("{message}\n\nWhy is this right as it stands? The reason is kept in the "
                        "audit log.").format(message=finding.message),
                current.reason if current else "")
            if not ok:
                return False
        try:
            acknowledge(self.context.open_store, self.year, finding, reason)
        except CMDeskError as error:
            show_error(self, error, self.tr("Cannot acknowledge the finding"))
            return False
        self._after_change()
        return True

    def withdraw_selected(self) -> bool:
        finding = self.selected_finding()
        if finding is None:
            return False
        try:
            withdraw_acknowledgement(self.context.open_store, self.year, finding)
        except CMDeskError as error:
            show_error(self, error, self.tr("Cannot withdraw the acknowledgement"))
            return False
        self._after_change()
        return True

    def _after_change(self) -> None:
        self.show_year(self.year)
        self.changed.emit()
