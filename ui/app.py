"""Assembling the GUI: the application, the context, the first database, the window."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import cast

from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from cmdesk import __version__, i18n
from cmdesk.catalog import load_catalog
from cmdesk.cli import default_user
from cmdesk.errors import CMDeskError
from cmdesk.paths import resources_dir
from cmdesk.startup import keep_startup_objects
from cmdesk.store import Store
from ui import text_guard
from ui.context import AppContext
from ui.errors import install_error_hook, show_error
from ui.settings import LANGUAGE, LAST_DATABASE, USER_NAME, Settings, data_folder

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


KHMER_FONT_FILE = "KhmerOS.ttf"
"""Khmer OS (LGPL, resources/fonts): the font the PDFs already embed, and unlike Noto
Sans Khmer it has Latin glyphs, so Khmer and English in one label share one line
height. Loaded by the program itself, so a laptop without Khmer fonts shows the same."""

_translator: QTranslator | None = None


def application(language: str | None = None) -> QApplication:
    """The QApplication, created once with CMDesk's names, style, the Khmer font, and
    the translation of `language` ('en' or 'km'; None keeps the one installed, at
    first English)."""
    # The one instance, when there is one, is a QApplication (CMDesk's, or the tests'):
    # Qt types instance() as the QCoreApplication it may be in other programs.
    app = cast(QApplication | None, QApplication.instance())
    if app is None:
        app = QApplication(sys.argv[:1])
    QCoreApplication.setOrganizationName("CMAA")
    QCoreApplication.setApplicationName("CMDesk")
    QCoreApplication.setApplicationVersion(__version__)
    if language is not None:
        use_language(app, language)
    i18n.set_translator(QCoreApplication.translate)
    app.setStyleSheet(STYLE)
    text_guard.install(app)
    return app


def chosen_language(settings: Settings) -> str:
    """The language chosen in View > Language, else the system's."""
    chosen = settings.get(LANGUAGE)
    return chosen if chosen in i18n.LANGUAGES else i18n.system_language()


def use_language(app: QApplication, language: str) -> bool:
    """Translate CMDesk's and Qt's own strings into `language` from the compiled
    `cmdesk_<language>.qm`, and set the font that shows it; False (and English)
    when that file is missing (packaging/setup-dev.sh compiles it)."""
    global _translator
    if _translator is not None:
        app.removeTranslator(_translator)
        _translator = None
    loaded = language == i18n.ENGLISH
    if not loaded:
        translator = QTranslator(app)
        loaded = translator.load(f"cmdesk_{language}", str(i18n.translations_dir()))
        if loaded:
            app.installTranslator(translator)
            _translator = translator
        else:
            print(f"cmdesk: no compiled translation cmdesk_{language}.qm in "
                  f"{i18n.translations_dir()}; run packaging/setup-dev.sh", file=sys.stderr)
    set_font(app, khmer_first=loaded and language == i18n.KHMER)
    return loaded


def set_font(app: QApplication, khmer_first: bool) -> None:
    """The application font: in Khmer, Khmer OS first (its line height fits stacked
    clusters, so widgets' size hints are right); in English the system's font, with
    Khmer OS after it for the Khmer names and labels in the data."""
    QFontDatabase.addApplicationFont(str(resources_dir() / "fonts" / KHMER_FONT_FILE))
    font = QFont(app.font())
    system = [family for family in QFont().families() or [QFont().defaultFamily()]
              if family != "Khmer OS"]
    font.setFamilies(["Khmer OS", *system] if khmer_first else [*system, "Khmer OS"])
    app.setFont(font)


def restart() -> None:
    """Start CMDesk again, as it was started (the window has been closed by then)."""
    from PySide6.QtCore import QProcess

    frozen = getattr(sys, "frozen", False)  # the PyInstaller build: the executable is CMDesk
    QProcess.startDetached(sys.executable, sys.argv[1:] if frozen else sys.argv)
    QCoreApplication.quit()


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
    the demo database (created when missing). Its day's backup is left to the window,
    which takes it after its first paint (MainWindow.take_daily_backup)."""
    catalog, user = context.shipped_catalog, context.user
    if requested is not None:
        return Store.open(requested, catalog, user, defer_daily_backup=True)
    last = context.settings.get(LAST_DATABASE)
    if last and Path(last).exists():
        try:
            return Store.open(Path(last), catalog, user, defer_daily_backup=True)
        except CMDeskError as error:
            show_error(None, error, QCoreApplication.translate(
                "App", "Cannot open the last database; opening the demo database instead"))
    demo = data_folder() / DEMO_FILE_NAME
    if demo.exists():
        return Store.open(demo, catalog, user, defer_daily_backup=True)
    from cmdesk.demo import create_demo  # only the first start makes it

    return create_demo(demo, catalog, user)


def run_gui(db_path: Path | None = None) -> int:
    """Open the CMDesk window; returns the exit code."""
    from ui.main_window import MainWindow

    settings = Settings()
    language = chosen_language(settings)
    app = application(language)
    if _translator is None:
        language = i18n.ENGLISH  # no compiled translation: all in English, data too
    context = AppContext(shipped_catalog=load_catalog(), settings=settings, user=ask_user_name(settings),
                         language=language)
    try:
        context.store = open_first_database(context, db_path)
    except CMDeskError as error:
        show_error(None, error, QCoreApplication.translate("App", "Cannot open the database"))
        return 2
    window = MainWindow(context)
    install_error_hook(lambda: window,
                       lambda: context.store.path if context.store is not None else None)
    # main.py switched the collector off for start-up. On again only once start-up is
    # over for the user (Overview complete): its first passes look at every object
    # start-up made, ~10 ms that would otherwise fall in the first paint or Overview's
    # review; they are frozen out of its sight (cmdesk/startup.py).
    window.settled.connect(keep_startup_objects)
    window.show()
    code = app.exec()
    if context.store is not None:
        context.store.close()
    return code
