"""A year's sign-off (cmdesk/signoff/workflow.py): Draft -> Checked -> Submitted and
back with a reason, the audit trail, the snapshot a submission keeps (its rows and
documents, read back), and exporting a submitted year again."""

import io
import subprocess

import pytest
from openpyxl import load_workbook

import cmdesk.review as year_checks
from cmdesk import signoff
from cmdesk.errors import DatabaseReadOnlyError, InputError, YearFrozenError
from cmdesk.reports import export_document
from cmdesk.store import Store, rows
from cmdesk.store.snapshots import TABLES
from tests.conftest import send_stale_narratives_as_they_are

YEAR = 2024


def pdf_text(data: bytes) -> str:
    result = subprocess.run(["pdftotext", "-layout", "-", "-"], input=data, capture_output=True)
    assert result.returncode == 0, result.stderr
    return result.stdout.decode("utf-8")


def workbook_text(data: bytes) -> str:
    ws = load_workbook(io.BytesIO(data)).active
    return "\n".join(" | ".join(str(v) for v in row if v is not None)
                     for row in ws.iter_rows(values_only=True))


def audit_rows(store, year=YEAR):
    return [(r["field"], r["old_value"], r["new_value"], r["who"]) for r in store.db.query(
        "SELECT field, old_value, new_value, who FROM audit_log WHERE table_name = "
        "'reporting_years' AND row_key = ? AND field LIKE 'status%' ORDER BY id", [str(year)])]


def add_error(store):
    """A part larger than its total: an error of the year's checks."""
    store.values.set(YEAR, "national", "inc.sport", "female", 99)


# --- moving through the statuses ---------------------------------------------------------


def test_a_year_moves_draft_checked_submitted_with_who_when_and_why(demo_store, catalog,
                                                                   monkeypatch):
    store = demo_store
    # A clock that moves a second at every reading: a submission whose status change
    # read the clock apart from its snapshot would say two different moments.
    readings = iter(range(3600))

    def ticking_clock() -> str:
        second = next(readings)
        return f"2026-12-01T10:{second // 60:02d}:{second % 60:02d}+00:00"

    monkeypatch.setattr(rows, "utc_now", ticking_clock)
    assert signoff.year_status(store, YEAR).status == "draft"
    status = signoff.mark_checked(store, store.catalog, YEAR, "Reviewed with the PRC reports")
    assert (status.status, status.changed_by, status.reason) == ("checked", "tester",
                                                                 "Reviewed with the PRC reports")
    store.user = "Sophea"
    snapshot = signoff.submit(store, store.catalog, YEAR)
    status = signoff.year_status(store, YEAR)
    assert status.status == "submitted" and status.frozen and status.label == "Submitted"
    assert (status.changed_by, status.changed_at) == ("Sophea", snapshot.taken_at)
    assert [(c["old_status"], c["new_status"], c["who"], c["snapshot_id"]) for c in status.changes] == [
        ("draft", "checked", "tester", None), ("checked", "submitted", "Sophea", snapshot.id)]
    assert status.snapshots == (snapshot,)
    assert audit_rows(store) == [
        ("status", "draft", "checked", "tester"),
        ("status_reason", None, "Reviewed with the PRC reports", "tester"),
        ("status", "checked", "submitted", "Sophea")]


def test_submitting_a_draft_passes_through_checked(demo_store):
    signoff.submit(demo_store, demo_store.catalog, YEAR, reason="Sent to the ISU by e-mail")
    changes = signoff.year_status(demo_store, YEAR).changes
    assert [(c["old_status"], c["new_status"]) for c in changes] == [
        ("draft", "checked"), ("checked", "submitted")]
    assert changes[0]["reason"] == "checked on submission"
    assert changes[1]["reason"] == "Sent to the ISU by e-mail"


def test_unacknowledged_errors_block_checking_and_submitting(demo_store):
    store = demo_store
    add_error(store)
    for action in (lambda: signoff.mark_checked(store, store.catalog, YEAR),
                   lambda: signoff.submit(store, store.catalog, YEAR)):
        with pytest.raises(signoff.SignOffBlocked) as blocked:
            action()
        # The part larger than its total, and the inclusion narrative (37.2) that
        # stated the part before it changed.
        assert [f.rule for f in blocked.value.findings] == ["part_within_total", "narrative_out_of_date"]
        assert "2 unacknowledged error(s)" in str(blocked.value)
        assert "Persons with disabilities in sport: female (99) is larger than the total (58)" in str(
            blocked.value)
    assert signoff.year_status(store, YEAR).status == "draft"
    assert store.snapshots.for_year(YEAR) == [] and audit_rows(store) == []


