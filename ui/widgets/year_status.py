"""The reporting year's sign-off: its status (Draft, Checked, Submitted) with who set it
and when, and the buttons that move it (cmdesk.signoff).

"Mark as checked" and "Submit" are refused while the year has unacknowledged errors:
the errors are then listed in a dialog (`blocking_dialog`). "Submit" asks first, then
produces the documents with a progress dialog; "Reopen…" asks for the reason; and
"Snapshots…" opens the comparison of what was submitted (ui/dialogs/snapshots.py).
`status_changed(year)` is emitted after every move, so that the pages showing the
year can become read-only or editable again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from cmdesk import signoff
from cmdesk.errors import CMDeskError
from cmdesk.i18n import english
from cmdesk.validation import Finding
from ui.context import AppContext
from ui.dialog_sizes import Dialog
from ui.enumless import make_selectable
from ui.errors import show_error
from ui.progress import run_with_progress

if TYPE_CHECKING:  # imported when first opened
    from PySide6.QtWidgets import QMessageBox

    from ui.dialogs.snapshots import SnapshotsDialog

# The dialogs' Qt classes are imported where a dialog is made: importing one makes
# PySide6 build its Python enums (~1.5 ms for these), and Overview builds this widget
# while the window settles (benchmarks/startup.py).

_BADGE_COLOURS = {
    signoff.DRAFT: ("#eef1f5", "#3a4a5c"),
    signoff.CHECKED: ("#e2f0fb", "#1f4e79"),
    signoff.SUBMITTED: ("#dff0d8", "#2b6127"),
}


class SubmitCancelled(Exception):
    """The user pressed Cancel while the documents were being produced."""


class SubmitDecision(NamedTuple):
    """The answer to the question before submitting: whether to submit, and whether
    the VA update says, in the State's voice, that each unanswered request of the
    Committee has nothing further to report (else it leaves them out)."""

    submit: bool
    state_unanswered: bool = False


class BlockingErrorsDialog(Dialog):
    """The errors that stop a year from being checked or submitted, one per line."""

    def __init__(self, year: int, action: str, findings: list[Finding], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("{year} cannot be {action}").format(year=year, action=action))
        self.resize(640, 360)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "{year} has {n} unacknowledged error(s). Correct each one on its page, or acknowledge "
            "it with a reason on the Overview page; then try again.")
            .format(year=year, n=len(findings)))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        from PySide6.QtWidgets import QDialogButtonBox, QListWidget, QListWidgetItem

        self.list = QListWidget()
        self.list.setObjectName("blockingErrors")
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        for finding in findings:
            item = QListWidgetItem(finding.message)
            item.setToolTip(finding.description)
            self.list.addItem(item)
        layout.addWidget(self.list, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def messages(self) -> list[str]:
        return [self.list.item(n).text() for n in range(self.list.count())]


class YearStatusWidget(QFrame):
    status_changed = Signal(int)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.year = 0
        self.status: signoff.YearStatus | None = None
        self.blocking_dialog: BlockingErrorsDialog | None = None
        self.snapshots_dialog: SnapshotsDialog | None = None
        self.setObjectName("yearStatus")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("QFrame#yearStatus { background: white; border: 1px solid #d5dbe3; "
                           "border-radius: 6px; }")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(14, 10, 14, 10)
        top = QHBoxLayout()
        self.title_label = QLabel()
        self.title_label.setObjectName("yearStatusTitle")
        font = self.title_label.font()
        font.setBold(True)
        self.title_label.setFont(font)
        top.addWidget(self.title_label)
        self.badge = QLabel()
        self.badge.setObjectName("yearStatusBadge")
        self.badge.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        top.addWidget(self.badge)  # of a fixed size: centred on the line's height
        self.detail_label = QLabel()
        self.detail_label.setObjectName("yearStatusDetail")
        self.detail_label.setWordWrap(True)
        make_selectable(self.detail_label)
        top.addWidget(self.detail_label, 1)
        outer.addLayout(top)

        buttons = QHBoxLayout()
        self.check_button = QPushButton(self.tr("Mark as checked"))
        self.check_button.setToolTip(self.tr(
            "Say that the year's figures were reviewed and are complete and consistent."))
        self.check_button.clicked.connect(self.mark_checked)
        self.submit_button = QPushButton(self.tr("Submit"))
        self.submit_button.setToolTip(self.tr(
            "Keep a snapshot of the year's data with the documents produced from it, and freeze "
            "the year."))
        self.submit_button.clicked.connect(self.submit)
        self.reopen_button = QPushButton(self.tr("Reopen…"))
        self.reopen_button.setToolTip(self.tr("Make the year a draft again (a reason is asked)."))
        self.reopen_button.clicked.connect(self.reopen)
        self.snapshots_button = QPushButton(self.tr("Snapshots…"))
        self.snapshots_button.setToolTip(self.tr(
            "What was submitted, and what changed since; save the documents that were sent."))
        self.snapshots_button.clicked.connect(self.show_snapshots)
        for button in (self.check_button, self.submit_button, self.reopen_button, self.snapshots_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        outer.addLayout(buttons)
        self.message_label = QLabel()
        self.message_label.setObjectName("yearStatusMessage")
        self.message_label.setWordWrap(True)
        self.message_label.setVisible(False)
        outer.addWidget(self.message_label)
        self.refresh()

    # --- showing ---------------------------------------------------------------------------

    def set_year(self, year: int) -> None:
        if year != self.year:
            self.message_label.setVisible(False)
        self.year = year
        self.refresh()

    def refresh(self) -> None:
        """Read the year's status again and show it."""
        store = self.context.store
        if store is None or not self.year:
            self.status = None
            self.title_label.setText(self.tr("Sign-off"))
            self.badge.setText("")
            self.detail_label.setText("")
            for button in (self.check_button, self.submit_button, self.reopen_button,
                           self.snapshots_button):
                button.setEnabled(False)
            return
        status = self.status = signoff.year_status(store, self.year)
        self.title_label.setText(self.tr("{year}:").format(year=self.year))
        background, colour = _BADGE_COLOURS.get(status.status, _BADGE_COLOURS[signoff.DRAFT])
        self.badge.setText(f" {status.label} ")
        self.badge.setStyleSheet(f"QLabel {{ background: {background}; color: {colour}; "
                                 "font-weight: 700; border-radius: 3px; padding: 2px 8px; }")
        self.detail_label.setText(self.detail_text(status))
        writable = not store.read_only
        # Only headquarters signs off a year (a province sends its data there).
        headquarters = store.office.is_headquarters
        self.check_button.setEnabled(writable and headquarters and status.status == signoff.DRAFT)
        self.submit_button.setEnabled(writable and headquarters and status.status != signoff.SUBMITTED)
        if not headquarters:
            self.detail_label.setText(self.detail_text(status) + " " + self.tr(
                "Only headquarters marks a year as checked and submits it; this provincial "
                "office's database exports its provincial summary (Reports page)."))
        self.reopen_button.setEnabled(writable and status.status != signoff.DRAFT)
        self.snapshots_button.setEnabled(bool(status.snapshots))
        self.snapshots_button.setText(
            self.tr("Snapshots ({n})…").format(n=len(status.snapshots)) if status.snapshots
            else self.tr("Snapshots…"))

    def detail_text(self, status: signoff.YearStatus) -> str:
        if status.changed_by is None:
            return self.tr("Figures are being entered. Mark the year as checked once it has been "
                           "reviewed, and submit it when its documents are sent.")
        when = (status.changed_at or "").replace("T", " ")[:16]
        text = {
            signoff.DRAFT: self.tr("Reopened by {who} on {at} (UTC)."),
            signoff.CHECKED: self.tr("Checked by {who} on {at} (UTC)."),
            signoff.SUBMITTED: self.tr("Submitted by {who} on {at} (UTC). Its data are frozen: "
                                       "reopen the year to change them."),
        }[status.status].format(who=status.changed_by, at=when)
        if status.reason:
            text += " " + self.tr("Reason: {reason}").format(reason=status.reason)
        return text

    def _say(self, text: str) -> None:
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))

    def _moved(self) -> None:
        self.refresh()
        self.status_changed.emit(self.year)

    # --- moving the year -------------------------------------------------------------------

    def _show_blocking(self, action: str, blocked: signoff.SignOffBlocked) -> None:
        if self.blocking_dialog is not None:
            self.blocking_dialog.close()
        self.blocking_dialog = BlockingErrorsDialog(self.year, action, blocked.findings, self)
        self.blocking_dialog.open()
        self._say(self.tr("Not done: {year} has {n} unacknowledged error(s).").format(
            year=self.year, n=len(blocked.findings)))

    def mark_checked(self) -> bool:
        store = self.context.store
        if store is None or not self.year:
            return False
        try:
            signoff.mark_checked(store, self.context.catalog, self.year)
        except signoff.SignOffBlocked as blocked:
            self._show_blocking(self.tr("marked as checked"), blocked)
            return False
        except CMDeskError as error:
            show_error(self, error, self.tr("Not marked as checked"))
            return False
        self._say(self.tr("{year} is marked as checked.").format(year=self.year))
        self._moved()
        return True

    def submit_question(self, notes: list) -> QMessageBox:
        """The question asked before submitting: what the documents go without and,
        when the Committee asked something nobody answered, the decision how the VA
        update goes without it (a check box, not ticked: left out)."""
        from PySide6.QtWidgets import QCheckBox, QMessageBox

        text = self.tr("Submit {year}? CMDesk keeps a snapshot of the year's figures, funding lines, "
                       "casualty records, narratives and submission details, with the documents "
                       "(xlsx and PDF, and the VA update and Form J as Word), and freezes the year: its "
                       "data can then be changed only after reopening it.").format(year=self.year)
        if notes:
            shown = 8
            lines = [f"• {note.text}" for note in notes[:shown]]
            if len(notes) > shown:
                lines.append(self.tr("… and {n} more.").format(n=len(notes) - shown))
            text += "\n\n" + self.tr("The documents go without:") + "\n" + "\n".join(lines) + "\n\n" + \
                self.tr("Submit anyway? (Answer the requests or enter the figures first, then submit.)")
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Submit {year}?").format(year=self.year),
                          text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        if any(note.kind == "unanswered_request" for note in notes):
            # The document modules are imported here: Overview builds this widget and
            # needs none of them (~4 ms of settling).
            from cmdesk.reports.sections import state_name
            from cmdesk.reports.va_update import unanswered_sentence

            with english():  # quoted as the VA update prints it, in English
                sentence = unanswered_sentence(state_name(self.context.open_store), self.year)
            # Parented to the box: setCheckBox alone leaves the Python object to the
            # garbage collector, and the box with a deleted check box.
            box.setCheckBox(QCheckBox(self.tr(
                "Print each unanswered request in the VA update, followed by:\n“{sentence}”").format(
                    sentence=sentence), box))
        return box

    def _confirm_submit(self, notes: list) -> SubmitDecision:
        """Ask whether to submit, listing what the documents go without."""
        from PySide6.QtWidgets import QMessageBox

        box = self.submit_question(notes)
        answer = box.exec()
        return SubmitDecision(answer == QMessageBox.StandardButton.Yes,
                              bool(box.checkBox() and box.checkBox().isChecked()))

    def submit(self, confirm=None) -> bool:
        """Ask (`confirm(notes)`, by default a question box listing what the documents
        go without; it answers a SubmitDecision, or True or False), then submit the
        year with a progress dialog. Returns whether it was submitted."""
        store = self.context.store
        if store is None or not self.year:
            return False
        findings = signoff.blocking_findings(store, self.context.catalog, self.year)
        if findings:
            self._show_blocking(self.tr("submitted"), signoff.SignOffBlocked("", findings))
            return False
        notes = signoff.submission_notes(store, self.context.catalog, self.year)
        answer = (confirm or self._confirm_submit)(notes)
        decision = answer if isinstance(answer, SubmitDecision) else SubmitDecision(bool(answer))
        if not decision.submit:
            return False

        def work(progress):
            def step(done: int, total: int, _what: str) -> None:
                if not progress(done, total):
                    raise SubmitCancelled()

            return signoff.submit(store, self.context.catalog, self.year, progress=step,
                                  state_unanswered=decision.state_unanswered)

        try:
            snapshot = run_with_progress(self, self.tr("Submitting {year}…").format(year=self.year), work)
        except SubmitCancelled:
            self._say(self.tr("Cancelled: {year} was not submitted.").format(year=self.year))
            return False
        except signoff.SignOffBlocked as blocked:
            self._show_blocking(self.tr("submitted"), blocked)
            return False
        except CMDeskError as error:
            show_error(self, error, self.tr("Not submitted"))
            return False
        self._say(self.tr("{year} is submitted. The snapshot keeps its data and the documents "
                          "produced ({n}).").format(
            year=self.year, n=len(store.snapshots.documents(snapshot.id))))
        self._moved()
        return True

    def reopen(self) -> bool:
        """Ask for the reason, then make the year a draft again."""
        store = self.context.store
        if store is None or not self.year:
            return False
        from PySide6.QtWidgets import QInputDialog

        reason, ok = QInputDialog.getMultiLineText(
            self, self.tr("Reopen {year}").format(year=self.year),
            self.tr("Why is {year} reopened? The reason is kept in the audit log; the snapshots "
                    "of its submissions stay.").format(year=self.year))
        if not ok:
            return False
        try:
            signoff.reopen(store, self.year, reason)
        except CMDeskError as error:
            show_error(self, error, self.tr("Not reopened"))
            return False
        self._say(self.tr("{year} is a draft again.").format(year=self.year))
        self._moved()
        return True

    def show_snapshots(self) -> None:
        from ui.dialogs.snapshots import SnapshotsDialog

        if self.context.store is None or not self.year:
            return
        self.snapshots_dialog = SnapshotsDialog(self.context, self.year, self)
        self.snapshots_dialog.open()
