"""The main window on the demo database, driven as a user would."""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from ui.settings import LAST_DATABASE, LAST_YEAR, RECENT_DATABASES, USER_NAME, WINDOW_GEOMETRY

PAGE_TITLES = ["Overview", "Services", "Assistive devices", "Budget", "Casualties",
               "SRAAP & narrative", "Reports", "Data exchange"]


def card_value(window, key):
    return window.pages["overview"].card(key).value_label.text()


def test_window_opens_on_the_demo_database_with_its_marker(window):
    assert "[DEMO]" in window.windowTitle()
    assert window.demo_badge_action.isVisible() and window.demo_badge.isVisible()
    overview = window.pages["overview"]
    assert overview.demo_banner.isVisible()
    assert window.current_year() == 2024
    assert card_value(window, "casualties") == "49"
    assert "12 killed, 29 injured and 8 lost limbs" in overview.card("casualties").detail.text()
    assert card_value(window, "devices") == "26,280"
    assert "25,848" in overview.card("devices").detail.text()
    assert card_value(window, "funding") == "US$230,000"
    assert "Headquarters" in overview.database_line.text()


def test_pages_are_built_when_first_shown(window):
    assert set(window.pages) == {"overview"}
    window.show_page("budget")
    assert set(window.pages) == {"overview", "budget"}
    assert window.current_page() is window.pages["budget"]
    assert window.pages["budget"].isVisible()  # in its scroll area, in the stack
    assert window.stack.count() == len(PAGE_TITLES)


def test_navigation_reaches_every_page(window, qtbot):
    titles = [window.navigation.item(row).text() for row in range(window.navigation.count())]
    assert titles == PAGE_TITLES
    for row, title in enumerate(PAGE_TITLES):
        rect = window.navigation.visualItemRect(window.navigation.item(row))
        qtbot.mouseClick(window.navigation.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        assert window.stack.currentIndex() == row
        assert window.current_page().title() == title


def test_changing_the_year_updates_overview(window, qtbot):
    years = [window.year_box.itemData(i) for i in range(window.year_box.count())]
    assert 2024 in years
    with qtbot.waitSignal(window.year_changed) as signal:
        window.set_year(2023)
    assert signal.args == [2023]
    assert card_value(window, "casualties") == "—"
    assert window.pages["overview"].heading.text() == "Overview of 2023"
    window.set_year(2024)
    assert card_value(window, "casualties") == "49"
    assert window.context.settings.get(LAST_YEAR) == 2024


def test_backup_then_restore_gives_back_the_same_data(window):
    store = window.context.store
    backup = store.backup("manual")
    store.values.set(2024, "national", "dev.repair", "total", 1)
    window.refresh()
    assert window.pages["overview"].card("devices").detail.text() != ""
    assert window.restore_from(backup)
    store = window.context.store
    assert store.values.get(2024, "national", "dev.repair") == 13305
    assert card_value(window, "casualties") == "49"
    assert "Restored from" in window.statusBar().currentMessage()
    safety = [b for b in store.list_backups() if b.reason == "before-restore"]
    assert len(safety) == 1


@pytest.mark.parametrize("content", [
    b"Dear colleagues, please find the figures attached.",
    b"SQLite format 3\x00" + b"\x00" * 84 + b"garbage" * 100,
])
def test_a_foreign_or_corrupt_file_is_refused_and_left_unchanged(window, tmp_path, errors_shown, content):
    bad = tmp_path / "figures.cmdesk"
    bad.write_bytes(content)
    before_store = window.context.store
    assert not window.open_database(bad)
    assert bad.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("figures")) == ["figures.cmdesk"]
    assert window.context.store is before_store
    assert card_value(window, "casualties") == "49"
    (title, text), = errors_shown
    assert str(bad) in text


def test_restoring_a_foreign_file_changes_nothing(window, tmp_path, errors_shown):
    foreign = tmp_path / "other.cmdesk"
    foreign.write_text("not a database")
    assert not window.restore_from(foreign)
    assert window.context.store.values.get(2024, "national", "dev.repair") == 13305
    assert "not a CMDesk database" in errors_shown[0][1]


def test_opening_another_database_switches_and_is_remembered(window, tmp_path, catalog):
    from cmdesk.catalog import HEADQUARTERS
    from cmdesk.store import Store

    other = tmp_path / "province.cmdesk"
    Store.create(other, catalog, catalog.resolve_office("Pailin"), "tester").close()
    assert window.open_database(other)
    assert window.context.store.path == other
    assert "[DEMO]" not in window.windowTitle()
    assert not window.demo_badge_action.isVisible()
    assert "Pailin provincial office" in window.office_label.text()
    assert card_value(window, "casualties") == "—"
    settings = window.context.settings
    assert settings.get(LAST_DATABASE) == str(other.resolve())
    assert settings.get(RECENT_DATABASES)[0] == str(other.resolve())
    assert HEADQUARTERS.code != window.context.store.office.code


def test_closing_remembers_the_window_geometry(window):
    window.resize(1000, 700)
    window.close()
    assert not window.context.settings.get(WINDOW_GEOMETRY).isEmpty()


def test_about_shows_version_path_and_schema(window, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "about", lambda parent, title, text: shown.append(text))
    window.show_about()
    from cmdesk import __version__
    from cmdesk.store import SCHEMA_VERSION
    assert __version__ in shown[0] and str(window.context.store.path) in shown[0]
    assert f"Schema version: {SCHEMA_VERSION}" in shown[0]