def test_what_blocks_is_read_from_the_validation_module_at_each_call(demo_store, monkeypatch):
    # Acknowledged errors (cmdesk.review decides which) no longer block.
    add_error(demo_store)
    monkeypatch.setattr(year_checks, "unacknowledged_errors", lambda store, catalog, year: [])
    signoff.submit(demo_store, demo_store.catalog, YEAR)
    assert demo_store.years.status(YEAR) == "submitted"


def test_going_back_needs_a_reason_and_is_logged(demo_store):
    store = demo_store
    with pytest.raises(InputError, match="is a draft already"):
        signoff.reopen(store, YEAR, "why not")
    signoff.mark_checked(store, store.catalog, YEAR)
    with pytest.raises(InputError, match="Give the reason for reopening 2024"):
        signoff.reopen(store, YEAR, "   ")
    assert store.years.status(YEAR) == "checked"
    signoff.reopen(store, YEAR, "The PWDF sent corrected figures")
    signoff.submit(store, store.catalog, YEAR)
    store.user = "Dara"
    status = signoff.reopen(store, YEAR, "The Committee asked about repairs")
    assert (status.status, status.changed_by, status.reason) == (
        "draft", "Dara", "The Committee asked about repairs")
    assert [(c["old_status"], c["new_status"], c["reason"]) for c in status.changes][-1] == (
        "submitted", "draft", "The Committee asked about repairs")
    assert audit_rows(store)[-2:] == [
        ("status", "submitted", "draft", "Dara"),
        ("status_reason", None, "The Committee asked about repairs", "Dara")]
    assert len(status.snapshots) == 1  # reopening keeps the snapshot


def test_moves_that_make_no_sense_are_refused(demo_store):
    store = demo_store
    signoff.submit(store, store.catalog, YEAR)
    with pytest.raises(InputError, match="2024 was submitted on .* and is frozen"):
        signoff.submit(store, store.catalog, YEAR)
    with pytest.raises(InputError, match="frozen"):
        signoff.mark_checked(store, store.catalog, YEAR)
    signoff.reopen(store, YEAR, "correction")
    signoff.mark_checked(store, store.catalog, YEAR)
    with pytest.raises(InputError, match="already marked as checked"):
        signoff.mark_checked(store, store.catalog, YEAR)
    assert len(store.snapshots.for_year(YEAR)) == 1


def test_a_read_only_database_cannot_change_a_years_status(demo_store, catalog):
    path = demo_store.path
    demo_store.close()
    store = Store.open(path, catalog, "tester", read_only=True)
    try:
        with pytest.raises(DatabaseReadOnlyError, match="read-only"):
            signoff.submit(store, store.catalog, YEAR)
        with pytest.raises(DatabaseReadOnlyError):
            signoff.reopen(store, YEAR, "reason")
    finally:
        store.close()


# --- the snapshot ------------------------------------------------------------------------


def test_a_submission_keeps_every_row_of_the_year_as_it_was(demo_store):
    store = demo_store
    store.narratives.set_fields("30.1", YEAR, status="reported", narrative="CMAA is the focal point.")
    store.submissions.set(YEAR, contact_name="Sophea", submission_date="2025-04-30")
    store.values.set(2023, "national", "dev.repair", "total", 12000)  # another year: not kept
    before = store.snapshots.current_rows(YEAR)
    snapshot = signoff.submit(store, store.catalog, YEAR)
    kept = store.snapshots.rows(snapshot.id)
    assert kept == before
    assert set(kept) == set(TABLES)
    assert kept["aggregate_values"]["2024/national/dev.repair/total"] == {
        "source": "national", "item": "dev.repair", "part": "total", "value": 13305, "comment": "",
        "qualifier": ""}
    assert len(kept["aggregate_values"]) == len(store.values.for_year(YEAR))
    assert not any(key.startswith("2023/") for key in kept["aggregate_values"])
    assert {line["funder"] for line in kept["funding_lines"].values()} == {
        line["funder"] for line in store.funding.for_year(YEAR)}
    assert len(kept["casualties"]) == store.casualties.counts(YEAR).total == 49
    record = store.casualties.query()[0]
    assert kept["casualties"][record["id"]]["source_id"] == record["source_id"]
    assert kept["narratives"]["30.1/2024"]["narrative"] == "CMAA is the focal point."
    assert kept["submission_details"]["2024"]["contact_name"] == "Sophea"


