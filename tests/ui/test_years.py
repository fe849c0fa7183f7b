"""The year selector: on a new database it offers the year before the usual one (for
the year-on-year checks and previous-year columns), "Add a year…" reaches earlier
ones, and figures typed for an old year are marked as entered late."""

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog

from cmdesk.catalog import HEADQUARTERS, TOTAL
from cmdesk.store import Store
from ui.models.values_grid import LATE_ROLE


@pytest.fixture
def new_window(qtbot, qapp, tmp_path, catalog, settings):
    from ui.app import application
    from ui.context import AppContext
    from ui.main_window import MainWindow

    application()
    store = Store.create(tmp_path / "new.cmdesk", catalog, HEADQUARTERS, "tester")
    window = MainWindow(AppContext(shipped_catalog=catalog, settings=settings, user="tester", store=store))
    qtbot.addWidget(window)
    window.show()
    yield window
    store.close()


def offered(window):
    box = window.year_box
    return [box.itemText(i) for i in range(box.count())]


def test_a_new_database_offers_the_previous_year_and_add_a_year(new_window):
    this = date.today().year
    assert offered(new_window) == [str(y) for y in (this + 1, this, this - 1, this - 2)] + ["Add a year…"]
    assert new_window.current_year() == this - 1


def test_add_a_year_asks_for_an_earlier_one_and_shows_it(new_window, monkeypatch):
    this = date.today().year
    asked = []

    def get_int(parent, title, label, value, low, high):
        asked.append((value, low, high))
        return 2015, True

    monkeypatch.setattr(QInputDialog, "getInt", get_int)
    new_window.year_box.setCurrentIndex(new_window.year_box.count() - 1)
    assert asked == [(this - 3, 1979, this - 3)]
    assert new_window.current_year() == 2015
    assert offered(new_window)[-2:] == ["2015", "Add a year…"]
    assert "2015" in new_window.pages["overview"].heading.text()


def test_cancelling_add_a_year_keeps_the_year_shown(new_window, monkeypatch):
    monkeypatch.setattr(QInputDialog, "getInt", lambda *args: (0, False))
    shown = new_window.current_year()
    new_window.year_box.setCurrentIndex(new_window.year_box.count() - 1)
    assert new_window.current_year() == shown


def test_last_years_figures_can_be_entered_and_are_marked_late(new_window, qtbot):
    previous = date.today().year - 2
    new_window.set_year(previous)
    new_window.show_page("services")
    page = new_window.pages["services"]
    page.set_source("mosvy")
    assert "marked as entered late" in page.mode_label.text()
    index = page.model.index_of("svc.prc_clients", TOTAL)
    assert page.model.setData(index, "26988")
    index = page.model.index_of("svc.prc_clients", TOTAL)
    assert index.data(LATE_ROLE) == date.today().isoformat()
    assert index.data(Qt.ItemDataRole.FontRole).italic()
    assert "Entered late, on" in index.data(Qt.ItemDataRole.ToolTipRole)
    # The year-on-year column of the usual year now has it.
    new_window.set_year(previous + 1)
    assert page.model.grid.previous[("svc.prc_clients", TOTAL)] == 26988
