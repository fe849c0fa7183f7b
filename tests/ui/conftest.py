"""GUI tests: offscreen, with Qt's test-mode standard paths so that no test reads or
writes a user's real settings or data folder."""

import pytest
from PySide6.QtCore import QStandardPaths

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
    context = AppContext(catalog=catalog, settings=settings, user="tester", store=demo_store)
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    return window
