"""Assembling the GUI: the application, the context, the first database, the window."""

from __future__ import annotations

import gc
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from cmdesk import __version__, i18n
from cmdesk.catalog import load_catalog
from cmdesk.cli import default_user
from cmdesk.errors import CMDeskError
from cmdesk.paths import resources_dir
from cmdesk.store import Store
from ui.context import AppContext
from ui.errors import install_error_hook, show_error
from ui.settings import LAST_DATABASE, USER_NAME, Settings, data_folder

DEMO_FILE_NAME = "demo.cmdesk"

STYLE = """
#pageHeading { font-size: 20pt; font-weight: 600; }
#pageSubheading { color: #555; }
#demoBanner { background: #fff3cd; color: #7a4d00; border: 1px solid #e0b44a;
              border-radius: 4px; padding: 8px 12px; font-weight: 600; }
#demoBadge { background: #c0392b; color: white; font-weight: 700; border-radius: 3px;
             padding: 2px 6px; }
#officeLabel { color: #333; }
#figureCard { background: white; border: 1px solid #d5dbe3; border-radius: 6px; }
#figureValue { font-size: 22pt; font-weight: 600; color: #1f4e79; }
#figureLabel { font-weight: 600; }
#figureDetail { color: #555; }
#navigation { font-size: 11pt; }
#navigation::item { padding: 6px 8px; }
"""


def application() -> QApplication:
    """The QApplication, created once with CMDesk's names, translations and style."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
    QCoreApplication.setOrganizationName("CMAA")
    QCoreApplication.setApplicationName("CMDesk")
    QCoreApplication.setApplicationVersion(__version__)
    translator = QTranslator(app)
    if translator.load(QLocale(), "cmdesk", "_", str(resources_dir() / "translations")):
        app.installTranslator(translator)
    i18n.set_translator(QCoreApplication.translate)
    app.setStyleSheet(STYLE)
    return app


def ask_user_name(settings: Settings) -> str:
    """The audit-log name: asked once, defaulting to the login name."""
    name = settings.get(USER_NAME)
    if name:
        return name
    from ui.dialogs.who import WhoDialog

    dialog = WhoDialog(default_user())
    dialog.exec()
    name = dialog.name() or default_user()
    settings.set(USER_NAME, name)
    return name


def open_first_database(context: AppContext, requested: Path | None) -> Store:
    """The database to start on: the one asked for, else the last one used, else
    the demo database (created when missing)."""
    catalog, user = context.shipped_catalog, context.user
    if requested is not None:
        return Store.open(requested, catalog, user)
    last = context.settings.get(LAST_DATABASE)
    if last and Path(last).exists():
        try:
            return Store.open(Path(last), catalog, user)
        except CMDeskError as error:
            show_error(None, error, QCoreApplication.translate(
                "App", "Cannot open the last database; opening the demo database instead"))
    demo = data_folder() / DEMO_FILE_NAME
    if demo.exists():
        return Store.open(demo, catalog, user)
    from cmdesk.demo import create_demo  # only the first start makes it

    return create_demo(demo, catalog, user)


def run_gui(db_path: Path | None = None) -> int:
    """Open the CMDesk window; returns the exit code."""
    from ui.main_window import MainWindow

    app = application()
    settings = Settings()
    context = AppContext(shipped_catalog=load_catalog(), settings=settings, user=ask_user_name(settings))
    try:
        context.store = open_first_database(context, db_path)
    except CMDeskError as error:
        show_error(None, error, QCoreApplication.translate("App", "Cannot open the database"))
        return 2
    window = MainWindow(context)
    install_error_hook(lambda: window,
                       lambda: context.store.path if context.store is not None else None)
    # main.py switched the collector off for start-up. On again only once the window
    # is drawn: its first pass then looks at every object start-up made (~10 ms).
    window.drawn.connect(gc.enable)
    window.show()
    code = app.exec()
    if context.store is not None:
        context.store.close()
    return code
