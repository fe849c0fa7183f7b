"""The year's sign-off in the GUI: the status widget's buttons (ui/widgets/year_status.py),
the snapshots dialog with its comparison table (ui/dialogs/snapshots.py), and the pages
becoming read-only while a year is submitted."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox

from cmdesk import signoff
from cmdesk.catalog import TOTAL
from cmdesk.entry import Edit
from tests.conftest import send_stale_narratives_as_they_are
from ui.context import AppContext
from ui.dialogs.snapshots import TODAY, SnapshotsDialog
from ui.models.comparison import COLUMNS, ComparisonModel
from ui.widgets.year_status import YearStatusWidget

YEAR = 2024


@pytest.fixture
def context(demo_store, catalog, settings):
    return AppContext(shipped_catalog=catalog, settings=settings, user="tester", store=demo_store)


@pytest.fixture
def widget(qtbot, qapp, context):
    from ui.app import application

    application()
    widget = YearStatusWidget(context)
    qtbot.addWidget(widget)
    widget.set_year(YEAR)
    widget.show()
    return widget


@pytest.fixture
def answers(monkeypatch):
    """What the question and reason boxes answer (instead of waiting for a user)."""
    given = {"question": QMessageBox.StandardButton.Yes, "reason": ("", False), "tick": False}
    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda parent, title, text, *a, **k: asked.append(text) or given["question"])

    def answer(box):  # the submit question, a box of its own (it may hold a check box)
        asked.append(box.text())
        given["box"] = box
        if box.checkBox() is not None:
            box.checkBox().setChecked(given["tick"])
        return given["question"]

    monkeypatch.setattr(QMessageBox, "exec", answer)
    monkeypatch.setattr(QInputDialog, "getMultiLineText",
                        lambda parent, title, label, *a, **k: asked.append(label) or given["reason"])
    given["asked"] = asked
    return given


def click(qtbot, button):
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def table(model: ComparisonModel) -> list[dict]:
    return [{column: model.text(row, column) for column in COLUMNS} for row in range(model.rowCount())]


# --- the status widget -------------------------------------------------------------------


def test_a_draft_year_offers_check_and_submit(widget):
    assert widget.badge.text().strip() == "Draft"
    assert widget.check_button.isEnabled() and widget.submit_button.isEnabled()
    assert not widget.reopen_button.isEnabled() and not widget.snapshots_button.isEnabled()
    assert "Figures are being entered" in widget.detail_label.text()


def test_mark_as_checked_then_submit_then_reopen_with_a_reason(widget, qtbot, answers, demo_store):
    with qtbot.waitSignal(widget.status_changed) as changed:
        click(qtbot, widget.check_button)
    assert changed.args == [YEAR]
    assert widget.badge.text().strip() == "Checked"
    assert widget.detail_label.text().startswith("Checked by tester on ")
    assert not widget.check_button.isEnabled() and widget.reopen_button.isEnabled()

    with qtbot.waitSignal(widget.status_changed):
        click(qtbot, widget.submit_button)
    assert "freezes the year" in answers["asked"][-1]
    # The question said what the documents go without: the overdue return and the two
    # actions the demo (seed 000) reports nothing under.
    assert "The documents go without:" in answers["asked"][-1]
    assert "Action 38" in answers["asked"][-1] and "has not arrived" in answers["asked"][-1]
    assert demo_store.years.status(YEAR) == "submitted"
    assert widget.badge.text().strip() == "Submitted"
    assert "Its data are frozen" in widget.detail_label.text()
    assert "The snapshot keeps its data and the documents produced (8)" in widget.message_label.text()
    assert not widget.submit_button.isEnabled() and widget.snapshots_button.text() == "Snapshots (1)…"

    answers["reason"] = ("", False)  # Cancel: nothing changes
    click(qtbot, widget.reopen_button)
    assert demo_store.years.status(YEAR) == "submitted"
    answers["reason"] = ("The Committee asked about repairs", True)
    with qtbot.waitSignal(widget.status_changed):
        click(qtbot, widget.reopen_button)
    assert demo_store.years.status(YEAR) == "draft"
    assert widget.badge.text().strip() == "Draft"
    assert widget.detail_label.text().endswith("Reason: The Committee asked about repairs")
    assert widget.snapshots_button.isEnabled()  # the snapshot stays


@pytest.mark.parametrize("tick", [False, True])
def test_the_submit_question_asks_how_the_va_update_goes_without_an_unanswered_request(
        widget, qtbot, answers, demo_store, tick):
    from cmdesk.narratives import save_narrative

    save_narrative(demo_store, "34.2", YEAR, committee_request="Please describe the services guide.")
    answers["tick"] = tick
    with qtbot.waitSignal(widget.status_changed):
        click(qtbot, widget.submit_button)
    box = answers["box"]
    assert "Indicator 34.2: the Committee's request has no answer" in box.text()
    assert box.checkBox().text() == (
        "Print each unanswered request in the VA update, followed by:\n“Cambodia has no further "
        "information to report on this request for 2024.”")
    snapshot = demo_store.snapshots.latest(YEAR)
    kept = demo_store.snapshots.rows(snapshot.id)["submission_details"][str(YEAR)]
    assert kept["unanswered_requests"] == ("state_voice" if tick else "")
    import io

    import docx

    word = docx.Document(io.BytesIO(demo_store.snapshots.document(snapshot.id, "va-update", "docx")))
    text = "\n".join(p.text for p in word.paragraphs)
    assert ("Cambodia has no further information to report on this request for 2024." in text) is tick


def test_the_submit_question_has_no_check_box_without_an_unanswered_request(widget):
    box = widget.submit_question(signoff.submission_notes(widget.context.store, widget.context.catalog, YEAR))
    assert box.checkBox() is None and "The documents go without:" in box.text()


def test_reopening_without_a_reason_is_refused_with_the_reason_why(widget, qtbot, answers,
                                                                    errors_shown, demo_store):
    signoff.mark_checked(demo_store, demo_store.catalog, YEAR)
    widget.refresh()
    answers["reason"] = ("   ", True)
    click(qtbot, widget.reopen_button)
    assert demo_store.years.status(YEAR) == "checked"
    assert "Give the reason for reopening 2024" in errors_shown[0][1]


def test_declining_the_question_submits_nothing(widget, qtbot, answers, demo_store):
    answers["question"] = QMessageBox.StandardButton.No
    click(qtbot, widget.submit_button)
    assert demo_store.years.status(YEAR) == "draft" and demo_store.snapshots.for_year(YEAR) == []


def test_blocking_errors_are_listed_and_nothing_moves(widget, qtbot, answers, demo_store):
    demo_store.values.set(YEAR, "national", "inc.sport", "female", 99)
    click(qtbot, widget.submit_button)
    dialog = widget.blocking_dialog
    assert dialog is not None and dialog.isVisible()
    # The part larger than its total, and the narrative that stated the part.
    assert dialog.messages() == [
        "Persons with disabilities in sport: female (99) is larger than the total (58).",
        "Indicator 37.2 states Persons with disabilities in sport (female) as 33; the data now give "
        "99. Update the narrative (SRAAP & narrative page), or acknowledge this to send it as it is."]
    assert answers["asked"] == []  # refused before asking
    assert demo_store.years.status(YEAR) == "draft"
    assert "2 unacknowledged error(s)" in widget.message_label.text()
    dialog.close()
    click(qtbot, widget.check_button)
    assert widget.blocking_dialog.isVisible() and demo_store.years.status(YEAR) == "draft"


def test_a_read_only_database_offers_no_moves(qtbot, catalog, settings, demo_store):
    from cmdesk.store import Store

    path = demo_store.path
    demo_store.close()
    store = Store.open(path, catalog, "tester", read_only=True)
    try:
        widget = YearStatusWidget(AppContext(catalog, settings, "tester", store))
        qtbot.addWidget(widget)
        widget.set_year(YEAR)
        assert not any(b.isEnabled() for b in (widget.check_button, widget.submit_button,
                                                widget.reopen_button))
    finally:
        store.close()


# --- the snapshots dialog ------------------------------------------------------------------


@pytest.fixture
def resubmitted(demo_store):
    """Submitted by Sophea; reopened and corrected by Dara, submitted again; changed again."""
    store = demo_store
    store.user = "Sophea"
    first = signoff.submit(store, store.catalog, YEAR)
    store.user = "Dara"
    signoff.reopen(store, YEAR, "repairs")
    store.values.set(YEAR, "national", "dev.repair", "total", 13306)
    send_stale_narratives_as_they_are(store)
    record = next(r for r in store.casualties.query() if r["incident_year"] == YEAR)
    store.casualties.update(record["id"], name="Sok Dara")
    second = signoff.submit(store, store.catalog, YEAR)
    signoff.reopen(store, YEAR, "funding")
    store.funding.add({"year": YEAR, "funder": "Government of Japan",
                       "funder_kind": "donor_government", "amount": 5000, "currency": "USD"})
    return first, second


def test_the_comparison_model_passes_qt_model_tests(qtmodeltester, demo_store, resubmitted):
    model = ComparisonModel()
    model.set_comparison(signoff.compare_year(demo_store, demo_store.catalog, YEAR, resubmitted[0].id))
    qtmodeltester.check(model)
    model.set_comparison(None)
    qtmodeltester.check(model)


def test_the_comparison_table_shows_a_qualifier_changed_alone(demo_store):
    store = demo_store
    signoff.submit(store, store.catalog, YEAR)
    signoff.reopen(store, YEAR, "devices stated as a minimum")
    store.values.set(YEAR, "national", "dev.total_reported", "total", 26280, qualifier="more_than")
    model = ComparisonModel()
    model.set_comparison(signoff.compare_year(store, store.catalog, YEAR))
    assert [(line["row"], line["field"], line["before"], line["after"]) for line in table(model)] == [
        ("National total · Total produced or repaired, as stated by the source · Total", "Value",
         "26,280", "over 26,280")]


def test_the_dialog_compares_the_latest_snapshot_with_today_then_two_snapshots(
        widget, qtbot, resubmitted):
    first, second = resubmitted
    widget.refresh()
    click(qtbot, widget.snapshots_button)
    dialog = widget.snapshots_dialog
    assert isinstance(dialog, SnapshotsDialog) and dialog.isVisible()
    assert dialog.snapshot_list.count() == 2
    assert dialog.snapshot_list.item(0).text().endswith("·  Dara  (latest)")
    assert dialog.chosen() == second and dialog.other_box.currentData() is TODAY
    assert table(dialog.model) == [{
        "what": "Funding lines", "row": "Government of Japan", "change": "added", "field": "",
        "before": "",
        "after": "Year: 2024; Funder: Government of Japan; Funder kind: Donor government; "
                 "Amount: 5,000; Currency: USD; Earmarked: no",
        "by": "Dara", "when": dialog.comparison.changes[0].last_at.replace("T", " ")[:16]}]
    assert dialog.summary_label.text().startswith("From the snapshot of ")
    assert "1 row(s) changed (Funding lines 1)" in dialog.summary_label.text()

    dialog.choose(first.id, second.id)
    rows = table(dialog.model)
    assert [(r["what"], r["row"], r["field"], r["before"], r["after"], r["by"]) for r in rows] == [
        ("Values", "National total · Repairs · Total", "Value", "13,305", "13,306", "Dara"),
        ("Casualty records", rows[1]["row"], "Name", "(personal data)", "(personal data)", "Dara"),
    ]
    dialog.personal_check.setChecked(True)
    assert table(dialog.model)[1]["after"] == "Sok Dara"


def test_the_dialog_saves_a_snapshots_documents_to_a_folder(context, qtbot, tmp_path, resubmitted):
    first, _ = resubmitted
    dialog = SnapshotsDialog(context, YEAR)
    qtbot.addWidget(dialog)
    dialog.choose(first.id)
    written = dialog.save_documents(tmp_path, replace=lambda names: False)
    assert len(written) == 8
    assert (tmp_path / "form-j-2024.pdf").read_bytes() == context.store.snapshots.document(
        first.id, "form-j", "pdf")
    asked = []
    assert dialog.save_documents(tmp_path, replace=lambda names: asked.append(names) or False) == []
    assert len(asked[0]) == 8
    assert len(dialog.save_documents(tmp_path, replace=lambda names: True)) == 8
    assert "8 document(s) saved in" in dialog.documents_label.text()


# --- pages while the year is submitted ----------------------------------------------------


@pytest.fixture
def frozen_window(window):
    store = window.context.store
    signoff.submit(store, store.catalog, YEAR)
    window.set_year(YEAR)
    return window


def test_entry_grids_become_read_only_with_a_visible_note(frozen_window):
    frozen_window.show_page("devices")
    page = frozen_window.pages["devices"]
    page.set_source("national")
    assert page.frozen_note.isVisible()
    assert page.frozen_note.text().startswith("<b>Submitted – frozen.</b> 2024 was submitted on ")
    index = page.model.index_of("dev.seating", TOTAL)
    assert not (page.model.flags(index) & Qt.ItemFlag.ItemIsEditable)
    frozen_window.set_year(2023)
    assert not page.frozen_note.isVisible()
    assert page.model.flags(page.model.index_of("dev.seating", TOTAL)) & Qt.ItemFlag.ItemIsEditable


def test_an_edit_the_store_refuses_shows_the_stores_message(window, monkeypatch):
    refused = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: refused.append(text))
    window.set_year(YEAR)
    window.show_page("services")
    page = window.pages["services"]
    page.set_source("national")
    store = window.context.store
    signoff.submit(store, store.catalog, YEAR)  # behind the page's back: it still shows a draft
    assert page.submit([Edit("inc.sport", TOTAL, 60)]) is False
    assert refused[0].startswith("2024 was submitted on ") and "Reopen the year" in refused[0]
    assert refused[0].endswith("\n\nTo reopen the year: Overview > Reopen.")  # the window's hint
    assert store.values.get(YEAR, "national", "inc.sport") == 58


def test_budget_sraap_and_reports_are_read_only_with_the_note(frozen_window):
    frozen_window.show_page("budget")
    budget = frozen_window.pages["budget"]
    assert budget.frozen_note.isVisible() and not budget.add_button.isEnabled()
    assert "2024 is submitted" in budget.hint.text()
    frozen_window.show_page("sraap")
    sraap = frozen_window.pages["sraap"]
    assert sraap.frozen_note.isVisible()
    assert not sraap.narrative_edit.isEnabled() and not sraap.import_button.isEnabled()
    assert "reopen it" in sraap.saved_label.text()
    frozen_window.show_page("reports")
    reports = frozen_window.pages["reports"]
    assert reports.frozen_note.isVisible()
    assert all(edit.isReadOnly() for edit in reports.detail_edits.values())


def test_a_submitted_years_document_is_exported_as_it_was_sent(frozen_window, tmp_path):
    frozen_window.show_page("reports")
    reports = frozen_window.pages["reports"]
    store = frozen_window.context.store
    result = reports.export("form-j", tmp_path / "j.pdf",
                            confirm_draft=lambda f: pytest.fail("no draft for a submitted year"))
    snapshot = store.snapshots.latest(YEAR)
    assert result.snapshot_id == snapshot.id
    assert (tmp_path / "j.pdf").read_bytes() == store.snapshots.document(snapshot.id, "form-j", "pdf")
    assert "as submitted on" in reports.result_label.text()


def test_casualty_records_of_the_submitted_year_cannot_be_edited(frozen_window, qtbot, errors_shown):
    frozen_window.context.store.casualties.add({
        "source_id": "C-2023", "incident_date": "2023-03-01", "outcome": "killed"})
    frozen_window.show_page("casualties")
    page = frozen_window.pages["casualties"]
    assert page.frozen_note.isVisible() and "2024" in page.frozen_note.text()
    row = next(r for r in range(page.model.rowCount()) if page.model.record(r)["incident_year"] == YEAR)
    page.table.selectRow(row)
    assert not page.edit_button.isEnabled() and not page.delete_button.isEnabled()
    assert page.edit_button.toolTip().startswith("2024 was submitted on")
    page.edit_row(row)
    assert page.dialog is None
    assert errors_shown and errors_shown[0][1].startswith("2024 was submitted on")
    other = next(r for r in range(page.model.rowCount()) if page.model.record(r)["incident_year"] == 2023)
    page.table.selectRow(other)
    assert page.edit_button.isEnabled() and page.edit_button.toolTip() == ""
