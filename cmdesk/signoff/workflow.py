"""A reporting year's sign-off: Draft -> Checked -> Submitted, and back to Draft.

- `mark_checked`: someone reviewed the year; refused while it has unacknowledged
  errors (`cmdesk.review.unacknowledged_errors`, read at each call so that
  a change of what blocks is picked up).
- `submit`: refused in the same case. In ONE transaction: the three documents are
  produced (xlsx and PDF, and Word for the VA update and Form J), the year's data and the documents are kept in a snapshot
  (store.snapshots), and the status becomes Submitted; the year is then frozen (the
  store refuses every write to its data, store.years.require_editable). A year
  still in Draft passes through Checked, recorded as two moves.
- `reopen`: back to Draft from Checked or Submitted, with a reason. Old snapshots
  stay; the next submission adds a new one.

Every move is one row of the year's status history and audit-logged with who, when
and the reason (store.years.set_status).
"""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Callable, NamedTuple

import cmdesk.review as year_checks
from cmdesk.catalog import Catalog
from cmdesk.errors import DatabaseReadOnlyError, InputError
from cmdesk.i18n import translate
from cmdesk.store.snapshots import Snapshot
from cmdesk.store.submissions import UNANSWERED_IN_STATES_VOICE, UNANSWERED_LEFT_OUT
from cmdesk.store.years import CHECKED, DRAFT, SUBMITTED
from cmdesk.validation import Finding

if TYPE_CHECKING:
    from cmdesk.store import Store

Progress = Callable[[int, int, str], None]
"""progress(done, total, what) as a submission produces its documents; raise to cancel
(the transaction is rolled back: nothing is submitted)."""

def status_labels() -> dict[str, str]:
    """Each status with its label in the user's language, in order."""
    return {
        DRAFT: translate("SignOff", "Draft"),
        CHECKED: translate("SignOff", "Checked"),
        SUBMITTED: translate("SignOff", "Submitted"),
    }


def status_label(status: str) -> str:
    return status_labels().get(status, status)


class YearStatus(NamedTuple):
    """Where a year stands: its status, the latest move (who, when, why), every move
    (oldest first) and its snapshots (oldest first)."""

    year: int
    status: str
    changed_by: str | None
    changed_at: str | None  # UTC, ISO 8601
    reason: str
    changes: tuple[dict, ...]
    snapshots: tuple[Snapshot, ...]

    @property
    def frozen(self) -> bool:
        return self.status == SUBMITTED

    @property
    def label(self) -> str:
        return status_label(self.status)


class SignOffBlocked(InputError):
    """The year has unacknowledged errors; `findings` lists them."""

    def __init__(self, message: str, findings: list[Finding]) -> None:
        super().__init__(message)
        self.findings = findings


def year_status(store: "Store", year: int) -> YearStatus:
    changes = store.years.status_changes(year)
    last = changes[-1] if changes else None
    return YearStatus(
        year=year, status=store.years.status(year),
        changed_by=last["who"] if last else None, changed_at=last["at"] if last else None,
        reason=last["reason"] if last else "", changes=tuple(changes),
        snapshots=tuple(store.snapshots.for_year(year)))


def blocking_findings(store: "Store", catalog: Catalog, year: int) -> list[Finding]:
    """What stops `year` from being marked checked or submitted: its unacknowledged
    errors, and the exchange conflicts touching it (cmdesk/exchange/packages), which
    only a person's choice settles."""
    return [*year_checks.unacknowledged_errors(store, catalog, year),
            *conflict_findings(store, year)]


def conflict_findings(store: "Store", year: int) -> list[Finding]:
    """One error per open exchange conflict touching `year`."""
    from cmdesk.exchange.packages import conflicts

    description = translate("SignOff", "A change received from another office waits for a "
                            "person's choice: keep this database's value or take the other "
                            "office's.")
    return [Finding(
        "error", "exchange.conflict", description,
        translate("SignOff", "Conflict {key} with {office}: {table} {row}, {field} (here {mine!r}, "
                  "there {theirs!r}).").format(
                      key=conflict.key, office=conflict.peer_name, table=conflict.table,
                      row=conflict.row_key, field=conflict.field, mine=conflict.mine,
                      theirs=conflict.theirs), (), (conflict.key,))
        for conflict in conflicts(store, year)]