def test_the_snapshot_keeps_the_eight_documents_as_produced(demo_store):
    import docx

    store = demo_store
    store.submissions.set(YEAR, contact_name="Sophea Chan", submission_date="2025-04-30")
    snapshot = signoff.submit(store, store.catalog, YEAR)
    documents = {(d.kind, d.format): d for d in store.snapshots.documents(snapshot.id)}
    # Three documents as xlsx and PDF, and the VA update and Form J also as Word.
    assert set(documents) == {(kind, fmt) for kind in ("sraap", "va-update", "form-j")
                              for fmt in ("xlsx", "pdf")} | {("va-update", "docx"), ("form-j", "docx")}
    word = docx.Document(io.BytesIO(store.snapshots.document(snapshot.id, "va-update", "docx")))
    assert any(p.style.name == "Heading 2" and p.text.startswith("Action 35") for p in word.paragraphs)
    assert documents[("form-j", "docx")].file_name == "form-j-2024.docx"
    assert documents[("form-j", "pdf")].file_name == "form-j-2024.pdf"
    form_j = pdf_text(store.snapshots.document(snapshot.id, "form-j", "pdf"))
    assert "Sophea Chan" in form_j and "2024" in form_j and "DRAFT" not in form_j
    tracker = workbook_text(store.snapshots.document(snapshot.id, "sraap", "xlsx"))
    assert tracker.startswith("SRAAP country reporting tracker")
    va_update = workbook_text(store.snapshots.document(snapshot.id, "va-update", "xlsx"))
    assert "Victim assistance update" in va_update
    assert all(d.size > 1000 for d in documents.values())


def test_a_failed_submission_leaves_the_year_as_it_was(demo_store, monkeypatch):
    import cmdesk.reports.export as export_module

    store = demo_store
    calls = []

    def failing(kind, *args, **kwargs):
        calls.append(kind)
        if len(calls) == 4:
            raise OSError("disk full")
        return b"content"

    monkeypatch.setattr(export_module, "render_document", failing)
    with pytest.raises(OSError):
        signoff.submit(store, store.catalog, YEAR)
    assert store.years.status(YEAR) == "draft"
    assert store.years.status_changes(YEAR) == [] and store.snapshots.for_year(YEAR) == []
    assert store.db.execute("SELECT COUNT(*) FROM snapshot_documents").fetchone()[0] == 0
    assert audit_rows(store) == []


def test_cancelling_a_submission_through_its_progress_rolls_it_back(demo_store):
    seen = []

    def progress(done, total, what):
        seen.append((done, total))
        if done == 2:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        signoff.submit(demo_store, demo_store.catalog, YEAR, progress=progress)
    assert seen == [(0, 8), (1, 8), (2, 8)]
    assert demo_store.years.status(YEAR) == "draft" and demo_store.snapshots.for_year(YEAR) == []


def test_reopening_keeps_old_snapshots_and_a_new_submission_adds_one(demo_store):
    store = demo_store
    first = signoff.submit(store, store.catalog, YEAR)
    signoff.reopen(store, YEAR, "repairs were 13,306")
    store.values.set(YEAR, "national", "dev.repair", "total", 13306)
    send_stale_narratives_as_they_are(store)
    second = signoff.submit(store, store.catalog, YEAR)
    assert [s.id for s in store.snapshots.for_year(YEAR)] == [first.id, second.id]
    assert store.snapshots.latest(YEAR) == second
    key = "2024/national/dev.repair/total"
    assert store.snapshots.rows(first.id)["aggregate_values"][key]["value"] == 13305
    assert store.snapshots.rows(second.id)["aggregate_values"][key]["value"] == 13306


