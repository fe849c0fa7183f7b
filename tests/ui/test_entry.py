"""The Services and Assistive devices grids, driven with the keyboard and the clipboard."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLineEdit, QMessageBox

from cmdesk.catalog import TOTAL
from ui.models.values_grid import ValuesGridModel


@pytest.fixture
def refused(monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: shown.append(text))
    return shown


@pytest.fixture
def devices(window):
    window.show_page("devices")
    page = window.pages["devices"]
    page.set_source("national")
    return page


def test_the_grid_model_passes_qtmodeltester(qtmodeltester, demo_store, catalog):
    from cmdesk.entry import load_grid

    model = ValuesGridModel(catalog, "services")
    model.set_grid(load_grid(demo_store, catalog, 2024, None), read_only=True)
    qtmodeltester.check(model)


def test_the_devices_grid_shows_computed_group_totals_and_the_warning(devices):
    model = devices.model
    row = next(r for r, grid_row in enumerate(model.rows) if grid_row.code == "dev.prosthesis")
    total_column = next(c for c, col in enumerate(model.columns) if col.kind == "value")
    index = model.index(row, total_column)
    assert index.data() == "3,828"
    assert not (model.flags(index) & Qt.ItemFlag.ItemIsEditable)
    stated = model.index_of("dev.total_reported", TOTAL)
    assert stated.data() == "26,280"
    assert "25,848" in stated.data(Qt.ItemDataRole.ToolTipRole)
    assert devices.findings.count() == 1
    assert "26,280 stated, 25,848 summed" in devices.findings.item(0).text()


def test_typing_saves_at_once_enter_moves_down_and_undo_restores(devices, qtbot, window):
    view, model, store = devices.view, devices.model, window.context.store
    index = model.index_of("dev.seating", TOTAL)
    view.setCurrentIndex(index)
    qtbot.keyClick(view, "6")  # a key starts editing, as in Excel
    editor = view.findChild(QLineEdit)
    assert editor is not None and editor.text() == "6"
    qtbot.keyClicks(editor, "0")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # Qt commits and closes the editor through a queued call.
    qtbot.waitUntil(lambda: store.values.get(2024, "national", "dev.seating") == 60)
    assert view.currentIndex().row() == index.row() + 1
    assert model.index_of("dev.seating", TOTAL).data() == "60"
    window.undo_action.trigger()
    assert store.values.get(2024, "national", "dev.seating") == 52
    window.redo_action.trigger()
    assert store.values.get(2024, "national", "dev.seating") == 60


def test_a_pasted_excel_block_is_one_undo_step(devices, qtbot, window):
    store, model, view = window.context.store, devices.model, devices.view
    view.setCurrentIndex(model.index_of("dev.prosthesis.lower", TOTAL))
    QGuiApplication.clipboard().setText("3,700\r\n២២០\r\n2 600\r\n")
    qtbot.keyClick(view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert [store.values.get(2024, "national", code) for code in
            ("dev.prosthesis.lower", "dev.prosthesis.upper", "dev.orthosis.lower")] == [3700, 220, 2600]
    assert devices.undo_stack.count() == 1
    window.undo_action.trigger()
    assert store.values.get(2024, "national", "dev.prosthesis.lower") == 3608
    assert store.values.get(2024, "national", "dev.orthosis.lower") == 2559


def test_a_bad_pasted_number_refuses_the_whole_block(devices, qtbot, window, refused):
    view, model = devices.view, devices.model
    view.setCurrentIndex(model.index_of("dev.prosthesis.lower", TOTAL))
    QGuiApplication.clipboard().setText("3700\n-5\n")
    qtbot.keyClick(view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert window.context.store.values.get(2024, "national", "dev.prosthesis.lower") == 3608
    assert "Row 2, column 1" in refused[0] and "negative" in refused[0]
    assert devices.undo_stack.count() == 0


def test_a_part_larger_than_its_total_is_refused_with_the_rule(window, qtbot, refused):
    window.show_page("services")
    page = window.pages["services"]
    page.set_source("national")
    index = page.model.index_of("inc.sport", "female")
    assert not page.model.setData(index, "59")
    assert "female (59) is larger than the total (58)" in refused[0]
    assert window.context.store.values.get(2024, "national", "inc.sport", "female") == 33


def test_delete_clears_the_selection_as_one_step(devices, qtbot, window):
    view, model = devices.view, devices.model
    view.setCurrentIndex(model.index_of("dev.tricycle", TOTAL))
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert window.context.store.values.get(2024, "national", "dev.tricycle") is None
    window.undo_action.trigger()
    assert window.context.store.values.get(2024, "national", "dev.tricycle") == 54


def test_the_national_view_is_read_only_and_shows_sources(devices, window):
    devices.set_source(None)
    index = devices.model.index_of("dev.repair", TOTAL)
    assert not (devices.model.flags(index) & Qt.ItemFlag.ItemIsEditable)
    assert "National total: 13,305" in index.data(Qt.ItemDataRole.ToolTipRole)


def test_a_source_of_its_own_and_the_history_of_a_value(devices, window):
    devices.set_source("prc.03")
    index = devices.model.index_of("dev.repair", TOTAL)
    assert index.data() == ""
    assert devices.model.setData(index, "1,200")
    assert devices.model.setData(index, "1,250")
    assert window.context.store.values.get(2024, "prc.03", "dev.repair") == 1250
    lines = devices.history_lines(("dev.repair", TOTAL))
    assert len(lines) == 2 and "(empty) -> 1200" in lines[0] and "1200 -> 1250" in lines[1]
    assert "tester" in lines[1]
