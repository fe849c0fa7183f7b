"""The Budget page on the demo database, driven as a user would: the table and its
model, the form to add and edit a line, delete, undo and redo, and the totals."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from cmdesk.demo import create_demo
from cmdesk.store import Store
from ui.context import AppContext
from ui.models.funding import COLUMNS, LINE_ID_ROLE, VALUE_ROLE, FundingLinesModel
from ui.pages.budget import BudgetPage

UNDP = "United Nations Development Programme (UNDP)"
RGC = "Royal Government of Cambodia"


@pytest.fixture
def page(window, qtbot):
    window.show_page("budget")
    page = window.pages["budget"]
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return page


def funders(page):
    return [line["funder"] for line in page.model.lines]


def totals_shown(page):
    return {key: label.text() for key, label in page.total_labels.items()}


def cell(page, row, key):
    return page.model.index(row, COLUMNS.index(key)).data()


def select(page, qtbot, row):
    rect = page.table.visualRect(page.model.index(row, 0))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.selected_id() == page.model.line_id(row)


def choose(combo, data):
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def type_into(qtbot, edit, text):
    edit.selectAll()
    edit.del_()
    qtbot.keyClicks(edit, text)


def click_ok(qtbot, dialog):
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)


def add_japan(page, qtbot):
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert dialog is not None and dialog.isVisible()
    type_into(qtbot, dialog.funder_edit, "Government of Japan")
    choose(dialog.kind_box, "donor_government")
    type_into(qtbot, dialog.purpose_edit, "Prostheses")
    type_into(qtbot, dialog.amount_edit, "15,000,000")
    choose(dialog.currency_box, "JPY")
    assert dialog.rate_edit.isEnabled()
    type_into(qtbot, dialog.rate_edit, "0.0066")
    assert dialog.usd_label.text() == "US$99,000"
    dialog.earmarked_check.setChecked(True)
    click_ok(qtbot, dialog)
    assert not dialog.isVisible() and page.dialog is None


# --- the model -----------------------------------------------------------------------


def test_the_model_passes_qt_model_tests(qtmodeltester, demo_store):
    model = FundingLinesModel()
    model.set_lines(demo_store.funding.for_year(2024))
    qtmodeltester.check(model)
    model.set_lines([])
    qtmodeltester.check(model)


def test_the_model_shows_formatted_right_aligned_figures(demo_store):
    demo_store.funding.add({"year": 2024, "funder": "Ministry of Economy and Finance",
                            "funder_kind": "national_budget", "amount": 400_000_000,
                            "currency": "KHR", "rate_to_usd": 0.000245})
    model = FundingLinesModel()
    model.set_lines(demo_store.funding.for_year(2024))
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["Funder", "Kind", "Purpose", "Amount", "Currency", "Rate to US$",
                       "US$ amount", "Earmarked", "Note"]
    row = model.row_of(model.lines[0]["id"])
    shown = [model.index(row, c).data() for c in range(model.columnCount())]
    assert shown == ["Ministry of Economy and Finance", "National budget", "", "400,000,000",
                     "KHR", "0.000245", "98,000", "No", ""]
    right = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    for key in ("amount", "rate_to_usd", "amount_usd"):
        assert model.index(0, COLUMNS.index(key)).data(Qt.ItemDataRole.TextAlignmentRole) == right
    assert model.index(0, 0).data(Qt.ItemDataRole.TextAlignmentRole) != right
    assert model.index(0, 5).data(LINE_ID_ROLE) == model.lines[0]["id"]
    assert model.index(0, 3).data(VALUE_ROLE) == 400_000_000
    undp = model.row_of(next(line["id"] for line in model.lines if line["funder"] == UNDP))
    assert model.index(undp, COLUMNS.index("earmarked")).data() == "Yes"
    assert model.index(undp, COLUMNS.index("rate_to_usd")).data() == "1"


# --- the page ------------------------------------------------------------------------


def test_the_page_shows_the_demo_year(page):
    assert page.title() == "Budget"
    assert page.heading.text() == "Budget and funding in 2024"
    assert funders(page) == [RGC, UNDP]
    assert cell(page, 1, "amount_usd") == "130,000"
    assert totals_shown(page) == {"total": "US$230,000", "national": "US$100,000",
                                  "international": "US$130,000", "earmarked": "US$130,000"}
    assert page.kind_labels["un_agency"].text() == "US$130,000"
    assert page.kind_labels["ngo"].text() == "US$0"
    assert page.add_button.isEnabled() and not page.edit_button.isEnabled()
    assert page.undo_stack.count() == 0


def test_add_a_line_through_the_form_then_undo_and_redo(page, qtbot):
    store = page.context.store
    add_japan(page, qtbot)
    assert funders(page) == [RGC, UNDP, "Government of Japan"]
    assert page.selected_id() == page.model.line_id(2)
    line_id = page.selected_id()
    line = store.funding.get(line_id)
    assert (line["amount"], line["currency"], line["rate_to_usd"], line["earmarked"]) == (
        15_000_000, "JPY", 0.0066, 1)
    assert cell(page, 2, "amount_usd") == "99,000"
    assert totals_shown(page) == {"total": "US$329,000", "national": "US$100,000",
                                  "international": "US$229,000", "earmarked": "US$229,000"}
    assert page.kind_labels["donor_government"].text() == "US$99,000"
    assert page.undo_stack.undoText() == "Add funding line 'Government of Japan'"

    page.undo_stack.undo()
    assert funders(page) == [RGC, UNDP] and store.funding.get(line_id) is None
    assert totals_shown(page)["total"] == "US$230,000"
    page.undo_stack.redo()
    assert funders(page) == [RGC, UNDP, "Government of Japan"]
    assert store.funding.get(line_id) is not None  # the same line, with the same id
    assert totals_shown(page)["total"] == "US$329,000"


def test_edit_a_line_by_double_click_then_undo_and_redo(page, qtbot):
    store = page.context.store
    rect = page.table.visualRect(page.model.index(0, 0))
    # A real double-click is a press and release, then the double-click.
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    dialog = page.dialog
    assert dialog is not None and dialog.funder_edit.text() == RGC
    assert dialog.amount_edit.text() == "100,000"
    assert not dialog.rate_edit.isEnabled()  # USD
    type_into(qtbot, dialog.amount_edit, "120000")
    type_into(qtbot, dialog.note_edit, "Revised budget")
    assert dialog.usd_label.text() == "US$120,000"
    click_ok(qtbot, dialog)
    line_id = page.model.line_id(0)
    assert cell(page, 0, "amount") == "120,000" and cell(page, 0, "note") == "Revised budget"
    assert totals_shown(page)["national"] == "US$120,000"
    assert totals_shown(page)["total"] == "US$250,000"
    fields = [row["field"] for row in store.audit.history("funding_lines", line_id)]
    assert fields[-2:] == ["amount", "note"]

    page.undo_stack.undo()
    assert cell(page, 0, "amount") == "100,000" and cell(page, 0, "note") == ""
    assert totals_shown(page)["total"] == "US$230,000"
    page.undo_stack.redo()
    assert cell(page, 0, "amount") == "120,000"
    assert totals_shown(page)["national"] == "US$120,000"


def test_an_edit_that_changes_nothing_leaves_no_undo_step(page, qtbot):
    select(page, qtbot, 1)
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    click_ok(qtbot, page.dialog)
    assert page.undo_stack.count() == 0


def test_delete_a_line_then_undo_and_redo(page, qtbot):
    select(page, qtbot, 1)
    line_id = page.selected_id()
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert funders(page) == [RGC]
    assert totals_shown(page) == {"total": "US$100,000", "national": "US$100,000",
                                  "international": "US$0", "earmarked": "US$0"}
    assert page.undo_button.isEnabled() and not page.redo_button.isEnabled()
    assert page.undo_button.toolTip() == f"Undo: Delete funding line '{UNDP}' (Ctrl+Z)"
    qtbot.mouseClick(page.undo_button, Qt.MouseButton.LeftButton)
    assert funders(page) == [RGC, UNDP] and page.selected_id() == line_id
    assert page.redo_button.isEnabled() and not page.undo_button.isEnabled()
    assert totals_shown(page)["earmarked"] == "US$130,000"
    qtbot.mouseClick(page.redo_button, Qt.MouseButton.LeftButton)
    assert funders(page) == [RGC]


def test_undo_and_redo_from_the_keyboard(page, qtbot):
    select(page, qtbot, 1)
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert funders(page) == [RGC, UNDP]
    qtbot.keyClick(page.table, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert funders(page) == [RGC]
    qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(page.table, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert funders(page) == [RGC]


def test_a_foreign_currency_without_a_rate_is_refused_in_the_form(page, qtbot):
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    type_into(qtbot, dialog.funder_edit, "European Union")
    choose(dialog.kind_box, "donor_government")
    type_into(qtbot, dialog.amount_edit, "50000")
    choose(dialog.currency_box, "EUR")
    assert dialog.usd_label.text() == "— (give the rate to US$)"
    click_ok(qtbot, dialog)
    assert dialog.isVisible() and page.dialog is dialog
    assert dialog.message.isVisible()
    assert dialog.message.text() == (
        "Funding line 'European Union' (2024): a rate to US$ is required for EUR. Type how many "
        "US dollars one EUR was worth on average that year.")
    assert dialog.focusWidget() is dialog.rate_edit
    assert funders(page) == [RGC, UNDP] and page.undo_stack.count() == 0
    # Once the rate is given the message goes, and OK adds the line.
    type_into(qtbot, dialog.rate_edit, "1.08")
    assert not dialog.message.isVisible()
    assert dialog.usd_label.text() == "US$54,000"
    click_ok(qtbot, dialog)
    assert "European Union" in funders(page)


def test_unreadable_numbers_and_an_empty_funder_are_refused_in_the_form(page, qtbot):
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    type_into(qtbot, dialog.amount_edit, "12,34")
    click_ok(qtbot, dialog)
    assert "'12,34' is not a number" in dialog.message.text()
    assert dialog.focusWidget() is dialog.amount_edit
    type_into(qtbot, dialog.amount_edit, "1234")
    assert "the funder is empty" in dialog.message.text()
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel),
                     Qt.MouseButton.LeftButton)
    assert page.dialog is None and page.undo_stack.count() == 0


def test_a_core_error_is_shown_and_leaves_no_undo_step(page, qtbot, errors_shown):
    select(page, qtbot, 1)
    line_id = page.selected_id()
    page.context.store.funding.delete(line_id)  # deleted elsewhere, still on screen
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert len(errors_shown) == 1
    title, text = errors_shown[0]
    assert title == "Cannot change the funding lines"
    assert f"There is no funding line with id {line_id}" in text
    assert page.undo_stack.count() == 0
    assert funders(page) == [RGC]  # the page shows what is stored


def test_another_year_starts_a_new_undo_history(window, page, qtbot):
    select(page, qtbot, 0)
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    window.show_page("overview")
    window.show_page("budget")
    assert page.undo_stack.count() == 1  # coming back to the page keeps it
    window.set_year(2023)
    assert page.undo_stack.count() == 0 and funders(page) == []
    assert "No funding lines for 2023 yet" in page.hint.text()
    assert totals_shown(page)["total"] == "US$0"


def test_another_database_starts_a_new_undo_history(window, page, qtbot, tmp_path, catalog):
    select(page, qtbot, 0)
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    other = tmp_path / "other" / "demo.cmdesk"
    other.parent.mkdir()
    create_demo(other, catalog, "tester").close()
    assert window.open_database(other)
    # The pages are built anew for the other database: no undo steps come along.
    page = window.page("budget")
    assert page.undo_stack.count() == 0 and funders(page) == [RGC, UNDP]


def test_the_overview_follows_the_budget(window, page, qtbot):
    add_japan(page, qtbot)
    window.show_page("overview")
    assert window.pages["overview"].card("funding").value_label.text() == "US$329,000"


def test_a_read_only_database_cannot_be_changed(tmp_path, qtbot, catalog, settings):
    path = tmp_path / "demo.cmdesk"
    create_demo(path, catalog, "tester").close()
    store = Store.open(path, catalog, "tester", read_only=True)
    try:
        page = BudgetPage(AppContext(catalog, settings, "tester", store))
        qtbot.addWidget(page)
        page.show_year(2024)
        assert funders(page) == [RGC, UNDP]
        page.table.selectRow(0)
        assert not page.add_button.isEnabled()
        assert not page.edit_button.isEnabled() and not page.delete_button.isEnabled()
        assert "read-only" in page.hint.text()
        page.edit_row(0)
        assert page.dialog is None
    finally:
        store.close()