# --- exporting a submitted year ----------------------------------------------------------


def test_exporting_a_submitted_year_writes_the_documents_that_were_sent(demo_store, tmp_path):
    store = demo_store
    first = signoff.submit(store, store.catalog, YEAR)
    for kind in ("sraap", "va-update", "form-j"):
        for fmt in ("xlsx", "pdf"):
            path = tmp_path / f"{kind}.{fmt}"
            result = export_document(kind, store, store.catalog, YEAR, path)
            assert result.snapshot_id == first.id and not result.draft
            assert path.read_bytes() == store.snapshots.document(first.id, kind, fmt)
    # Reopened, corrected and submitted again: the newer documents are the ones sent.
    signoff.reopen(store, YEAR, "repairs were 13,306")
    store.values.set(YEAR, "national", "dev.repair", "total", 13306)
    send_stale_narratives_as_they_are(store)
    draft_export = export_document("form-j", store, store.catalog, YEAR, tmp_path / "draft.pdf")
    assert draft_export.snapshot_id is None  # a draft year is exported from today's data
    second = signoff.submit(store, store.catalog, YEAR)
    result = export_document("form-j", store, store.catalog, YEAR, tmp_path / "again.pdf", draft=True)
    assert result.snapshot_id == second.id and not result.draft
    assert (tmp_path / "again.pdf").read_bytes() == store.snapshots.document(second.id, "form-j", "pdf")
    assert (tmp_path / "again.pdf").read_bytes() != store.snapshots.document(first.id, "form-j", "pdf")
    assert "13306" in workbook_text(store.snapshots.document(second.id, "form-j", "xlsx"))
    assert "13306" not in workbook_text(store.snapshots.document(first.id, "form-j", "xlsx"))


def test_a_snapshots_documents_are_saved_into_a_folder(demo_store, tmp_path):
    store = demo_store
    snapshot = signoff.submit(store, store.catalog, YEAR)
    written = signoff.save_snapshot_documents(store, snapshot.id, tmp_path)
    assert sorted(p.name for p in written) == sorted(
        [f"{kind}-2024.{fmt}" for kind in ("sraap", "va-update", "form-j") for fmt in ("xlsx", "pdf")]
        + ["va-update-2024.docx", "form-j-2024.docx"])
    assert (tmp_path / "sraap-2024.pdf").read_bytes() == store.snapshots.document(
        snapshot.id, "sraap", "pdf")
    (tmp_path / "sraap-2024.pdf").write_bytes(b"mine")
    with pytest.raises(InputError, match="sraap-2024.pdf"):
        signoff.save_snapshot_documents(store, snapshot.id, tmp_path)
    assert (tmp_path / "sraap-2024.pdf").read_bytes() == b"mine"
    signoff.save_snapshot_documents(store, snapshot.id, tmp_path, overwrite=True)
    assert (tmp_path / "sraap-2024.pdf").read_bytes() != b"mine"
    with pytest.raises(InputError, match="is not a folder"):
        signoff.save_snapshot_documents(store, snapshot.id, tmp_path / "missing")


def test_a_submitted_year_is_frozen_until_reopened(demo_store):
    store = demo_store
    signoff.submit(store, store.catalog, YEAR)
    with pytest.raises(YearFrozenError) as refusal:
        store.values.set(YEAR, "national", "dev.repair", "total", 1)
    assert refusal.value.year == YEAR
    signoff.reopen(store, YEAR, "correction")
    store.values.set(YEAR, "national", "dev.repair", "total", 1)


def test_a_database_made_before_sign_off_is_updated_and_can_be_submitted(tmp_path, catalog):
    from tests.core.conftest import make_old_database

    path = make_old_database(tmp_path / "old.cmdesk", catalog)
    store = Store.open(path, catalog, "tester", daily_backup=False)
    try:
        assert signoff.year_status(store, 2023).status == "draft"
        snapshot = signoff.submit(store, store.catalog, 2023)
        assert store.snapshots.rows(snapshot.id)["aggregate_values"] == {
            "2023/national/dev.repair/total": {"source": "national", "item": "dev.repair",
                                               "part": "total", "value": 4321, "comment": "",
                                               "qualifier": ""}}
        assert store.years.frozen_years() == {2023}
    finally:
        store.close()