def test_first_start_opens_a_new_demo_database(qapp, settings, catalog):
    from ui.app import DEMO_FILE_NAME, open_first_database
    from ui.context import AppContext
    from ui.settings import data_folder

    demo = data_folder() / DEMO_FILE_NAME
    for leftover in (demo, Path(f"{demo}-wal"), Path(f"{demo}-shm")):
        leftover.unlink(missing_ok=True)
    context = AppContext(shipped_catalog=catalog, settings=settings, user="tester")
    store = open_first_database(context, None)
    try:
        assert store.path == demo and store.is_demo
        assert store.casualties.counts(2024).total == 49
    finally:
        store.close()


def test_changing_the_user_name_goes_into_the_audit_log(window):
    window.set_user_name("Dara")
    store = window.context.store
    store.values.set(2024, "national", "dev.seating", "total", 53)
    history = store.audit.history("aggregate_values", "2024/national/dev.seating/total")
    assert history[-1]["who"] == "Dara" and history[-1]["old_value"] == "52"
    assert window.context.settings.get(USER_NAME) == "Dara"


def test_the_days_backup_is_taken_after_the_first_paint_not_before(qtbot, tmp_path, catalog, settings):
    from cmdesk.store import Store, backups
    from ui.app import open_first_database
    from ui.context import AppContext

    path = tmp_path / "office.cmdesk"
    Store.create(path, catalog, catalog.resolve_office("Pailin"), "tester").close()
    context = AppContext(shipped_catalog=catalog, settings=settings, user="tester")
    context.store = open_first_database(context, path)
    assert backups.list_backups(path) == []  # the opening left it to the window
    window = new_window(qtbot, context.store, catalog, settings)
    qtbot.waitUntil(lambda: [b.reason for b in backups.list_backups(path)] == ["daily"])
    qtbot.waitUntil(lambda: "Today's backup" in window.statusBar().currentMessage())
    window.open_database(path)  # opened again the same day: no second copy
    window.close()
    assert len(backups.list_backups(path)) == 1


def test_a_days_backup_that_cannot_be_saved_is_said_plainly(qtbot, tmp_path, catalog, settings,
                                                            errors_shown):
    from cmdesk.store import Store, backups

    path = tmp_path / "office.cmdesk"
    Store.create(path, catalog, catalog.resolve_office("Pailin"), "tester").close()
    backups.backup_dir(path).write_text("a file where the backup folder goes", encoding="utf-8")
    store = Store.open(path, catalog, "tester", defer_daily_backup=True)
    new_window(qtbot, store, catalog, settings)
    qtbot.waitUntil(lambda: bool(errors_shown))
    (title, text), = errors_shown
    assert title == "The day's backup could not be saved"
    assert "cannot make its backup folder" in text and str(backups.backup_dir(path)) in text


def new_window(qtbot, store, catalog, settings):
    from ui.context import AppContext
    from ui.main_window import MainWindow

    window = MainWindow(AppContext(shipped_catalog=catalog, settings=settings, user="tester", store=store))
    qtbot.addWidget(window)
    window.show()
    return window


def test_the_database_and_year_are_remembered_once_the_window_is_drawn(qtbot, demo_store, catalog, settings):
    # Saving the settings file (flushed to disk) would otherwise delay the first paint.
    window = new_window(qtbot, demo_store, catalog, settings)
    assert settings.get(LAST_DATABASE) == "" and settings.get(LAST_YEAR) == 0
    qtbot.waitUntil(lambda: settings.get(LAST_DATABASE) == str(demo_store.path.resolve()))
    assert settings.get(RECENT_DATABASES) == [str(demo_store.path.resolve())]
    assert settings.get(LAST_YEAR) == window.current_year() == 2024


def test_a_window_closed_before_it_was_drawn_still_remembers_the_database(qtbot, demo_store, catalog, settings):
    window = new_window(qtbot, demo_store, catalog, settings)
    window.close()
    assert settings.get(LAST_DATABASE) == str(demo_store.path.resolve())
    assert settings.get(LAST_YEAR) == 2024


def test_the_pages_are_built_one_by_one_once_start_up_has_settled(
        qtbot, demo_store, catalog, settings, monkeypatch):
    from PySide6.QtCore import QTimer

    from ui.pages import PageSpec

    turns = [0]  # turns of the event loop, counted by a zero-delay timer

    def count_turn() -> None:
        turns[0] += 1
        QTimer.singleShot(0, count_turn)

    built: list[tuple[str, int]] = []
    build = PageSpec.build
    monkeypatch.setattr(PageSpec, "build", lambda spec: built.append((spec.key, turns[0])) or build(spec))
    window = new_window(qtbot, demo_store, catalog, settings)
    assert window.pages_warmed is None and [key for key, _ in built] == ["overview"]  # not while built
    QTimer.singleShot(0, count_turn)
    qtbot.waitUntil(lambda: window.pages_warmed is True)
    assert set(window.pages) == set(window.page_keys())
    assert [key for key, _ in built] == window.page_keys()
    later = [turn for key, turn in built if key != "overview"]
    assert len(set(later)) == len(later)  # never two pages in one turn
    # Built, not read: the Casualties page shows the year when it is opened.
    window.show_page("casualties")
    assert window.pages["casualties"].isVisible()
    window.page("overview").show_review()  # a later review builds nothing again
    qtbot.wait(50)
    assert len(built) == len(window.page_keys())


