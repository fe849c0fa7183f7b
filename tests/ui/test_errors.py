"""The one place the GUI shows errors (ui/errors.py): an exception raised in a slot
reaches the user as a message, never as a traceback printed where nobody looks."""

import sqlite3

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton

from cmdesk.errors import InputError, Remedy
from ui.errors import install_error_hook, remedy_hint, show_error
from ui.widgets.frozen_note import FrozenNote


@pytest.fixture
def boxes_shown(monkeypatch):
    """The unexpected-error boxes shown, as (text, detailed text), instead of modal ones."""
    shown = []
    monkeypatch.setattr(QMessageBox, "exec",
                        lambda box: shown.append((box.text(), box.detailedText())) or 0)
    return shown


def _button_raising(qtbot, error):
    button = QPushButton("Go")
    qtbot.addWidget(button)

    def slot():
        raise error

    button.clicked.connect(slot)
    return button


@pytest.fixture
def hook(qtbot, tmp_path):
    uninstall = install_error_hook(lambda: None, lambda: tmp_path / "office.cmdesk")
    yield
    uninstall()


@pytest.mark.qt_no_exception_capture
def test_an_unexpected_exception_in_a_slot_is_shown_with_its_details(
    qtbot, hook, boxes_shown, errors_shown, capsys
):
    button = _button_raising(qtbot, ZeroDivisionError("division by zero in the budget total"))
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    ((text, details),) = boxes_shown
    assert "Something went wrong inside CMDesk" in text
    assert "ZeroDivisionError: division by zero in the budget total" in details
    assert "in slot" in details  # where it happened, for the database unit
    assert errors_shown == []
    assert "Traceback" not in capsys.readouterr().err


@pytest.mark.qt_no_exception_capture
def test_an_expected_error_in_a_slot_is_shown_as_its_message(qtbot, hook, boxes_shown, errors_shown):
    button = _button_raising(qtbot, InputError("Row 3: the age 250 is not possible."))
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert errors_shown == [("CMDesk", "Row 3: the age 250 is not possible.")]
    assert boxes_shown == []


@pytest.mark.qt_no_exception_capture
def test_a_database_lock_met_in_a_slot_is_explained(qtbot, hook, boxes_shown, errors_shown, tmp_path):
    button = _button_raising(qtbot, sqlite3.OperationalError("database is locked"))
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    ((title, text),) = errors_shown
    assert str(tmp_path / "office.cmdesk") in text and "in use by another program" in text
    assert boxes_shown == []


def test_uninstalling_puts_the_previous_hook_back(qtbot):
    import sys

    before = sys.excepthook
    uninstall = install_error_hook(lambda: None)
    assert sys.excepthook is not before
    uninstall()
    assert sys.excepthook is before


def test_every_remedy_of_the_core_has_its_place_in_the_window():
    for remedy in Remedy:
        assert remedy_hint(remedy)


def test_an_error_is_shown_with_where_the_window_does_what_its_message_says(
        qtbot, errors_shown, demo_store):
    with pytest.raises(InputError) as refusal:
        demo_store.funding.delete("gone")
    show_error(None, refusal.value)
    ((title, text),) = errors_shown
    message, hint = text.split("\n\n")
    assert message == str(refusal.value) and "Budget page" not in message
    assert hint == "To read the data again: File > Refresh (F5)."


def test_a_line_deleted_elsewhere_says_refresh_when_deleted_on_the_budget_page(
        window, qtbot, errors_shown):
    window.show_page("budget")
    page = window.pages["budget"]
    page.table.selectRow(0)
    line_id = page.selected_id()
    window.context.store.funding.delete(line_id)  # by another window, say
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    ((title, text),) = errors_shown
    assert f"There is no funding line with id {line_id}" in text
    assert text.endswith("To read the data again: File > Refresh (F5).")


def test_the_frozen_note_says_where_the_window_reopens_the_year(qtbot, demo_store):
    note = FrozenNote()
    qtbot.addWidget(note)
    demo_store.years.set_status(2024, "submitted")
    assert note.show_year(demo_store, 2024)
    assert note.text().endswith("is frozen. Reopen the year to change it. To reopen the year: "
                                "Overview > Reopen.")
