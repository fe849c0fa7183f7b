"""The completeness widget (the Overview's list of returns), driven as a user would: the
model, the summary line, the status shown as text and colour, marking a return
received (the date defaulting to the suggestion), checked (refused while its figures
have errors), and changing what is expected and when it is due."""

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox

from cmdesk.completeness import CHECKED, NOT_EXPECTED, OVERDUE, RECEIVED, completeness
from cmdesk.store import Store
from ui.context import AppContext
from ui.models.completeness import COLUMNS, KEY_ROLE, STATUS_ROLE, CompletenessModel
from ui.widgets.completeness import CompletenessWidget

TODAY = date(2025, 6, 1)
NOON = "T12:00:00+00:00"


def make_widget(qtbot, store, catalog, settings, today=TODAY, year=2024):
    from ui.app import application

    application()
    context = AppContext(shipped_catalog=catalog, settings=settings, user="tester", store=store)
    widget = CompletenessWidget(context, today=lambda: today)
    qtbot.addWidget(widget)
    widget.resize(1000, 600)
    widget.show()
    widget.set_year(year)
    return widget


@pytest.fixture
def widget(qtbot, demo_store, catalog, settings):
    return make_widget(qtbot, demo_store, catalog, settings)


@pytest.fixture
def new_store(tmp_path, catalog):
    from cmdesk.catalog import HEADQUARTERS

    store = Store.create(tmp_path / "office.cmdesk", catalog, HEADQUARTERS, "tester")
    yield store
    store.close()


def cell(widget, key, column):
    row = widget.model.row_of(key)
    assert row >= 0, key
    return widget.model.index(row, COLUMNS.index(column))


def click_row(qtbot, widget, key):
    index = cell(widget, key, "section")
    widget.table.scrollTo(index)
    rect = widget.table.visualRect(index)
    qtbot.mouseClick(widget.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert widget.selected_key() == key


def click(qtbot, button):
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def click_ok(qtbot, dialog):
    click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))


def status_of(widget, key):
    return cell(widget, key, "status").data(STATUS_ROLE)


# --- the model -----------------------------------------------------------------------


def test_the_model_passes_qt_model_tests(qtmodeltester, demo_store):
    model = CompletenessModel()
    model.set_statuses(completeness(demo_store, demo_store.catalog, 2024, TODAY))
    qtmodeltester.check(model)
    model.set_statuses([])
    qtmodeltester.check(model)


def test_the_status_is_written_and_coloured_never_colour_alone(demo_store):
    model = CompletenessModel()
    model.set_statuses(completeness(demo_store, demo_store.catalog, 2024, TODAY))
    status = COLUMNS.index("status")
    shown = {}
    for row in range(model.rowCount()):
        index = model.index(row, status)
        shown[index.data(STATUS_ROLE)] = (index.data(), index.data(Qt.ItemDataRole.BackgroundRole).name())
    assert shown[OVERDUE][0] == "Overdue" and shown[CHECKED][0] == "Checked"
    assert shown[RECEIVED][0] == "Received"
    backgrounds = [colour for _, colour in shown.values()]
    assert len(set(backgrounds)) == len(backgrounds)  # each status its own colour, and a word
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["Source", "Section", "Due", "Received", "Checked", "Status"]
    vic = model.row_of(("vic", "inclusion"))
    assert [model.index(vic, c).data() for c in range(len(COLUMNS))] == [
        "VIC", "Social and economic inclusion", "2025-02-15", "", "", "Overdue"]
    assert model.index(vic, 0).data(Qt.ItemDataRole.ToolTipRole) == "Veterans International Cambodia (VIC)"
    assert model.index(vic, 5).data(Qt.ItemDataRole.ToolTipRole) == "Expected by 2025-02-15 and not received."
    pwdf = model.row_of(("pwdf", "devices"))
    assert model.index(pwdf, COLUMNS.index("checked")).data() == "2025-02-11, VA data officer"
    assert model.index(pwdf, 0).data(KEY_ROLE) == ("pwdf", "devices")


