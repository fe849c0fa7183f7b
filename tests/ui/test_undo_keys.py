"""Undo and redo as Excel users expect them, driven by real key events through the
window's Edit menu shortcuts (QKeySequence.Undo and .Redo): Ctrl+Z, Ctrl+Y and
Ctrl+Shift+Z on every entry page; undoing a change of another source first shows
that source; no key has two actions ("Ambiguous shortcut overload")."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeySequence

from cmdesk.catalog import TOTAL
from cmdesk.entry import Edit

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def press(qtbot, widget, key, modifiers=CTRL):
    qtbot.keyClick(widget, key, modifiers)


def undo_redo_three_ways(qtbot, widget, before, after, now):
    """Ctrl+Z undoes, Ctrl+Y redoes, Ctrl+Z again, Ctrl+Shift+Z redoes; `now()` is
    what the store holds."""
    assert now() == after
    press(qtbot, widget, Qt.Key.Key_Z)
    assert now() == before
    press(qtbot, widget, Qt.Key.Key_Y)
    assert now() == after
    press(qtbot, widget, Qt.Key.Key_Z)
    assert now() == before
    press(qtbot, widget, Qt.Key.Key_Z, CTRL | SHIFT)
    assert now() == after


def test_the_platform_gives_redo_both_keys(qapp):
    keys = [k.toString() for k in QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)]
    assert "Ctrl+Y" in keys and "Ctrl+Shift+Z" in keys


@pytest.mark.parametrize("page_key, item", [("services", "svc.medical_care"), ("devices", "dev.seating")])
def test_ctrl_z_ctrl_y_and_ctrl_shift_z_on_the_entry_grids(window, qtbot, qtlog, page_key, item):
    window.show_page(page_key)
    page = window.pages[page_key]
    page.set_source("national")
    store = window.context.store
    before = store.values.get(2024, "national", item)
    page.view.setCurrentIndex(page.model.index_of(item, TOTAL))
    page.view.setFocus()
    QGuiApplication.clipboard().setText("77\n")
    press(qtbot, page.view, Qt.Key.Key_V)
    undo_redo_three_ways(qtbot, page.view, before, 77,
                         lambda: store.values.get(2024, "national", item))
    assert not [r for r in qtlog.records if "Ambiguous shortcut" in r.message]
    # The page's buttons do the same and say what they would undo.
    assert page.undo_buttons.undo.isEnabled()
    assert page.undo_buttons.undo.toolTip().startswith("Undo: Paste 1 value(s) (National total)")
    qtbot.mouseClick(page.undo_buttons.undo, Qt.MouseButton.LeftButton)
    assert store.values.get(2024, "national", item) == before


def test_ctrl_z_ctrl_y_and_ctrl_shift_z_on_the_budget(window, qtbot, qtlog):
    window.show_page("budget")
    page = window.pages["budget"]
    store = window.context.store
    page.table.selectRow(1)
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    page.table.setFocus()
    undo_redo_three_ways(qtbot, page.table, 2, 1, lambda: len(store.funding.for_year(2024)))
    assert not [r for r in qtlog.records if "Ambiguous shortcut" in r.message]


def test_ctrl_z_ctrl_y_and_ctrl_shift_z_on_the_casualties(window, qtbot, qtlog):
    window.show_page("casualties")
    page = window.pages["casualties"]
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    store = window.context.store
    page.table.selectRow(0)
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    page.table.setFocus()
    undo_redo_three_ways(qtbot, page.table, 49, 48, store.casualties.count)
    assert not [r for r in qtlog.records if "Ambiguous shortcut" in r.message]
    assert page.undo_button.toolTip().startswith("Undo: Delete casualty record")


def test_undoing_a_change_of_another_source_first_shows_that_source(window, qtbot):
    window.show_page("services")
    page = window.pages["services"]
    store = window.context.store
    page.set_source("mosvy")
    page.view.setCurrentIndex(page.model.index_of("svc.prc_clients", TOTAL))
    page.view.setFocus()
    QGuiApplication.clipboard().setText("26988\n")
    press(qtbot, page.view, Qt.Key.Key_V)
    assert store.values.get(2024, "mosvy", "svc.prc_clients") == 26988
    page.set_source("dac")
    assert page.source() == "dac" and page.model.index_of("svc.prc_clients", TOTAL).data() == ""
    page.view.setFocus()
    press(qtbot, page.view, Qt.Key.Key_Z)
    # The grid shows MoSVY's figures, the undone cell selected and empty again.
    assert page.source() == "mosvy"
    assert page.source_box.currentText().endswith("(MoSVY)")
    assert store.values.get(2024, "mosvy", "svc.prc_clients") is None
    assert page.view.currentIndex() == page.model.index_of("svc.prc_clients", TOTAL)
    assert page.model.index_of("svc.prc_clients", TOTAL).data() == ""
    page.set_source("dac")
    press(qtbot, page.view, Qt.Key.Key_Y)
    assert page.source() == "mosvy" and page.model.index_of("svc.prc_clients", TOTAL).data() == "26,988"


def test_the_edit_menu_acts_on_the_page_shown(window, qtbot):
    window.show_page("devices")
    devices = window.pages["devices"]
    devices.set_source("national")
    devices.submit([Edit("dev.repair", TOTAL, 1)])
    assert window.undo_action.isEnabled()
    assert window.undo_action.text() == "&Undo Edit 1 value(s) (National total)"
    window.show_page("budget")
    assert not window.undo_action.isEnabled()  # nothing done on the Budget page
    window.show_page("devices")
    assert window.undo_action.isEnabled()
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Edit")
    assert [a.text().split(" ")[0] for a in menu.actions()] == ["&Undo", "&Redo"]