def _writable(store: "Store") -> None:
    if store.read_only:
        raise DatabaseReadOnlyError(translate(
            "SignOff", "{path} is open read-only: a year's status cannot be changed.").format(
            path=store.path))


def _require_no_errors(store: "Store", catalog: Catalog, year: int, action: str) -> None:
    findings = blocking_findings(store, catalog, year)
    if findings:
        raise SignOffBlocked(translate(
            "SignOff", "{year} cannot be {action}: it has {n} unacknowledged error(s). Correct "
            "them, or acknowledge them with a reason, then try again. First: {first}").format(
            year=year, action=action, n=len(findings), first=findings[0].message), findings)


def _headquarters(store: "Store", what: str) -> None:
    from cmdesk.reports.export import require_headquarters

    require_headquarters(store, what)


class SubmitNote(NamedTuple):
    """Something the user should know before submitting: `kind` is
    "unanswered_request", "overdue_return" or "empty_section"."""

    kind: str
    text: str


def submission_notes(store: "Store", catalog: Catalog, year: int,
                     today=None) -> list[SubmitNote]:
    """What submitting `year` would send without: the Committee's requests nobody
    answered (the documents leave them out), the returns still overdue, and the
    SRAAP actions with neither narrative nor figures (their sections are left out
    of the VA update and Form J). The GUI asks before submitting; the CLI prints them."""
    from cmdesk.completeness import OVERDUE, completeness
    from cmdesk.reports.model import Heading
    from cmdesk.reports.sections import action_heading
    from cmdesk.reports.va_update import build_va_update

    notes = []
    for row in store.narratives.for_year(year):
        if row["committee_request"].strip() and not row["state_answer"].strip():
            notes.append(SubmitNote("unanswered_request", translate(
                "SignOff", "Indicator {indicator}: the Committee's request has no answer, and the "
                "documents leave it out: \"{request}\"").format(
                indicator=row["indicator"], request=row["committee_request"].strip())))
    for status in completeness(store, catalog, year, today):
        if status.status == OVERDUE:
            notes.append(SubmitNote("overdue_return", translate(
                "SignOff", "{source}: the {section} return, due {due}, has not arrived.").format(
                source=status.source_name, section=status.section_label.lower(),
                due=status.due.isoformat())))
    shown = {block.text for block in build_va_update(store, catalog, year).blocks
             if isinstance(block, Heading)}
    for action in catalog.actions:
        if action_heading(action) not in shown:
            notes.append(SubmitNote("empty_section", translate(
                "SignOff", "{action}: no narrative and no figures; the section is left out of the "
                "VA update and Form J.").format(action=action_heading(action))))
    return notes


def mark_checked(store: "Store", catalog: Catalog, year: int, reason: str = "") -> YearStatus:
    """Draft -> Checked. Refused (SignOffBlocked) while the year has unacknowledged
    errors; InputError when the year is not a draft; HeadquartersOnly in a provincial
    office's database."""
    _writable(store)
    _headquarters(store, translate("SignOff", "mark {year} as checked").format(year=year))
    status = store.years.status(year)
    if status == CHECKED:
        raise InputError(translate("SignOff", "{year} is already marked as checked.").format(year=year))
    if status == SUBMITTED:
        raise InputError(store.years.frozen_message(year) or "")
    _require_no_errors(store, catalog, year, translate("SignOff", "marked as checked"))
    store.years.set_status(year, CHECKED, reason=reason.strip())
    return year_status(store, year)