# --- the widget ----------------------------------------------------------------------


def test_the_demo_year_says_what_is_missing(widget):
    assert widget.summary.text() == ("Returns for 2024: 42 expected, 41 received, 39 checked. "
                                     "Overdue (1): VIC: Social and economic inclusion.")
    assert widget.model.rowCount() == 42
    widget.only_missing.setChecked(True)
    assert [widget.model.index(r, 0).data(KEY_ROLE) for r in range(widget.model.rowCount())] == [
        ("vic", "inclusion")]
    widget.only_missing.setChecked(False)
    assert widget.model.rowCount() == 42


def test_mark_received_records_the_day_chosen(qtbot, widget):
    store = widget.context.store
    click_row(qtbot, widget, ("vic", "inclusion"))
    assert not widget.checked_button.isEnabled()  # nothing to check yet
    click(qtbot, widget.received_button)
    dialog = widget.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.date_edit.date() == QDate(2025, 6, 1)  # nothing suggested: today
    assert not dialog.not_received_button.isEnabled()
    dialog.date_edit.setDate(QDate(2025, 3, 20))
    with qtbot.waitSignal(widget.changed):
        click_ok(qtbot, dialog)
    assert widget.dialog is None
    assert store.returns.get(2024, "vic", "inclusion")["received_on"] == "2025-03-20"
    assert status_of(widget, ("vic", "inclusion")) == RECEIVED
    assert cell(widget, ("vic", "inclusion"), "received").data() == "2025-03-20"
    assert widget.selected_key() == ("vic", "inclusion")
    assert widget.summary.text() == ("Returns for 2024: 42 expected, 42 received, 39 checked. "
                                     "Nothing is missing.")


def test_the_date_received_defaults_to_the_day_the_figures_were_entered(qtbot, new_store, catalog,
                                                                         settings):
    new_store.values.set(2024, "prc.05", "dev.repair", "total", 640)
    new_store.db.execute("UPDATE aggregate_values SET created_at = ?", ["2025-01-21" + NOON])
    widget = make_widget(qtbot, new_store, catalog, settings)
    key = ("prc.05", "devices")
    assert cell(widget, key, "received").data() == "2025-01-21 (from the data entered)"
    click_row(qtbot, widget, key)
    click(qtbot, widget.received_button)
    dialog = widget.dialog
    assert dialog.date_edit.date() == QDate(2025, 1, 21)
    assert "first entered on 2025-01-21" in dialog.hint.text()
    click_ok(qtbot, dialog)
    assert new_store.returns.get(2024, *key)["received_on"] == "2025-01-21"
    assert cell(widget, key, "received").data() == "2025-01-21"


def test_mark_checked_then_remove_the_check(qtbot, widget):
    store = widget.context.store
    key = ("prc.11", "devices")
    click_row(qtbot, widget, key)
    assert widget.checked_button.text() == "Mark checked"
    with qtbot.waitSignal(widget.changed):
        click(qtbot, widget.checked_button)
    assert store.returns.get(2024, *key)["checked_by"] == "tester"
    assert status_of(widget, key) == CHECKED
    assert cell(widget, key, "checked").data().endswith(", tester")
    assert widget.checked_button.text() == "Remove the check"
    click(qtbot, widget.checked_button)
    assert store.returns.get(2024, *key)["checked_by"] is None
    assert status_of(widget, key) == RECEIVED


def test_a_return_whose_figures_have_errors_is_not_checked_and_the_errors_are_shown(
        qtbot, widget, errors_shown):
    store = widget.context.store
    store.values.set_many([(2024, "prc.11", "svc.prc_clients", "total", 90, None),
                           (2024, "prc.11", "svc.prc_clients", "survivor", 120, None)])
    key = ("prc.11", "rehabilitation")
    widget.refresh()
    click_row(qtbot, widget, key)
    click(qtbot, widget.checked_button)
    assert store.returns.get(2024, *key)["checked_at"] is None
    assert status_of(widget, key) == RECEIVED
    ((title, text),) = errors_shown
    assert title == "Cannot record this return"
    assert "cannot be marked checked" in text and "survivor (120) is larger than the total (90)" in text


