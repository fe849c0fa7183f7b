"""GUI tests: offscreen, with Qt's test-mode standard paths so that no test reads or
writes a user's real settings or data folder."""

import pytest
from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QMessageBox

QStandardPaths.setTestModeEnabled(True)


@pytest.fixture
def settings(tmp_path):
    from ui.settings import USER_NAME, Settings

    settings = Settings(tmp_path / "settings.ini")
    settings.set(USER_NAME, "tester")
    return settings


@pytest.fixture
def window(qtbot, qapp, demo_store, catalog, settings):
    from ui.app import application
    from ui.context import AppContext
    from ui.main_window import MainWindow

    application()
    context = AppContext(shipped_catalog=catalog, settings=settings, user="tester", store=demo_store)
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    return window


@pytest.fixture
def errors_shown(monkeypatch):
    """The errors the GUI showed (ui/errors.show_error), as (title, text), instead of
    modal boxes."""
    shown = []
    monkeypatch.setattr(QMessageBox, "critical",
                        lambda parent, title, text, *a, **k: shown.append((title, text)))
    return shown
