"""Starting the application: the entry points, the name for the audit log, screenshots."""

from PySide6.QtGui import QImage

from ui.settings import USER_NAME, Settings


def test_the_cmdesk_command_finds_the_gui_through_its_entry_point():
    from cmdesk.cli import _find_gui
    from ui.app import run_gui

    assert _find_gui() is run_gui


def test_no_command_opens_the_gui_with_the_given_database(tmp_path):
    from cmdesk.cli import main

    opened = []
    assert main(["--db", str(tmp_path / "x.cmdesk")], open_gui=lambda db: opened.append(db) or 0) == 0
    assert opened == [tmp_path / "x.cmdesk"]


def test_the_collector_main_py_switched_off_is_on_again_once_overview_is_complete(
        tmp_path, monkeypatch, qtbot, demo_store):
    import gc

    from PySide6.QtWidgets import QApplication

    from ui import app
    from ui.main_window import MainWindow
    from ui.pages.overview import OverviewPage

    path = demo_store.path
    demo_store.close()
    seen = {}
    monkeypatch.setattr(app, "ask_user_name", lambda settings: "tester")
    shown = MainWindow.show

    def show(window):
        seen["while building"] = gc.isenabled()
        shown(window)
        seen["window"] = window

    # Still off while Overview's review is built, after the first paint, to its last
    # step (seen there, not by polling: with its modules imported by earlier tests the
    # review's last steps and the settling can all fall between two polls)...
    review_done = OverviewPage._review_done

    def last_step_of_review(page):
        seen.setdefault("review being built", gc.isenabled())
        review_done(page)

    monkeypatch.setattr(OverviewPage, "_review_done", last_step_of_review)

    def run_event_loop(application):
        seen["before the first paint"] = gc.isenabled()
        overview = seen["window"].page("overview")
        qtbot.waitUntil(gc.isenabled)  # ... and on once it is shown
        seen["review complete"] = not overview.review_pending
        # What start-up made is out of the collector's sight until the pages are dropped.
        seen["kept"] = gc.get_freeze_count() > 0
        seen["window"].rebuild_pages()
        seen["released"] = gc.get_freeze_count() == 0
        return 0

    monkeypatch.setattr(MainWindow, "show", show)
    monkeypatch.setattr(QApplication, "exec", run_event_loop)
    gc.disable()  # as main.py does
    try:
        assert app.run_gui(path) == 0
    finally:
        gc.enable()
        gc.unfreeze()  # the rest of the test session's objects are this process's too
        if "window" in seen:
            seen["window"].close()
    assert seen["while building"] is False and seen["before the first paint"] is False
    assert seen["review being built"] is False and seen["review complete"] is True
    assert seen["kept"] and seen["released"]


def test_the_name_is_asked_once_and_defaults_to_the_login(tmp_path, monkeypatch, qapp):
    from ui import app
    from ui.dialogs.who import WhoDialog

    settings = Settings(tmp_path / "s.ini")
    asked = []

    def answer(dialog):
        asked.append(dialog.name_edit.text())
        dialog.name_edit.setText("Sokha")
        return WhoDialog.DialogCode.Accepted

    monkeypatch.setattr(WhoDialog, "exec", answer)
    monkeypatch.setattr(app, "default_user", lambda: "sokha.login")
    assert app.ask_user_name(settings) == "Sokha"
    assert asked == ["sokha.login"]
    assert app.ask_user_name(settings) == "Sokha"
    assert len(asked) == 1
    assert settings.get(USER_NAME) == "Sokha"


def test_screenshots_render_every_page(tmp_path, qapp):
    from ui.screenshots import render_pages

    written = render_pages(tmp_path / "shots", None, 2024)
    assert [p.name for p in written] == [
        "01-overview.png", "02-services.png", "03-devices.png", "04-budget.png",
        "05-casualties.png", "06-sraap.png", "07-reports.png", "08-exchange.png"]
    image = QImage(str(written[0]))
    assert image.width() == 1280 and image.height() == 800
    # Not a blank page: the overview has many distinct colours (text, cards, banner).
    colours = {image.pixel(x, y) for x in range(0, 1280, 7) for y in range(0, 800, 7)}
    assert len(colours) > 20