def test_not_received_removes_the_day_and_the_check(qtbot, widget):
    key = ("hi", "inclusion")
    click_row(qtbot, widget, key)
    click(qtbot, widget.received_button)
    dialog = widget.dialog
    assert dialog.date_edit.date() == QDate(2025, 2, 10)
    click(qtbot, dialog.not_received_button)
    assert widget.context.store.returns.get(2024, *key)["received_on"] is None
    assert widget.context.store.returns.get(2024, *key)["checked_at"] is None
    assert status_of(widget, key) == OVERDUE


def test_a_return_no_longer_expected_leaves_nothing_missing(qtbot, widget):
    key = ("vic", "inclusion")
    click_row(qtbot, widget, key)
    click(qtbot, widget.expectation_button)
    dialog = widget.dialog
    assert not dialog.source_box.isEnabled() and dialog.key() == key
    assert dialog.expected_check.isChecked() and dialog.due() == date(2025, 2, 15)
    dialog.expected_check.setChecked(False)
    with qtbot.waitSignal(widget.changed):
        click_ok(qtbot, dialog)
    assert status_of(widget, key) == NOT_EXPECTED
    assert cell(widget, key, "status").data() == "Not expected"
    assert widget.summary.text() == ("Returns for 2024: 41 expected, 41 received, 39 checked. "
                                     "Nothing is missing.")


def test_a_later_due_date_is_shown_as_changed_and_the_return_not_yet_overdue(
        qtbot, new_store, catalog, settings):
    widget = make_widget(qtbot, new_store, catalog, settings, today=date(2025, 2, 20))
    key = ("mosvy", "inclusion")
    assert status_of(widget, key) == OVERDUE
    click_row(qtbot, widget, key)
    click(qtbot, widget.expectation_button)
    dialog = widget.dialog
    dialog.due_edit.setDate(QDate(2025, 3, 1))
    click_ok(qtbot, dialog)
    assert new_store.returns.get(2024, *key)["due_date"] == "2025-03-01"
    assert status_of(widget, key) == "expected"
    assert cell(widget, key, "due").data() == "2025-03-01 (changed)"
    # The default again.
    click(qtbot, widget.expectation_button)
    dialog = widget.dialog
    click(qtbot, dialog.default_button)
    assert dialog.due() == date(2025, 2, 15)
    click_ok(qtbot, dialog)
    assert new_store.returns.get(2024, *key)["due_date"] is None
    assert cell(widget, key, "due").data() == "2025-02-15"


def test_expect_another_return_adds_a_row(qtbot, widget):
    key = ("icrc", "rehabilitation")
    assert widget.model.row_of(key) == -1
    click(qtbot, widget.add_button)
    dialog = widget.dialog
    dialog.source_box.setCurrentIndex(dialog.source_box.findData("icrc"))
    dialog.section_box.setCurrentIndex(dialog.section_box.findData("rehabilitation"))
    assert dialog.expected_check.isChecked()
    assert "By default this return is not expected" in dialog.default_label.text()
    click_ok(qtbot, dialog)
    assert status_of(widget, key) == OVERDUE
    assert widget.selected_key() == key
    assert "Overdue (2)" in widget.summary.text()


def test_a_read_only_database_offers_no_changes(qtbot, tmp_path, catalog, settings):
    from cmdesk.demo import create_demo

    path = tmp_path / "demo.cmdesk"
    create_demo(path, catalog, "tester").close()
    store = Store.open(path, catalog, "tester", read_only=True)
    try:
        widget = make_widget(qtbot, store, catalog, settings)
        click_row(qtbot, widget, ("vic", "inclusion"))
        for button in (widget.received_button, widget.checked_button,
                       widget.expectation_button, widget.add_button):
            assert not button.isEnabled()
        assert widget.model.rowCount() == 42
    finally:
        store.close()