def submit(store: "Store", catalog: Catalog, year: int, *, reason: str = "",
           progress: Progress | None = None, state_unanswered: bool = False) -> Snapshot:
    """Checked (or Draft) -> Submitted: the documents are produced, the year's data
    and the documents kept in a new snapshot and the year frozen, in one
    transaction. Refused (SignOffBlocked) while the year has unacknowledged errors
    (a narrative out of date and an empty year are errors of the year's checks);
    InputError when it is submitted already; HeadquartersOnly in a provincial
    office's database. Returns the snapshot. What it sends without (`submission_notes`)
    is for the caller to show first.

    `state_unanswered`: the user's decision for the Committee's requests nobody
    answered: False leaves them out of the VA update, True prints each with a plain
    sentence in the State's voice saying there is nothing further to report. Kept with
    the submission details, so the snapshot keeps it with the documents made by it."""
    from cmdesk.reports.export import (
        CONVENTION_KINDS,
        KIND_FORMATS,
        document_file_name,
        document_titles,
        render_document,
    )

    _writable(store)
    _headquarters(store, translate("SignOff", "submit {year}").format(year=year))
    if store.years.status(year) == SUBMITTED:
        raise InputError(store.years.frozen_message(year) or "")
    _require_no_errors(store, catalog, year, translate("SignOff", "submitted"))
    titles = document_titles()
    steps = [(kind, fmt) for kind in CONVENTION_KINDS for fmt in KIND_FORMATS[kind]]
    with store.db.atomic():
        if store.years.status(year) == DRAFT:
            store.years.set_status(year, CHECKED, reason=translate(
                "SignOff", "checked on submission"))
        store.submissions.set(year, unanswered_requests=(
            UNANSWERED_IN_STATES_VOICE if state_unanswered else UNANSWERED_LEFT_OUT))
        documents = []
        for done, (kind, fmt) in enumerate(steps):
            if progress:
                progress(done, len(steps), titles[kind])
            documents.append((kind, fmt, document_file_name(kind, year, fmt),
                              render_document(kind, store, catalog, year, fmt)))
        snapshot = store.snapshots.take(year, documents)
        store.years.set_status(year, SUBMITTED, reason=reason.strip(), snapshot_id=snapshot.id,
                               at=snapshot.taken_at)
        if progress:
            progress(len(steps), len(steps), translate("SignOff", "Submitted"))
    return snapshot


def reopen(store: "Store", year: int, reason: str) -> YearStatus:
    """Checked or Submitted -> Draft, with a reason (InputError without one). A
    submitted year's snapshots stay; its data can be changed again."""
    _writable(store)
    reason = (reason or "").strip()
    status = store.years.status(year)
    if status == DRAFT:
        raise InputError(translate("SignOff", "{year} is a draft already: there is nothing to "
                                   "reopen.").format(year=year))
    if not reason:
        raise InputError(translate(
            "SignOff", "Give the reason for reopening {year} (it is kept in the audit log), for "
            "example: the Committee asked to correct the PRC figures.").format(year=year))
    store.years.set_status(year, DRAFT, reason=reason)
    return year_status(store, year)



def save_snapshot_documents(store: "Store", snapshot_id: str, folder, *,
                            overwrite: bool = False) -> list:
    """Write the documents a snapshot kept into `folder` (which must exist), under
    their file names (`form-j-2024.pdf`, ...); returns the paths written. When a file
    of that name is there already and `overwrite` is not set, InputError names them
    and nothing is written."""
    folder = Path(folder)
    if not folder.is_dir():
        raise InputError(translate("SignOff", "{folder} is not a folder. Choose an existing "
                                   "folder to save the documents in.").format(folder=folder))
    documents = store.snapshots.documents(snapshot_id)
    targets = [(document, folder / document.file_name) for document in documents]
    existing = [path.name for _, path in targets if path.exists()]
    if existing and not overwrite:
        raise InputError(translate(
            "SignOff", "{folder} has files of the same names already: {names}. Choose another "
            "folder, or replace them.").format(folder=folder, names=", ".join(existing)))
    from cmdesk.reports.export import write_in_place

    written = []
    for document, path in targets:
        content = store.snapshots.document(snapshot_id, document.kind, document.format) or b""
        write_in_place(path, partial(Path.write_bytes, data=content))
        written.append(path)
    return written
